package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.fix.FixedText;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.rule.Rule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one rule on one inline Java source, applies the automatic fixes of its findings and
 * compares the result with the expected text; then runs the rule again on the result, which must
 * leave no fixable finding behind. The Error Prone tests compile both sides against the Spark
 * jars; this one proves the edits themselves, byte for byte.
 */
public final class FixTester {
  private static final String FILE = "Job.java";

  private final Rule rule;
  private final Map<String, String> options = new LinkedHashMap<>();
  private String input = "";

  private FixTester(Rule rule) {
    this.rule = rule;
  }

  public static FixTester forRule(Rule rule) {
    return new FixTester(rule);
  }

  public FixTester option(String key, String value) {
    options.put(key, value);
    return this;
  }

  public FixTester input(String text) {
    this.input = text;
    return this;
  }

  /** The descriptions of the fixes offered, in finding order; none for findings without one. */
  public List<String> descriptions() {
    return fixes(input).stream().map(SourceFix::description).toList();
  }

  /** Asserts that applying every fix turns the input into {@code expected}. */
  public void expectOutput(String expected) {
    List<SourceFix> fixes = fixes(input);
    assertThat(fixes).as("fixes offered").isNotEmpty();
    String fixed = FixedText.apply(input, FixedText.compatible(input, fixes));
    assertThat(fixed).isEqualTo(expected);
    assertThat(fixes(fixed)).as("fixes still offered on the fixed code").isEmpty();
  }

  /** Asserts that the rule finds something but offers no fix. */
  public void expectFindingsWithoutFix() {
    List<Finding> findings = tester(input).findings();
    assertThat(findings).as("findings").isNotEmpty();
    assertThat(findings).as("findings with a fix").allMatch(f -> f.autoFix().isEmpty());
  }

  private List<SourceFix> fixes(String text) {
    return tester(text).findings().stream()
        .map(Finding::autoFix).filter(fix -> !fix.isEmpty()).toList();
  }

  private RuleTester tester(String text) {
    RuleTester tester = RuleTester.forRule(rule).addSource(FILE, text);
    options.forEach(tester::option);
    return tester;
  }
}
