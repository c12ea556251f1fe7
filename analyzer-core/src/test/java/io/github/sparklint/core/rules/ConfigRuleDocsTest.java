package io.github.sparklint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.report.RuleDocs;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleOption;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each configuration rule is registered and has its page with every section and option. */
class ConfigRuleDocsTest {

  static List<Rule> configRules() {
    return List.of(new SparkBroadcastThresholdTooHigh(), new SparkExcessivePartitions(),
        new SparkUnlimitedMaxResultSize(), new SparkDriverMemoryInCode(),
        new SparkExcessiveUiRetention());
  }

  @ParameterizedTest
  @MethodSource("configRules")
  void isRegisteredAndDocumented(Rule rule) {
    assertThat(RuleRegistry.ids()).contains(rule.id());
    assertThat(RuleDocs.markdown(rule.id())).hasValueSatisfying(page -> {
      assertThat(page).startsWith("# " + rule.id() + "\n")
          .contains("## The problem", "## Bad", "## Better", "## Options", "## Suppression")
          .contains("@SuppressWarnings(\"" + rule.id() + "\")");
      for (RuleOption<?> option : rule.descriptor().options()) {
        assertThat(page).contains("`" + option.key() + "`");
      }
    });
    assertThat(rule.descriptor().summary()).doesNotEndWith(".");
  }
}
