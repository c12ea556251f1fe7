package io.github.sparklint.core.report;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.GateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The findings, grouped by file: each with its severity, rule (a link to the rule's page in the
 * report), new or baselined, message and fix (Markdown code spans as code), the code lines around
 * it, and where its data came from. A form above them filters by rule, severity and state.
 */
final class HtmlFindings {
  private HtmlFindings() {}

  static void render(StringBuilder sb, GateResult gate, SourceSnippets snippets) {
    List<Finding> findings = gate.result().findings();
    if (findings.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"findings\">Findings</h2>\n");
    filters(sb, findings);
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
    byFile.forEach((file, inFile) -> {
      sb.append("<section class=\"file\" id=\"").append(fileAnchor(file)).append("\">\n<h3>")
          .append(Markup.escape(file)).append("</h3>\n");
      inFile.forEach(f -> finding(sb, f, gate.isBaselined(f), snippets));
      sb.append("</section>\n");
    });
  }

  /** The anchor of a file's section: {@code file-} and the file name's hash, safe in any URL. */
  static String fileAnchor(String file) {
    return "file-" + Integer.toHexString(file.hashCode());
  }

  private static void filters(StringBuilder sb, List<Finding> findings) {
    sb.append("<form id=\"filters\" aria-label=\"filters\">\n<label>rule <select name=\"rule\">")
        .append("<option value=\"\">all rules</option>");
    new TreeSet<>(findings.stream().map(Finding::ruleId).toList()).forEach(rule ->
        sb.append("<option>").append(Markup.escape(rule)).append("</option>"));
    sb.append("</select></label>\n");
    for (Severity severity : Severity.values()) {
      checkbox(sb, severity.label());
    }
    checkbox(sb, "new");
    checkbox(sb, "baselined");
    sb.append("<span><b id=\"shown\">").append(findings.size()).append("</b> of ")
        .append(findings.size()).append(" shown</span>\n</form>\n");
  }

  private static void checkbox(StringBuilder sb, String value) {
    sb.append("<label><input type=\"checkbox\" value=\"").append(value).append("\" checked> ")
        .append(value).append("</label>\n");
  }

  private static void finding(StringBuilder sb, Finding f, boolean baselined,
      SourceSnippets snippets) {
    String status = baselined ? "baselined" : "new";
    String level = f.severity().label();
    String rule = Markup.escape(f.ruleId());
    sb.append("<article class=\"finding\" data-rule=\"").append(rule).append("\" data-severity=\"")
        .append(level).append("\" data-status=\"").append(status).append("\">\n")
        .append("<div class=\"head\"><span class=\"badge ").append(level).append("\">")
        .append(level).append("</span><span class=\"badge ").append(status).append("\">")
        .append(status).append("</span>").append(confidenceBadge(f)).append("<span>line ").append(f.line()).append(", column ")
        .append(f.column()).append("</span><a class=\"rule\" href=\"#rule-").append(rule)
        .append("\">").append(rule).append("</a></div>\n<p>")
        .append(MarkdownHtml.inline(f.message())).append("</p>\n");
    if (!f.fix().isEmpty()) {
      sb.append("<p><strong>Fix:</strong> ").append(MarkdownHtml.inline(f.fix())).append("</p>\n");
    }
    snippet(sb, snippets.around(f.file(), f.line()));
    for (Finding.RelatedLocation related : f.related()) {
      sb.append(related.role() == Finding.Role.SINK ? "<p>to <code>" : "<p>from <code>")
          .append(Markup.escape(related.file() + ":" + related.line()))
          .append("</code>: ").append(MarkdownHtml.inline(related.message())).append("</p>\n");
    }
    sb.append("</article>\n");
  }

  /** A badge for a finding of less than high confidence; none for high. */
  private static String confidenceBadge(Finding f) {
    if (f.confidence() == Confidence.HIGH) {
      return "";
    }
    String label = f.confidence().label();
    return "<span class=\"badge confidence\">" + label + " confidence</span>";
  }

  private static void snippet(StringBuilder sb, List<SourceSnippets.Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    sb.append("<pre class=\"snippet\"><code>");
    for (SourceSnippets.Line line : lines) {
      String text = "<span class=\"ln\">" + line.number() + "</span>" + Markup.escape(line.text());
      sb.append(line.flagged() ? "<mark>" + text + "</mark>" : text).append('\n');
    }
    sb.append("</code></pre>\n");
  }
}
