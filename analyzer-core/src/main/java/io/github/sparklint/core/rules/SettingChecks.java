package io.github.sparklint.core.rules;

import io.github.sparklint.core.flow.SparkSettings;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.flow.DriverConfs;
import io.github.sparklint.core.rule.ConfigEntry;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleOption;
import java.util.List;
import java.util.Optional;

/**
 * Runs a judgement of one Spark setting over every setting a file makes: in code (through {@link
 * SparkSettings}) or as an entry of a configuration file. Shared by the config rules. A setting
 * on a {@code SparkConf} that provably never reaches a running driver (a test fixture read back
 * or handed to a mock, see {@link DriverConfs}) configures nothing and is not judged.
 */
final class SettingChecks {
  private SettingChecks() {}

  /**
   * What is wrong with one setting, and the fix; {@code safeValue}, when not null, is a value
   * the setting may safely be given instead (in code, a literal value is replaced by it).
   */
  record Problem(String message, String fix, SettingFixes.SafeValue safeValue) {
    Problem(String message, String fix) {
      this(message, fix, null);
    }
  }

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
    for (SparkSettings.Setting s : driverSettings(context)) {
      if (s.value().isEmpty()) {
        continue;
      }
      judge.judge(s.key(), s.value().get(), limitValue)
          .ifPresent(p -> context.reportSetting(s.node(), s.key(), p.message(), p.fix(),
              p.safeValue() == null
                  ? SourceFix.NONE : SettingFixes.replaceValue(s, p.safeValue())));
    }
  }

  /** The settings the context's Java file makes, but for those on a conf no driver ever reads. */
  static List<SparkSettings.Setting> driverSettings(RuleContext context) {
    DriverConfs confs = new DriverConfs(context.types());
    return SparkSettings.in(context.compilationUnit(), context.types()).stream()
        .filter(s -> s.via() != SparkSettings.Via.SPARK_CONF || confs.mayReachDriver(s.node()))
        .toList();
  }

  /** Reports every entry of the context's configuration file that {@code judge} objects to. */
  static <T> void inFile(ConfigFileContext context, RuleOption<T> limit, Judge<T> judge) {
    T limitValue = context.option(limit);
    for (ConfigEntry e : context.entries()) {
      judge.judge(e.key(), e.value(), limitValue).ifPresent(p -> context.report(e, p.message(), p.fix()));
    }
  }
}
