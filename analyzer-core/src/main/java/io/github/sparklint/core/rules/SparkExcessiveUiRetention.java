package io.github.sparklint.core.rules;

import io.github.sparklint.core.Severity;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.spark.SparkConfigKeys;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * UI and progress retention settings ({@code spark.ui.retained*}, {@code
 * spark.sql.ui.retainedExecutions}, {@code spark.streaming.ui.retainedBatches}, {@code
 * spark.sql.streaming.numRecentProgressUpdates}, ...) set far above Spark's defaults, in code or in
 * a configuration file.
 */
public final class SparkExcessiveUiRetention implements Rule {
  /** How many times Spark's default a retention setting may be without a finding. */
  public static final RuleOption<Long> MAX_FACTOR =
      RuleOption.count("maxFactor", 10, 1, 1_000_000,
          "how many times Spark's default a UI/progress retention setting may be");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`spark.ui.retained*` and similar retention settings far above their defaults make the "
          + "driver keep that much job, stage, task and query history in its heap";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkExcessiveUiRetention",
          SUMMARY,
          Severity.WARNING,
          MAX_FACTOR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SettingChecks.inCode(context, MAX_FACTOR, SparkExcessiveUiRetention::judge);
  }

  @Override
  public void checkConfigFile(ConfigFileContext context) {
    SettingChecks.inFile(context, MAX_FACTOR, SparkExcessiveUiRetention::judge);
  }

  private static Optional<SettingChecks.Problem> judge(String key, String value, long factor) {
    OptionalLong defaultValue = SparkConfigKeys.uiRetentionDefault(key);
    if (defaultValue.isEmpty()) {
      return Optional.empty();
    }
    long retained;
    try {
      retained = Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    long limit = defaultValue.getAsLong() * factor;
    if (retained <= limit) {
      return Optional.empty();
    }
    return Optional.of(new SettingChecks.Problem(
        "`" + key + "` is set to " + retained + ", more than " + factor + " times Spark's default "
            + "of " + defaultValue.getAsLong() + ": the driver keeps that many entries of UI and "
            + "progress history in its heap for the whole life of the application",
        "keep it near the default (at most " + limit + "); for a full history enable the event "
            + "log (spark.eventLog.enabled) and read it in the Spark History Server",
        new SettingFixes.SafeValue(Long.toString(defaultValue.getAsLong()),
            defaultValue.getAsLong(), "Spark's default")));
  }
}
