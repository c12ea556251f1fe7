package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reports a bad sparklint option as a compile error, once per compilation (not once per check and
 * file), so the build fails with the option's key, value and allowed range and nothing else.
 */
final class ConfigErrors {
  private static final Map<Context, Boolean> REPORTED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ConfigErrors() {}

  /** Reports {@code message} as an error on {@code unit}, unless this compilation already has. */
  static void reportOnce(
      SparklintChecker checker, CompilationUnitTree unit, VisitorState state, String message) {
    if (REPORTED.putIfAbsent(state.context, Boolean.TRUE) != null) {
      return;
    }
    state.reportMatch(checker.buildDescription(unit)
        .setMessage("sparklint configuration error: " + message
            + " (options are set with -XepOpt:<RuleId>:<option>=<value>)")
        .overrideSeverity(SeverityLevel.ERROR)
        .build());
  }
}
