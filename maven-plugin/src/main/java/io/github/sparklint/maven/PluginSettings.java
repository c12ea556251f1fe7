package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates the plugin's string parameters into the core's validated {@link SparklintConfig}.
 * Each list entry may itself hold several comma-separated values, so {@code
 * -Dsparklint.options=A:x=1,B:y=2} and a {@code <options>} list mean the same.
 */
public final class PluginSettings {
  private static final String OPTION_FORM =
      "<RuleId>:<option>=<value>, e.g. SparkLargeTake:maxRows=500000";
  private static final String SEVERITY_FORM = "<RuleId>=<error|warning|note>, e.g. SparkLargeTake=error";

  private PluginSettings() {}

  /**
   * Builds the configuration from {@code RuleId:option=value} options, rule ids to switch off and
   * {@code RuleId=level} severity overrides; {@code null} lists count as empty.
   *
   * @throws ConfigException naming the entry that is malformed or out of range
   */
  public static SparklintConfig config(
      List<String> options, List<String> disabledRules, List<String> severities) {
    return config(ProjectConfig.none(), options, disabledRules, severities);
  }

  /** As {@link #config(List, List, List)}, on top of the settings of {@code sparklint.yaml}. */
  public static SparklintConfig config(ProjectConfig project,
      List<String> options, List<String> disabledRules, List<String> severities) {
    SparklintConfig.Builder builder = project.applyTo(SparklintConfig.builder());
    for (String entry : entries(options)) {
      String[] keyValue = keyValue(entry, "option", OPTION_FORM);
      builder.option(keyValue[0], keyValue[1]);
    }
    for (String ruleId : entries(disabledRules)) {
      builder.enabled(ruleId, false);
    }
    for (String entry : entries(severities)) {
      String[] keyValue = keyValue(entry, "severity", SEVERITY_FORM);
      builder.severity(keyValue[0], keyValue[1]);
    }
    return builder.build();
  }

  /**
   * The severity at or above which findings fail the build.
   *
   * @throws ConfigException naming the value and the allowed ones
   */
  public static Severity failLevel(String failOnSeverity) {
    try {
      return Severity.parse(failOnSeverity);
    } catch (ConfigException e) {
      throw new ConfigException("sparklint.failOnSeverity: " + e.getMessage());
    }
  }

  /**
   * The number of worker threads {@code sparklint.threads} asks for (0: one per processor).
   *
   * @throws ConfigException for a negative value, naming the property and parameter
   */
  public static int threads(int threads) {
    return AnalysisRequest.threadCount("sparklint.threads (<threads>)", threads);
  }

  /** The trimmed, non-blank values of {@code values}, each split at commas. */
  static List<String> entries(List<String> values) {
    List<String> entries = new ArrayList<>();
    if (values == null) {
      return entries;
    }
    for (String value : values) {
      if (value == null) {
        continue;
      }
      for (String part : value.split(",")) {
        if (!part.isBlank()) {
          entries.add(part.trim());
        }
      }
    }
    return entries;
  }

  private static String[] keyValue(String entry, String what, String form) {
    int eq = entry.indexOf('=');
    if (eq <= 0 || eq == entry.length() - 1) {
      throw new ConfigException(
          "sparklint " + what + " '" + entry + "' must have the form " + form);
    }
    return new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1).trim()};
  }
}
