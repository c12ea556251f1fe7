package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.ConsoleReport;
import io.github.sparklint.core.report.ConsoleStyle;
import io.github.sparklint.core.report.TextReport;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints a result to the Maven log: each new finding (wrapped, with the rule's fix and how to read
 * its page), file errors, a summary per rule and severity, and where the HTML report is. A finding
 * that fails the build is logged at error level, so {@code mvn -q} shows it too; so are the summary
 * and the report's path when the build fails. Other findings keep their own level (warning, info
 * for notes).
 */
final class ResultLog {
  /** How a Maven user reads a rule's page. */
  static final String EXPLAIN = "mvn sparklint:explain -Drule=%s";

  private static final ConsoleStyle STYLE = ConsoleStyle.plain(EXPLAIN);

  private ResultLog() {}

  /**
   * @param failLevel the lowest severity that fails the build, or {@code null} when none does
   * @param htmlReport the HTML report's path as shown to the user
   */
  static void print(Log log, GateResult gate, Severity failLevel, String htmlReport) {
    boolean failing = false;
    for (Finding finding : gate.fresh()) {
      boolean fails = failLevel != null && finding.severity().isAtLeast(failLevel);
      failing |= fails;
      Consumer<String> level = fails || finding.severity() == Severity.ERROR ? log::error
          : finding.severity() == Severity.WARNING ? log::warn : log::info;
      ConsoleReport.finding(finding, STYLE).forEach(level);
    }
    for (AnalysisError error : gate.result().errors()) {
      log.error(TextReport.error(error));
    }
    Consumer<String> summary = failing ? log::error : log::info;
    summary.accept(TextReport.summary(gate.result()));
    List<String> perRule = ConsoleReport.ruleSummary(gate.fresh());
    perRule.forEach(summary);
    summary.accept("sparklint: HTML report: " + htmlReport);
  }
}
