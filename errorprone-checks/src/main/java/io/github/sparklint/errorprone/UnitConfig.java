package io.github.sparklint.errorprone;

import com.google.errorprone.ErrorProneFlags;
import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import java.time.Duration;

/**
 * How one compilation unit is analyzed: the rule configuration and each file's time budget, from
 * {@code -XepOpt:sparklint:fileTimeout=SECONDS}, else the {@code fileTimeout:} of the unit's {@code
 * sparklint.yaml}, else {@link FileTimeout#DEFAULT}, as in the other fronts. Units with the same
 * {@link #key} are analyzed together.
 *
 * @param rules the rules' settings
 * @param fileTimeout each file's budget, parse plus rules
 */
record UnitConfig(SparklintConfig rules, Duration fileTimeout) {
  /** The Error Prone flag setting the time budget. */
  static final String TIMEOUT_FLAG = "sparklint:" + FileTimeout.KEY;

  /**
   * The unit's settings: {@code rules} and the budget the flags or {@code project} give.
   *
   * @throws io.github.sparklint.core.ConfigException naming the flag and the allowed range
   */
  static UnitConfig of(SparklintConfig rules, ErrorProneFlags flags, ProjectConfig project) {
    return new UnitConfig(rules,
        project.resolveFileTimeout(flags.get(TIMEOUT_FLAG).orElse(null), "-XepOpt:" + TIMEOUT_FLAG));
  }

  /** Equal for units analyzed the same way. */
  String key() {
    return rules.fingerprint() + "|" + fileTimeout.toMillis();
  }
}
