package io.github.sparklint.core.rule;

import io.github.sparklint.core.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule is called, what it says about itself and which options it takes.
 *
 * @param id the rule id (suppression key, Error Prone check name, SARIF ruleId, docs file name)
 * @param summary one sentence: the risky thing and why, code in backticks, no trailing period
 * @param defaultSeverity the severity unless configured otherwise
 * @param options the typed options the rule reads
 */
public record RuleDescriptor(
    String id, String summary, Severity defaultSeverity, List<RuleOption<?>> options) {

  public RuleDescriptor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    options = List.copyOf(options);
  }

  public static RuleDescriptor of(
      String id, String summary, Severity defaultSeverity, RuleOption<?>... options) {
    return new RuleDescriptor(id, summary, defaultSeverity, List.of(options));
  }

  /** The option with this key, if the rule has one. */
  public Optional<RuleOption<?>> option(String key) {
    return options.stream().filter(o -> o.key().equals(key)).findFirst();
  }

  /** Repository-relative path of the rule's documentation page. */
  public String docsPath() {
    return "docs/rules/" + id + ".md";
  }
}
