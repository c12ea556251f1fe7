package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneOptions;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import io.github.sparklint.core.ConfigException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reports a bad sparklint option as a compile error, once per compilation (not once per check and
 * file), so the build fails with the option's key, value and allowed range and nothing else. An
 * error that belongs to one rule (a bad {@code -XepOpt:<RuleId>:...} value) is reported under that
 * rule's check when it runs in this compilation, else under the first check that meets it.
 */
final class ConfigErrors {
  private static final Map<Context, Boolean> REPORTED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ConfigErrors() {}

  /** Reports {@code error} on {@code unit}, unless this compilation already has. */
  static void reportOnce(
      SparklintChecker checker, CompilationUnitTree unit, VisitorState state, ConfigException error) {
    boolean ownedByAnother = error.ruleId()
        .filter(rule -> !rule.equals(checker.canonicalName()) && runs(rule, state))
        .isPresent();
    if (ownedByAnother || REPORTED.putIfAbsent(state.context, Boolean.TRUE) != null) {
      return;
    }
    state.reportMatch(checker.buildDescription(unit)
        .setMessage("sparklint configuration error: " + error.getMessage()
            + " (options are set with -XepOpt:<RuleId>:<option>=<value>)")
        .overrideSeverity(SeverityLevel.ERROR)
        .build());
  }

  /** Whether the check of {@code ruleId} runs in this compilation (so it will report the error). */
  private static boolean runs(String ruleId, VisitorState state) {
    ErrorProneOptions options = state.errorProneOptions();
    ErrorProneOptions.Severity level = options.getSeverityMap().get(ruleId);
    return level == null ? !options.isDisableAllChecks() : level != ErrorProneOptions.Severity.OFF;
  }
}
