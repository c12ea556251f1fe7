package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every rule page says its fix in one line; {@code --explain} finds pages and near misses. */
class RuleDocsTest {

  static List<Rule> rules() {
    return RuleRegistry.all();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void everyRulePageOpensItsBetterSectionWithTheFixInOneSentence(Rule rule) {
    String page = RuleDocs.explain(rule.id());
    String better = page.substring(page.indexOf("## Better\n\n") + "## Better\n\n".length());

    assertThat(better).startsWith(RuleDocs.FIX_MARKER);
    assertThat(RuleDocs.fixInOneLine(rule.id())).hasValueSatisfying(fix -> assertThat(fix)
        .endsWith(".").doesNotContain("\n").hasSizeLessThanOrEqualTo(120)
        .matches("[A-Z`].*").doesNotContain(". "));
  }

  @Test
  void aMisspelledRuleIsRefusedNamingTheClosestRules() {
    assertThatThrownBy(() -> RuleDocs.explain("SparkLargTake")).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("unknown rule 'SparkLargTake'; did you mean SparkLargeTake?")
        .hasMessageContaining("Known rules: SparkUnboundedCollect, ");
    assertThat(RuleDocs.closest("sparkunboundedcollect")).first()
        .isEqualTo("SparkUnboundedCollect");
    assertThat(RuleDocs.closest("Partitions")).containsExactly("SparkExcessivePartitions");
  }

  @Test
  void somethingNothingLikeARuleGetsNoGuess() {
    assertThat(RuleDocs.closest("zzz")).isEmpty();
    assertThatThrownBy(() -> RuleDocs.explain("zzz")).hasMessageStartingWith(
        "unknown rule 'zzz' Known rules: ");
  }

  @Test
  void onlyRuleIdsNameAPageNotPathsToOtherResources() {
    assertThatThrownBy(() -> RuleDocs.explain("../spark/spark-methods"))
        .isInstanceOf(ConfigException.class);
    assertThatThrownBy(() -> RuleDocs.explain("")).isInstanceOf(ConfigException.class);
  }
}
