package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {
  private static final List<String> RULES =
      List.of("SparkLargeTake", "SparkCacheInLoop", "SparkUnboundedCollect");

  @Test
  void farOrEmptyNamesGetNoHint() {
    assertThat(DidYouMean.hint("Foo", RULES)).isEmpty();
    assertThat(DidYouMean.hint("SparkCollectAll", RULES)).as("a different name, not a typo").isEmpty();
    assertThat(DidYouMean.hint("", RULES)).isEmpty();
    assertThat(DidYouMean.hint(null, RULES)).isEmpty();
    assertThat(DidYouMean.hint("ab", List.of("ac"))).as("two letters leave no room for a typo")
        .isEmpty();
    assertThat(DidYouMean.hint("SparkLargeTake", List.of())).isEmpty();
  }

  @Test
  void typosCaseAndSwapsGetTheClosestName() {
    assertThat(DidYouMean.hint("SparkLargeTak", RULES)).isEqualTo("; did you mean 'SparkLargeTake'?");
    assertThat(DidYouMean.hint("sparkcacheinloop", RULES))
        .isEqualTo("; did you mean 'SparkCacheInLoop'?");
    assertThat(DidYouMean.closest("maxRowz", List.of("maxRows", "maxPartitions"))).hasValue("maxRows");
    assertThat(DidYouMean.closest("SparkUnbondedColect", RULES)).hasValue("SparkUnboundedCollect");
  }

  @Test
  void distanceCountsEdits() {
    assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    assertThat(DidYouMean.distance("same", "same")).isZero();
  }
}
