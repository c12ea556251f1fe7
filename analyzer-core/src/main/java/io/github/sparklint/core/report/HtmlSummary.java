package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.rules.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The HTML report's first screen: counts (new, baselined, files), then per rule and per file. */
final class HtmlSummary {
  private HtmlSummary() {}

  static void render(StringBuilder sb, GateResult gate) {
    AnalysisResult result = gate.result();
    List<Finding> all = result.findings();
    int fresh = gate.fresh().size();
    sb.append("<section id=\"summary\">\n<div class=\"cards\">\n");
    card(sb, all.size(), all.size() == 1 ? "finding" : "findings");
    card(sb, fresh, "new");
    card(sb, all.size() - fresh, "baselined");
    card(sb, result.filesAnalyzed(), "files analyzed");
    card(sb, (int) result.filesUnanalyzed(), "not analyzed");
    if (result.belowConfidence() > 0) {
      card(sb, result.belowConfidence(), "below the confidence threshold, not shown");
    }
    sb.append("</div>\n");
    if (all.isEmpty()) {
      sb.append("<p>No findings.</p>\n</section>\n");
      return;
    }
    sb.append("<div class=\"grid\">\n<div>\n<h2>By rule</h2>\n<div class=\"scroll\"><table>\n")
        .append("<tr><th>rule</th><th>severity</th><th class=\"n\">new</th><th class=\"n\">all</th></tr>\n");
    counts(all, Finding::ruleId).forEach((rule, findings) -> {
      long newOnes = findings.stream().filter(f -> !gate.isBaselined(f)).count();
      String summary = RuleRegistry.find(rule).map(r -> r.descriptor().summary()).orElse("");
      sb.append("<tr><td><a href=\"#rule-").append(Markup.escape(rule)).append("\" title=\"")
          .append(Markup.escape(summary)).append("\">").append(Markup.escape(rule))
          .append("</a></td><td>").append(findings.get(0).severity().label())
          .append("</td><td class=\"n\">").append(newOnes).append("</td><td class=\"n\">")
          .append(findings.size()).append("</td></tr>\n");
    });
    sb.append("</table></div>\n</div>\n<div>\n<h2>By file</h2>\n<div class=\"scroll\"><table>\n")
        .append("<tr><th>file</th><th class=\"n\">new</th><th class=\"n\">all</th></tr>\n");
    counts(all, Finding::file).forEach((file, findings) -> {
      long newOnes = findings.stream().filter(f -> !gate.isBaselined(f)).count();
      sb.append("<tr><td><a href=\"#").append(HtmlFindings.fileAnchor(file)).append("\"><code>")
          .append(Markup.escape(file)).append("</code></a></td><td class=\"n\">").append(newOnes)
          .append("</td><td class=\"n\">").append(findings.size()).append("</td></tr>\n");
    });
    sb.append("</table></div>\n</div>\n</div>\n</section>\n");
  }

  private static void card(StringBuilder sb, long count, String label) {
    sb.append("<div class=\"card\"><b>").append(count).append("</b>").append(label)
        .append("</div>\n");
  }

  private static Map<String, List<Finding>> counts(List<Finding> findings,
      Function<Finding, String> key) {
    return findings.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
