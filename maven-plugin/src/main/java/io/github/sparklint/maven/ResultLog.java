package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.TextReport;
import org.apache.maven.plugin.logging.Log;

/** Prints a result to the Maven log: one line per finding and file error, then a summary. */
final class ResultLog {
  private ResultLog() {}

  /** Findings at their own level (error, warning, info for notes), file errors at error level. */
  static void print(Log log, AnalysisResult result) {
    print(log, result, null);
  }

  /** As {@link #print(Log, AnalysisResult)}, leaving out the findings {@code gate} baselined. */
  static void print(Log log, AnalysisResult result, GateResult gate) {
    for (Finding finding : result.findings()) {
      if (gate != null && gate.isBaselined(finding)) {
        continue;
      }
      String line = TextReport.line(finding);
      if (finding.severity() == Severity.ERROR) {
        log.error(line);
      } else if (finding.severity() == Severity.WARNING) {
        log.warn(line);
      } else {
        log.info(line);
      }
    }
    for (AnalysisError error : result.errors()) {
      log.error(TextReport.error(error));
    }
    log.info(TextReport.summary(result));
  }
}
