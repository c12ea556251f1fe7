package io.github.sparklint.errorprone;

import com.google.errorprone.ErrorProneFlags;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.rules.RuleRegistry;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns Error Prone flags into the core configuration: every {@code -XepOpt:<RuleId>:<option>=v}
 * whose {@code RuleId} is a sparklint rule becomes the core option {@code RuleId:option}; flags of
 * other checks are left alone.
 */
final class FlagsConfig {
  private FlagsConfig() {}

  /**
   * The validated configuration the flags describe.
   *
   * @throws io.github.sparklint.core.ConfigException naming key, value and allowed range of the
   *     first bad sparklint option
   */
  static SparklintConfig from(ErrorProneFlags flags) {
    return from(flags, ProjectConfig.none());
  }

  /** As {@link #from(ErrorProneFlags)}, on top of the settings of a {@code sparklint.yaml}. */
  static SparklintConfig from(ErrorProneFlags flags, ProjectConfig project) {
    Set<String> rules = Set.copyOf(RuleRegistry.ids());
    Map<String, String> options = new TreeMap<>();
    flags.getFlagsMap().forEach((key, value) -> {
      int colon = key.indexOf(':');
      if (colon > 0 && rules.contains(key.substring(0, colon))) {
        options.put(key, value);
      }
    });
    return project.applyTo(SparklintConfig.builder()).options(options).build();
  }
}
