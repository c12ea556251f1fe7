package io.github.sparklint.core.report;

import io.github.sparklint.core.Finding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The pages of the rules that found something, rendered into the report from the pages packaged
 * in the jar: a finding's rule link opens its explanation in the same file, without network. A
 * page's link to another rule shown here leads to it; links to pages not in the report are text.
 */
final class HtmlRulePages {
  private HtmlRulePages() {}

  static void render(StringBuilder sb, List<Finding> findings) {
    TreeSet<String> rules = new TreeSet<>(findings.stream().map(Finding::ruleId).toList());
    if (rules.isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"rules\">Rules</h2>\n");
    for (String rule : rules) {
      sb.append("<section class=\"rule-page\" id=\"rule-").append(Markup.escape(rule)).append("\">\n")
          .append(RuleDocs.markdown(rule).map(page -> MarkdownHtml.page(page, 2, target ->
              linkToRule(target, rules)))
              .orElse("<h3>" + Markup.escape(rule) + "</h3>\n<p>No page for this rule.</p>\n"))
          .append("<p><a href=\"#findings\">back to the findings</a></p>\n</section>\n");
    }
  }

  /** {@code Rule.md} of a rule shown here leads to its section; anything else has no link. */
  private static String linkToRule(String target, Set<String> shown) {
    String rule = target.replaceFirst("\\.md$", "");
    return shown.contains(rule) ? "#rule-" + rule : null;
  }
}
