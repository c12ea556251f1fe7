package io.github.sparklint.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.ErrorProneOptions;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.run.RunSettings;
import io.github.sparklint.core.run.SettingNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps Error Prone's syntax to the core's {@link RunSettings}, which resolves it over {@code
 * sparklint.yaml}: every {@code -XepOpt:<RuleId>:<option>=v} whose {@code RuleId} is a sparklint
 * rule becomes the option {@code RuleId:option}, and an explicit {@code -Xep:<RuleId>:LEVEL} the
 * rule's severity ({@code OFF} switches it off). Flags of other checks are left alone.
 */
final class FlagsConfig {
  /** The settings as Error Prone users write them; the gate's have no Error Prone flag. */
  static final SettingNames NAMES = new SettingNames("-XepOpt", "-Xep",
      "failOn (not an Error Prone setting)", "failOnUnanalyzed (not an Error Prone setting)",
      "-XepOpt:" + UnitConfig.TIMEOUT_FLAG,
      "maxAllowedViolations (not an Error Prone setting)", "baseline (not an Error Prone setting)",
      "removeStale (not an Error Prone setting)", "newSince (not an Error Prone setting)",
      "-XepOpt:" + FlagsConfig.CONFIDENCE_FLAG);

  /** The flag of the lowest confidence reported, {@code -XepOpt:sparklint:confidence=low}. */
  static final String CONFIDENCE_FLAG = "sparklint:confidence";

  private FlagsConfig() {}

  /**
   * The validated configuration the flags describe.
   *
   * @throws io.github.sparklint.core.ConfigException naming key, value and allowed range of the
   *     first bad sparklint option, and its rule
   */
  static SparklintConfig from(ErrorProneFlags flags) {
    return from(flags, Map.of(), ProjectConfig.none());
  }

  /**
   * As {@link #from(ErrorProneFlags)}, with the compilation's explicit {@code -Xep} severities,
   * on top of the settings of a {@code sparklint.yaml}.
   */
  static SparklintConfig from(ErrorProneFlags flags,
      Map<String, ErrorProneOptions.Severity> severityFlags, ProjectConfig project) {
    return settings(flags, severityFlags).config(project);
  }

  private static RunSettings settings(ErrorProneFlags flags,
      Map<String, ErrorProneOptions.Severity> severityFlags) {
    Set<String> rules = Set.copyOf(RuleRegistry.ids());
    List<String> options = new ArrayList<>();
    new TreeMap<>(flags.getFlagsMap()).forEach((key, value) -> {
      int colon = key.indexOf(':');
      if (colon > 0 && rules.contains(key.substring(0, colon))) {
        options.add(key + "=" + value);
      }
    });
    List<String> disabled = new ArrayList<>();
    List<String> severities = new ArrayList<>();
    new TreeMap<>(severityFlags).forEach((check, level) -> {
      if (!rules.contains(check)) {
        return;
      }
      switch (level) {
        case OFF -> disabled.add(check);
        case ERROR -> severities.add(check + "=error");
        case WARN -> severities.add(check + "=warning");
        default -> { }
      }
    });
    return RunSettings.of(NAMES).options(options).disabled(disabled).severities(severities)
        .confidence(flags.get(CONFIDENCE_FLAG).orElse(null));
  }
}
