package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.rules.RuleRegistry;
import java.util.Map;
import java.util.TreeMap;

/**
 * A readable, self-contained HTML page (inline CSS, no scripts, every value escaped): the summary,
 * findings per rule with links to the rule pages, each finding with its fix and code, whether it is
 * new or baselined, the files that could not be analyzed and why, and stale baseline entries.
 */
public final class HtmlReport {
  private static final String CSS = """
      body{font-family:system-ui,sans-serif;margin:2em;color:#222}
      table{border-collapse:collapse;width:100%;margin-bottom:2em}
      th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#f3f3f3}code{font-family:ui-monospace,monospace;font-size:90%}
      .error{color:#b00020;font-weight:bold}.warning{color:#a15c00}.note{color:#555}
      .baselined{color:#777}.new{font-weight:bold}
      """;

  private HtmlReport() {}

  /** The page. */
  public static String render(GateResult gate) {
    AnalysisResult result = gate.result();
    StringBuilder sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n<title>sparklint report</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n")
        .append("<h1>sparklint report</h1>\n<p>")
        .append(Markup.escape(gate.summary(null).replaceFirst("^sparklint: ", "")))
        .append(" in ").append(result.filesAnalyzed()).append(" files analyzed (")
        .append(result.filesSkipped()).append(" without Spark skipped)");
    long unanalyzed = result.filesUnanalyzed();
    if (unanalyzed > 0) {
      sb.append(", ").append(unanalyzed).append(unanalyzed == 1 ? " file" : " files")
          .append(" could not be analyzed");
    }
    sb.append(". ").append(Sparklint.NAME).append(' ')
        .append(Markup.escape(Sparklint.version())).append(".</p>\n");
    rules(sb, result);
    findings(sb, gate);
    errors(sb, result);
    stale(sb, gate);
    return sb.append("</body>\n</html>\n").toString();
  }

  private static void rules(StringBuilder sb, AnalysisResult result) {
    if (result.findings().isEmpty()) {
      sb.append("<p>No findings.</p>\n");
      return;
    }
    Map<String, Integer> counts = new TreeMap<>();
    result.findings().forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
    sb.append("<h2>By rule</h2>\n<table>\n<tr><th>rule</th><th>findings</th><th>what it finds</th></tr>\n");
    counts.forEach((rule, n) -> {
      String summary = RuleRegistry.find(rule).map(r -> r.descriptor().summary()).orElse("");
      sb.append("<tr><td><a href=\"").append(Markup.escape(docsUrl(rule))).append("\">")
          .append(Markup.escape(rule)).append("</a></td><td>").append(n).append("</td><td>")
          .append(Markup.escape(summary)).append("</td></tr>\n");
    });
    sb.append("</table>\n");
  }

  private static void findings(StringBuilder sb, GateResult gate) {
    if (gate.result().findings().isEmpty()) {
      return;
    }
    sb.append("<h2>Findings</h2>\n<table>\n<tr><th>status</th><th>severity</th><th>location</th>")
        .append("<th>rule</th><th>message</th><th>fix</th><th>code</th></tr>\n");
    for (Finding f : gate.result().findings()) {
      String status = gate.isBaselined(f) ? "baselined" : "new";
      String level = f.severity().label();
      sb.append("<tr class=\"").append(status).append("\"><td>").append(status)
          .append("</td><td class=\"").append(level).append("\">").append(level).append("</td><td>")
          .append(Markup.escape(f.file() + ":" + f.line() + ":" + f.column())).append("</td><td>")
          .append(Markup.escape(f.ruleId())).append("</td><td>").append(Markup.escape(f.message()))
          .append("</td><td>").append(Markup.escape(f.fix())).append("</td><td><code>")
          .append(Markup.escape(f.code())).append("</code></td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void errors(StringBuilder sb, AnalysisResult result) {
    if (result.errors().isEmpty()) {
      return;
    }
    sb.append("<h2>Files that could not be analyzed</h2>\n<table>\n<tr><th>location</th><th>message</th></tr>\n");
    for (AnalysisError e : result.errors()) {
      sb.append("<tr><td>").append(Markup.escape(e.file() + ":" + e.line() + ":" + e.column()))
          .append("</td><td>").append(Markup.escape(e.message())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void stale(StringBuilder sb, GateResult gate) {
    if (gate.match().stale().isEmpty()) {
      return;
    }
    sb.append("<h2>Stale baseline entries</h2>\n<table>\n<tr><th>file</th><th>rule</th>")
        .append("<th>enclosing</th><th>code</th><th>unused</th></tr>\n");
    for (Baseline.Entry e : gate.match().stale()) {
      sb.append("<tr><td>").append(Markup.escape(e.file())).append("</td><td>")
          .append(Markup.escape(e.rule())).append("</td><td>").append(Markup.escape(e.enclosing()))
          .append("</td><td><code>").append(Markup.escape(e.code())).append("</code></td><td>")
          .append(e.count()).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static String docsUrl(String rule) {
    return Sparklint.HOME + "/blob/main/docs/rules/" + rule + ".md";
  }
}
