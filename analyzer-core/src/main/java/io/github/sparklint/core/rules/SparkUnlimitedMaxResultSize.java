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
 * {@code spark.driver.maxResultSize} set to {@code 0} (no cap) or above a size limit, in code or in
 * a configuration file.
 */
public final class SparkUnlimitedMaxResultSize implements Rule {
  /** The largest cap allowed without a finding. */
  public static final RuleOption<Long> MAX_BYTES =
      RuleOption.bytes("maxBytes", 4L << 30, 1, Long.MAX_VALUE,
          "largest spark.driver.maxResultSize allowed without a finding");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`spark.driver.maxResultSize` of `0` (unlimited) or far above its 1g default lets one "
          + "large action fill the driver heap instead of failing fast";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkUnlimitedMaxResultSize",
          SUMMARY,
          Severity.WARNING,
          MAX_BYTES);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SettingChecks.inCode(context, MAX_BYTES, SparkUnlimitedMaxResultSize::judge);
  }

  @Override
  public void checkConfigFile(ConfigFileContext context) {
    SettingChecks.inFile(context, MAX_BYTES, SparkUnlimitedMaxResultSize::judge);
  }

  private static Optional<SettingChecks.Problem> judge(String key, String value, long max) {
    if (!key.equals(SparkConfigKeys.MAX_RESULT_SIZE)) {
      return Optional.empty();
    }
    OptionalLong bytes = ByteSizes.tryParse(value, 1);
    if (bytes.isEmpty() || bytes.getAsLong() > 0 && bytes.getAsLong() <= max) {
      return Optional.empty();
    }
    String fix = "keep a cap well below the driver heap (Spark's default is "
        + SparkConfigKeys.configDefault(SparkConfigKeys.MAX_RESULT_SIZE).orElse("1g") + "; raise it only as far "
        + "as a known result needs), and write large results out instead of collecting them";
    if (bytes.getAsLong() <= 0) {
      return Optional.of(new SettingChecks.Problem(
          "`" + key + "` is set to `" + value + "`, which removes the cap on results sent to the "
              + "driver: an oversized collect() then exhausts the driver heap instead of failing "
              + "the job with a clear error", fix, SettingFixes.sizeDefault(key, max)));
    }
    return Optional.of(new SettingChecks.Problem(
        "`" + key + "` is set to `" + value + "` (" + ByteSizes.format(bytes.getAsLong())
            + "), above the limit of " + ByteSizes.format(max) + ": serialized results up to "
            + "that size, several times larger once deserialized, may pile up in the driver heap",
        fix, SettingFixes.sizeDefault(key, max)));
  }
}
