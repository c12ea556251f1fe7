package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cancellation: newer work of a key replaces older work of the same key, even when running. */
class AnalysisQueueTest {
  private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
  private final List<String> done = new CopyOnWriteArrayList<>();

  @Test
  void newerWorkOfTheSameKeyInterruptsTheRunningOne() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch newer = new CountDownLatch(1);
    try (AnalysisQueue queue = new AnalysisQueue(failures::add)) {
      queue.submit("a.java", Duration.ZERO, () -> {
        running.countDown();
        try {
          Thread.sleep(60_000);
          done.add("old");
        } catch (InterruptedException e) {
          interrupted.countDown();
        }
      });
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      queue.submit("a.java", Duration.ZERO, () -> {
        done.add("new");
        newer.countDown();
      });
      assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(newer.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(done).containsExactly("new");
    assertThat(failures).isEmpty();
  }

  @Test
  void workOfOtherKeysIsNotCancelledAndWaitingWorkIsDebounced() throws Exception {
    CountDownLatch all = new CountDownLatch(2);
    try (AnalysisQueue queue = new AnalysisQueue(failures::add)) {
      queue.submit("a.java", Duration.ofMillis(300), () -> done.add("a1"));
      queue.submit("b.java", Duration.ofMillis(300), () -> {
        done.add("b");
        all.countDown();
      });
      queue.submit("a.java", Duration.ofMillis(300), () -> {
        done.add("a2");
        all.countDown();
      });
      assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(done).containsExactlyInAnyOrder("b", "a2");
  }

  @Test
  void workSubmittedAfterCloseIsDropped() {
    AnalysisQueue queue = new AnalysisQueue(failures::add);
    queue.close();

    queue.submit("a.java", Duration.ZERO, () -> done.add("late"));

    assertThat(done).isEmpty();
    assertThat(failures).isEmpty();
  }

  @Test
  void failingWorkIsReportedAndTheQueueGoesOn() throws Exception {
    CountDownLatch after = new CountDownLatch(1);
    try (AnalysisQueue queue = new AnalysisQueue(failures::add)) {
      queue.submit("a.java", Duration.ZERO, () -> {
        throw new IllegalStateException("engine bug");
      });
      queue.submit("b.java", Duration.ZERO, after::countDown);
      assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures).extracting(Throwable::getMessage).containsExactly("engine bug");
  }
}
