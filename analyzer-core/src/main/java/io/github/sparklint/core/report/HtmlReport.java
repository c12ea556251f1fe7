package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Path;

/**
 * A self-contained HTML page a person reads instead of the console (inline CSS and a small inline
 * script, no network, every value escaped): the summary first ({@link HtmlSummary}), the findings
 * grouped by file with the code around each ({@link HtmlFindings}), the files that could not be
 * analyzed, stale baseline entries, and the pages of the rules that found something ({@link
 * HtmlRulePages}), one click from each finding.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * The page; code snippets are read from the analyzed files, whose reported paths resolve against
   * {@code baseDir} ({@code null}: no snippets).
   */
  public static String render(GateResult gate, Path baseDir) {
    AnalysisResult result = gate.result();
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>sparklint report</title>\n<style>\n").append(HtmlAssets.CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>sparklint report</h1>\n<p>")
        .append(Markup.escape(TextReport.summary(result).replaceFirst("^sparklint: ", "")))
        .append(".</p>\n");
    HtmlSummary.render(sb, gate);
    HtmlFindings.render(sb, gate, new SourceSnippets(baseDir));
    errors(sb, result);
    stale(sb, gate);
    HtmlRulePages.render(sb, result.findings());
    return sb.append("<footer>").append(Sparklint.NAME).append(' ')
        .append(Markup.escape(Sparklint.version())).append("</footer>\n</main>\n<script>\n")
        .append(HtmlAssets.SCRIPT).append("</script>\n</body>\n</html>\n").toString();
  }

  private static void errors(StringBuilder sb, AnalysisResult result) {
    if (result.errors().isEmpty()) {
      return;
    }
    sb.append("<h2>Files that could not be analyzed</h2>\n<div class=\"scroll\"><table>\n<tr><th>location</th><th>message</th></tr>\n");
    for (AnalysisError e : result.errors()) {
      sb.append("<tr><td>").append(Markup.escape(e.file() + ":" + e.line() + ":" + e.column()))
          .append("</td><td>").append(Markup.escape(e.message())).append("</td></tr>\n");
    }
    sb.append("</table></div>\n");
  }

  private static void stale(StringBuilder sb, GateResult gate) {
    if (gate.match().stale().isEmpty()) {
      return;
    }
    sb.append("<h2>Stale baseline entries</h2>\n<div class=\"scroll\"><table>\n<tr><th>file</th><th>rule</th>")
        .append("<th>enclosing</th><th>code</th><th>unused</th></tr>\n");
    for (Baseline.Entry e : gate.match().stale()) {
      sb.append("<tr><td>").append(Markup.escape(e.file())).append("</td><td>")
          .append(Markup.escape(e.rule())).append("</td><td>").append(Markup.escape(e.enclosing()))
          .append("</td><td><code>").append(Markup.escape(e.code())).append("</code></td><td>")
          .append(e.count()).append("</td></tr>\n");
    }
    sb.append("</table></div>\n");
  }
}
