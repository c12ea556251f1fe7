package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results come back in input order; a failing item gets its own failure result only. */
class ParallelFilesTest {
  @Test
  void resultsKeepInputOrderWhateverTheThreadCount() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();

    for (int threads : new int[] {1, 3, 8}) {
      List<String> results = ParallelFiles.map(items, threads, i -> {
        if (i % 7 == 0) {
          Thread.yield();
        }
        return "r" + i;
      }, (i, e) -> "failed " + i);

      assertThat(results).containsExactlyElementsOf(items.stream().map(i -> "r" + i).toList());
    }
  }

  @Test
  void aFailingItemDoesNotAffectTheOthers() {
    List<String> results = ParallelFiles.map(List.of(1, 2, 3), 2, i -> {
      if (i == 2) {
        throw new IllegalArgumentException("bad " + i);
      }
      return "ok " + i;
    }, (i, e) -> "failed " + i + ": " + e.getMessage());

    assertThat(results).containsExactly("ok 1", "failed 2: bad 2", "ok 3");
  }

  @Test
  void anItemOverItsBudgetGetsTheTimeoutResultAndIsInterrupted() {
    List<String> results = ParallelFiles.map(List.of(1, 2, 3), 2, Duration.ofMillis(300), i -> {
      while (i == 2 && !Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      return "ok " + i;
    }, (i, e) -> "failed " + i, i -> "timed out " + i);

    assertThat(results).containsExactly("ok 1", "timed out 2", "ok 3");
  }

  @Test
  void aWorkerStuckInCodeThatIgnoresInterruptsIsReplacedSoTheOtherItemsFinish() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try {
      // One thread: item 1 never ends by itself, yet items 2 and 3 still get a worker.
      List<String> results = ParallelFiles.map(List.of(1, 2, 3), 1, Duration.ofMillis(300), i -> {
        while (i == 1 && release.getCount() > 0) {
          Thread.interrupted(); // like JavaParser: deaf to interrupts
          Thread.onSpinWait();
        }
        return "ok " + i;
      }, (i, e) -> "failed " + i, i -> "timed out " + i);

      assertThat(results).containsExactly("timed out 1", "ok 2", "ok 3");
    } finally {
      release.countDown();
    }
  }

  @Test
  void workersHaveADeepStack() {
    List<Integer> depths = ParallelFiles.map(List.of(200_000), 1, ParallelFilesTest::recurse,
        (i, e) -> -1);

    assertThat(depths).containsExactly(200_000);
  }

  private static int recurse(int n) {
    return n == 0 ? 0 : 1 + recurse(n - 1);
  }
}
