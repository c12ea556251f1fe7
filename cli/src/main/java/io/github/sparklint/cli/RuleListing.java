package io.github.sparklint.cli;

import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.rules.RuleRegistry;

/** {@code --list-rules}: every rule with its default severity, summary and options. */
final class RuleListing {
  private RuleListing() {}

  /**
   * One block per rule, e.g.
   *
   * <pre>
   * SparkLargeTake (warning)
   *   `take(n)` ... run the driver out of memory
   *   --option SparkLargeTake:maxRows=100000  largest constant row count ... (a whole number ...)
   * </pre>
   */
  static String render() {
    StringBuilder sb = new StringBuilder();
    for (Rule rule : RuleRegistry.all()) {
      RuleDescriptor d = rule.descriptor();
      sb.append(d.id()).append(" (").append(d.defaultSeverity().label()).append(")\n");
      sb.append("  ").append(d.summary()).append('\n');
      for (RuleOption<?> option : d.options()) {
        sb.append("  --option ").append(d.id()).append(':').append(option.key()).append('=')
            .append(option.defaultValue()).append("  ").append(option.description())
            .append(" (").append(option.allowed()).append(")\n");
      }
    }
    return sb.toString();
  }
}
