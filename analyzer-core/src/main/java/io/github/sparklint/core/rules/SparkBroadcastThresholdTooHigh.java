package io.github.sparklint.core.rules;

import io.github.sparklint.core.Severity;
import io.github.sparklint.core.rule.ByteSizes;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.spark.SparkConfigKeys;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code spark.sql.autoBroadcastJoinThreshold} (or its adaptive twin) set above a size limit, in
 * code or in a configuration file. A negative value (broadcast joins off) is fine.
 */
public final class SparkBroadcastThresholdTooHigh implements Rule {
  /** The largest threshold allowed without a finding. */
  public static final RuleOption<Long> MAX_BYTES =
      RuleOption.bytes("maxBytes", 1L << 30, 0, Long.MAX_VALUE,
          "largest automatic broadcast join threshold allowed without a finding");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`spark.sql.autoBroadcastJoinThreshold` far above its 10 MiB default makes Spark collect "
          + "whole tables on the driver to broadcast them, which can run it out of memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkBroadcastThresholdTooHigh",
          SUMMARY,
          Severity.WARNING,
          MAX_BYTES);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SettingChecks.inCode(context, MAX_BYTES, SparkBroadcastThresholdTooHigh::judge);
  }

  @Override
  public void checkConfigFile(ConfigFileContext context) {
    SettingChecks.inFile(context, MAX_BYTES, SparkBroadcastThresholdTooHigh::judge);
  }

  private static Optional<SettingChecks.Problem> judge(String key, String value, long max) {
    if (!SparkConfigKeys.isBroadcastThresholdKey(key)) {
      return Optional.empty();
    }
    OptionalLong bytes = ByteSizes.tryParse(value, 1);
    if (bytes.isEmpty() || bytes.getAsLong() <= max) {
      return Optional.empty();
    }
    String defaultValue = SparkConfigKeys.configDefault(SparkConfigKeys.BROADCAST_THRESHOLD).orElse("10m");
    return Optional.of(new SettingChecks.Problem(
        "`" + key + "` is set to `" + value + "` (" + ByteSizes.format(bytes.getAsLong())
            + "), above the limit of " + ByteSizes.format(max) + ": Spark collects every join "
            + "side estimated below it on the driver to build the broadcast, and size estimates "
            + "of filtered or compressed data often run several times too low",
        "keep the threshold near Spark's default of " + defaultValue + " (a few hundred MB at "
            + "most), or set it to -1 and broadcast only tables known to be small with "
            + "`functions.broadcast(df)`",
        SettingFixes.sizeDefault(key, max)));
  }
}
