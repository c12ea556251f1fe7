package io.github.sparklint.core.rules;

import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.SparkSettings;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkConfigKeys;

/**
 * {@code spark.driver.memory}, {@code spark.driver.memoryOverhead(Factor)} and {@code
 * spark.driver.extraJavaOptions} set in code, where the driver JVM (or its container) already
 * runs. Configuration files are the right place for them and are never flagged.
 */
public final class SparkDriverMemoryInCode implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`spark.driver.memory` and other driver launch settings set in code have no effect, "
          + "because the driver JVM is already running, so the driver keeps its smaller heap";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkDriverMemoryInCode",
          SUMMARY,
          Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    for (SparkSettings.Setting s : SettingChecks.driverSettings(context)) {
      if (!SparkConfigKeys.isDriverLaunchKey(s.key())) {
        continue;
      }
      String value = s.value().orElse("<value>");
      String launch = SparkConfigKeys.submitOption(s.key())
          .map(option -> "`spark-submit " + option + " " + value + "` (or `--conf "
              + s.key() + "=" + value + "`)")
          .orElse("`spark-submit --conf " + s.key() + "=" + value + "`");
      context.reportSetting(s.node(), s.key(),
          "`" + s.key() + "` is set in code with " + s.via().description() + ", but the driver "
              + "JVM and its container are already running by then, so the setting has no "
              + "effect and the driver keeps its launch-time memory",
          "remove it from the code and give it when the driver is launched: " + launch
              + ", or in spark-defaults.conf",
          SettingFixes.remove(s, context.types()));
    }
  }
}
