package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one meaning of a front's thread setting. */
class AnalysisRequestTest {
  @Test
  void zeroThreadsIsOnePerProcessorAndNegativeIsRefusedInTheFrontsTerms() {
    assertThat(AnalysisRequest.threadCount("--threads", 0))
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(AnalysisRequest.threadCount("--threads", 7)).isEqualTo(7);
    assertThatThrownBy(() -> AnalysisRequest.threadCount("--threads", -1))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("--threads has value -1;");
  }
}
