package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.GateResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checkstyle XML ({@code <checkstyle><file name><error .../></file></checkstyle>}), the format CI
 * dashboards (Jenkins warnings-ng, GitLab, reviewdog) read. Holds the new findings only (baselined
 * ones are accepted) and file errors, with {@code source="sparklint.<RuleId>"}.
 */
public final class CheckstyleReport {
  private CheckstyleReport() {}

  /** The document. */
  public static String render(GateResult gate) {
    Map<String, List<String>> byFile = new TreeMap<>();
    for (Finding f : gate.fresh()) {
      byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(error(f.line(), f.column(),
          severity(f.severity()), f.fullMessage(), "sparklint." + f.ruleId()));
    }
    for (AnalysisError e : gate.result().errors()) {
      byFile.computeIfAbsent(e.file(), k -> new ArrayList<>())
          .add(error(e.line(), e.column(), "error", e.message(), "sparklint.error"));
    }
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<checkstyle version=\"4.3\">\n");
    byFile.forEach((file, errors) -> {
      sb.append("  <file name=\"").append(Markup.escape(file)).append("\">\n");
      errors.forEach(sb::append);
      sb.append("  </file>\n");
    });
    return sb.append("</checkstyle>\n").toString();
  }

  private static String error(int line, int column, String severity, String message, String source) {
    StringBuilder sb = new StringBuilder("    <error line=\"").append(Math.max(line, 0)).append('"');
    if (column > 0) {
      sb.append(" column=\"").append(column).append('"');
    }
    return sb.append(" severity=\"").append(severity).append("\" message=\"")
        .append(Markup.escape(message)).append("\" source=\"").append(Markup.escape(source))
        .append("\"/>\n").toString();
  }

  private static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "info";
    };
  }
}
