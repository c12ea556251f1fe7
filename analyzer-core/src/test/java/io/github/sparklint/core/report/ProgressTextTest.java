package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Progress text: silent on short runs in a log, a line every few seconds, live on a terminal. */
class ProgressTextTest {
  private final List<String> lines = new ArrayList<>();
  private long now;

  @Test
  void aLogGetsNothingDuringTheFirstSecondsThenALineEveryFewSeconds() {
    ProgressText progress = new ProgressText(lines::add, false, () -> now);
    progress.filesDone(0, 1000);
    at(1);
    progress.filesDone(100, 1000);
    at(4.9);
    progress.filesDone(400, 1000);
    assertThat(lines).isEmpty();
    at(5);
    progress.filesDone(500, 1000);
    at(6);
    progress.filesDone(600, 1000);
    at(10);
    progress.filesDone(1000, 1000);
    progress.finish();

    assertThat(lines).containsExactly("sparklint: 500/1000 files (100 files/s)",
        "sparklint: 1000/1000 files (100 files/s)");
  }

  @Test
  void aShortRunInALogPrintsNothing() {
    ProgressText progress = new ProgressText(lines::add, false, () -> now);
    for (int i = 0; i <= 50; i++) {
      at(i * 0.05);
      progress.filesDone(i, 50);
    }
    progress.finish();
    assertThat(lines).isEmpty();
  }

  @Test
  void aTerminalGetsOneLineRewrittenInPlaceAndEndedOnce() {
    ProgressText progress = new ProgressText(lines::add, true, () -> now);
    progress.filesDone(0, 3);
    at(0.1);
    progress.filesDone(1, 3);
    at(0.3);
    progress.filesDone(2, 3);
    at(0.35);
    progress.filesDone(3, 3);
    progress.finish();

    assertThat(lines).containsExactly("\rsparklint: 2/3 files (7 files/s)",
        "\rsparklint: 3/3 files (9 files/s)", "\n");
  }

  private void at(double seconds) {
    now = (long) (seconds * TimeUnit.SECONDS.toNanos(1));
  }
}
