package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import java.util.ArrayList;
import java.util.List;

/** Console lines: {@code path:line:col: severity: [RuleId] message. Fix: ...}. */
public final class TextReport {
  private TextReport() {}

  /** One line per finding. */
  public static String line(Finding f) {
    return f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label() + ": ["
        + f.ruleId() + "] " + f.fullMessage();
  }

  /** Findings, then errors, one per line. */
  public static List<String> lines(AnalysisResult result) {
    List<String> lines = new ArrayList<>();
    result.findings().forEach(f -> lines.add(line(f)));
    result.errors().stream().map(AnalysisError::describe).forEach(lines::add);
    return lines;
  }

  /**
   * The closing summary, e.g. {@code sparklint: 3 findings in 12 files analyzed (2 without Spark
   * skipped), 1 file could not be analyzed}.
   */
  public static String summary(AnalysisResult result) {
    int n = result.findings().size();
    String text = "sparklint: " + n + (n == 1 ? " finding" : " findings") + " in "
        + result.filesAnalyzed() + (result.filesAnalyzed() == 1 ? " file" : " files")
        + " analyzed (" + result.filesSkipped() + " without Spark skipped)";
    long e = result.filesUnanalyzed();
    return e == 0 ? text : text + ", " + e + (e == 1 ? " file" : " files") + " could not be analyzed";
  }

  /** The whole report as text. */
  public static String render(AnalysisResult result) {
    StringBuilder sb = new StringBuilder();
    lines(result).forEach(l -> sb.append(l).append('\n'));
    sb.append(summary(result)).append('\n');
    return sb.toString();
  }
}
