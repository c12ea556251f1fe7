package io.github.sparklint.core.rules;

import io.github.sparklint.core.engine.SparkSettings;
import io.github.sparklint.core.rule.ConfigEntry;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleOption;
import java.util.Optional;

/**
 * Runs a judgement of one Spark setting over every setting a file makes: in code (through {@link
 * SparkSettings}) or as an entry of a configuration file. Shared by the config rules.
 */
final class SettingChecks {
  private SettingChecks() {}

  /** What is wrong with one setting, and the fix. */
  record Problem(String message, String fix) {}

  /**
   * Judges one setting with a constant value, given the value of the rule's threshold option.
   *
   * @param <T> the option's type
   */
  @FunctionalInterface
  interface Judge<T> {
    Optional<Problem> judge(String key, String value, T limit);
  }

  /** Reports every setting made in the context's Java file that {@code judge} objects to. */
  static <T> void inCode(RuleContext context, RuleOption<T> limit, Judge<T> judge) {
    T limitValue = context.option(limit);
    for (SparkSettings.Setting s : SparkSettings.in(context.compilationUnit(), context.types())) {
      if (s.value().isEmpty()) {
        continue;
      }
      judge.judge(s.key(), s.value().get(), limitValue)
          .ifPresent(p -> context.report(s.node(), p.message(), p.fix()));
    }
  }

  /** Reports every entry of the context's configuration file that {@code judge} objects to. */
  static <T> void inFile(ConfigFileContext context, RuleOption<T> limit, Judge<T> judge) {
    T limitValue = context.option(limit);
    for (ConfigEntry e : context.entries()) {
      judge.judge(e.key(), e.value(), limitValue).ifPresent(p -> context.report(e, p.message(), p.fix()));
    }
  }
}
