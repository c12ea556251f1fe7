package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large log streams through: the failure at its end is still found, with its job's line. */
class LargeLogTest {
  @TempDir Path dir;

  /**
   * A real log's first {@code head} lines, then the scheduling lines among them repeated until the
   * file holds {@code bytes}, then the rest of the real log (its failure).
   */
  static Path grow(Path real, int head, long bytes, Path out) throws IOException {
    List<String> lines = Files.readAllLines(real);
    List<String> filler = lines.subList(0, head).stream()
        .filter(l -> l.contains(" INFO TaskSetManager: ") || l.contains(" INFO Executor: "))
        .toList();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (String line : lines.subList(0, head)) {
        w.write(line);
        w.newLine();
      }
      long written = 0;
      while (written < bytes) {
        for (String line : filler) {
          w.write(line);
          w.newLine();
          written += line.length() + 1;
        }
      }
      for (String line : lines.subList(head, lines.size())) {
        w.write(line);
        w.newLine();
      }
    }
    return out;
  }

  @Test
  void aFailureAfterHundredsOfThousandsOfLinesIsFound() throws IOException {
    Path real = StoredLogs.driverLog("max-result-size");
    int failure = Files.readAllLines(real).indexOf(Files.readAllLines(real).stream()
        .filter(l -> l.contains("ERROR TaskSetManager: Total size")).findFirst().orElseThrow());
    Path big = grow(real, failure, 32L << 20, dir.resolve("big.log"));

    Culprit culprit = StoredLogs.only(StoredLogs.triage(List.of(big), false));

    assertThat(culprit.diagnosis().cause().id()).isEqualTo("max-result-size");
    assertThat(culprit.diagnosis().evidence().line()).isGreaterThan(300_000);
    assertThat(culprit.location()).hasValue("MaxResultSizeJob.java:16");
  }
}
