package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The modules' checks leave failing to sparklint:aggregate only when the build runs it. */
class AggregateGoalTest {
  @Test
  void otherGoalsAndOtherPluginsAggregatesDoNotDeferFailing() {
    assertThat(GateMojo.aggregateRequested(null)).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of())).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("verify", "sparklint:check"))).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("pmd:aggregate-pmd", "checkstyle:aggregate")))
        .isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("com.acme:sparklint-maven-plugin:1:aggregate")))
        .isFalse();
  }

  @Test
  void theAggregateGoalByPrefixOrCoordinatesDefersFailing() {
    assertThat(GateMojo.aggregateRequested(List.of("verify", "sparklint:aggregate"))).isTrue();
    assertThat(GateMojo.aggregateRequested(
        List.of("verify", "io.github.sparklint:sparklint-maven-plugin:0.1.0:aggregate"))).isTrue();
    assertThat(GateMojo.aggregateRequested(
        List.of("io.github.sparklint:sparklint-maven-plugin:aggregate"))).isTrue();
  }
}
