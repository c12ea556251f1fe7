package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelTest {
  @Test
  void parsesLabelsInAnyCaseAndAliases() {
    assertThat(Level.parse("confidence", Confidence.values(), Map.of(), " Medium "))
        .isEqualTo(Confidence.MEDIUM);
    assertThat(Severity.parse("ERROR")).isEqualTo(Severity.ERROR);
    assertThat(Severity.parse("Info")).as("the alias, in any case").isEqualTo(Severity.NOTE);
    assertThat(Confidence.parse("low")).isEqualTo(Confidence.LOW);
  }

  @Test
  void anUnknownOrMissingValueNamesTheKindAndTheLabels() {
    assertThatThrownBy(() -> Confidence.parse("info"))
        .as("Severity's alias is its own").isInstanceOf(ConfigException.class)
        .hasMessage("confidence 'info' is not one of high, medium, low");
    assertThatThrownBy(() -> Severity.parse(null)).isInstanceOf(ConfigException.class)
        .hasMessage("severity 'null' is not one of error, warning, note");
    assertThatThrownBy(() -> Severity.parse("")).isInstanceOf(ConfigException.class)
        .hasMessage("severity '' is not one of error, warning, note");
  }

  @Test
  void labelsAreLowerCaseNamesAndTheOrderIsMostFirst() {
    assertThat(Severity.WARNING.label()).isEqualTo("warning");
    assertThat(Confidence.HIGH.label()).isEqualTo("high");
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.WARNING.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.NOTE.isAtLeast(Severity.WARNING)).isFalse();
    assertThat(Confidence.MEDIUM.isAtLeast(Confidence.DEFAULT_THRESHOLD)).isTrue();
    assertThat(Confidence.LOW.isAtLeast(Confidence.DEFAULT_THRESHOLD)).isFalse();
  }
}
