package io.github.sparklint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.report.RuleDocs;
import io.github.sparklint.core.rule.Rule;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule page says what the automatic fix does, or that there is none and why; the rules that
 * offer one say so, the others say "None".
 */
class AutomaticFixDocsTest {
  private static final List<String> FIXING = List.of("SparkDriverMemoryInCode",
      "SparkUnlimitedMaxResultSize", "SparkBroadcastThresholdTooHigh",
      "SparkExcessiveUiRetention", "SparkBroadcastLargeSource");

  static List<Rule> rules() {
    return RuleRegistry.all();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void pageSaysWhatTheAutomaticFixDoes(Rule rule) {
    assertThat(RuleDocs.markdown(rule.id())).hasValueSatisfying(page -> {
      int section = page.indexOf("\n## Automatic fix\n\n");
      assertThat(section).as("an Automatic fix section").isPositive();
      String text = page.substring(section + "\n## Automatic fix\n\n".length());
      if (FIXING.contains(rule.id())) {
        assertThat(text).startsWith("Offered").contains("Not offered");
      } else {
        assertThat(text).startsWith("None: ");
      }
    });
  }
}
