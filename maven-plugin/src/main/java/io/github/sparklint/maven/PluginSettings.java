package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.run.RunSettings;
import io.github.sparklint.core.run.SettingNames;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps the plugin's parameters to the core's {@link RunSettings}, which resolves them (parameter
 * or property, then {@code sparklint.yaml}, then the default). Each list entry may itself hold
 * several comma-separated values, so {@code -Dsparklint.options=A:x=1,B:y=2} and an {@code
 * <options>} list mean the same. Errors name the Maven property and parameter.
 */
public final class PluginSettings {
  /** The settings as Maven users write them. */
  static final SettingNames NAMES = new SettingNames(
      "sparklint.options (<options>) entry", "sparklint.severities (<severities>) entry",
      "sparklint.failOnSeverity", "sparklint.failOnUnanalyzed", "sparklint.fileTimeout",
      "sparklint.maxAllowedViolations", "sparklint.baseline", "sparklint.removeStale",
      "sparklint.newSince", "sparklint.confidence");

  private PluginSettings() {}

  /**
   * The run settings of the rule parameters: {@code RuleId:option=value} options, rule ids to
   * switch off and {@code RuleId=level} severity overrides; {@code null} lists count as empty.
   */
  static RunSettings settings(
      List<String> options, List<String> disabledRules, List<String> severities) {
    return RunSettings.of(NAMES).options(entries(options)).disabled(entries(disabledRules))
        .severities(entries(severities));
  }

  /**
   * Builds the configuration from the rule parameters alone.
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
    return settings(options, disabledRules, severities).config(project);
  }

  /**
   * The severity at or above which findings fail the build.
   *
   * @throws ConfigException naming the property, the value and the allowed ones
   */
  public static Severity failLevel(String failOnSeverity) {
    return RunSettings.of(NAMES).failOn(failOnSeverity).failLevel(ProjectConfig.none());
  }

  /**
   * The number of worker threads {@code sparklint.threads} asks for (0: one per processor).
   *
   * @throws ConfigException for a negative value, naming the property and parameter
   */
  public static int threads(int threads) {
    return AnalysisRequest.threadCount("sparklint.threads (<threads>)", threads);
  }

  /** The sources' encoding {@code sparklint.encoding} names (UTF-8 when not set). */
  public static Charset encoding(String encoding) {
    return AnalysisRequest.charset("sparklint.encoding (<encoding>)", encoding);
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
}
