package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Console lines: {@code path:line:col: severity: [RuleId] message. Fix: ...}. File names, messages
 * and code come from the analyzed files, so every line passes through {@link #escape}: a hostile
 * file name cannot start a new line or send escape sequences to the terminal.
 */
public final class TextReport {
  private TextReport() {}

  /**
   * One line per finding, escaped; a finding of less than high confidence says so before its
   * message.
   */
  public static String line(Finding f) {
    return escape(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().label()
        + ": [" + f.ruleId() + "] " + confidenceNote(f) + f.fullMessage());
  }

  /** {@code "(medium confidence) "} for a finding of less than high confidence, else "". */
  public static String confidenceNote(Finding f) {
    return f.confidence() == Confidence.HIGH ? "" : "(" + f.confidence().label() + " confidence) ";
  }

  /** One line per file error, {@link AnalysisError#describe()} escaped. */
  public static String error(AnalysisError e) {
    return escape(e.describe());
  }

  /**
   * {@code text} safe to print on a terminal, as one line: control characters (C0, DEL, C1),
   * line and paragraph separators and bidirectional-text controls are shown as Java escapes
   * ({@code \n}, {@code \r}, {@code \t}, otherwise <code>&#92;u001b</code> and the like);
   * everything else is kept.
   */
  public static String escape(String text) {
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isUnsafe(c)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> sb.append(String.format("\\u%04x", (int) c));
      }
    }
    return sb == null ? text : sb.toString();
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061c'
        || c == '\u200e' || c == '\u200f' || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /** Findings, then errors, one per line. */
  public static List<String> lines(AnalysisResult result) {
    List<String> lines = new ArrayList<>();
    result.findings().forEach(f -> lines.add(line(f)));
    result.errors().forEach(e -> lines.add(error(e)));
    return lines;
  }

  /**
   * The closing summary, e.g. {@code sparklint: 3 findings in 12 files analyzed (2 without Spark
   * skipped), 1 file could not be analyzed}; findings below the confidence threshold are counted
   * ({@code 2 more of low confidence not shown}).
   */
  public static String summary(AnalysisResult result) {
    int n = result.findings().size();
    String text = "sparklint: " + n + (n == 1 ? " finding" : " findings") + " in "
        + result.filesAnalyzed() + (result.filesAnalyzed() == 1 ? " file" : " files")
        + " analyzed (" + result.filesSkipped() + " without Spark skipped)";
    int hidden = result.belowConfidence();
    if (hidden > 0) {
      text += ", " + hidden + " more below the confidence threshold not shown";
    }
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
