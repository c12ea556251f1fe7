package io.github.sparklint.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void workersHaveADeepStack() {
    List<Integer> depths = ParallelFiles.map(List.of(200_000), 1, ParallelFilesTest::recurse,
        (i, e) -> -1);

    assertThat(depths).containsExactly(200_000);
  }

  private static int recurse(int n) {
    return n == 0 ? 0 : 1 + recurse(n - 1);
  }
}
