package io.github.sparklint.triage;

import io.github.sparklint.core.report.RuleDocs;
import io.github.sparklint.core.rules.RuleRegistry;
import java.util.Optional;

/** A rule's summary and the "Better" part of its page, docs/rules/RuleId.md, packaged in the core. */
final class RuleFix {
  private static final String BETTER = "\n## Better";

  private RuleFix() {}

  /** The rule's one-sentence summary. */
  static String summary(String ruleId) {
    return RuleRegistry.find(ruleId).map(r -> r.descriptor().summary()).orElse(ruleId);
  }

  /** The page's path in the repository, e.g. {@code docs/rules/SparkUnboundedCollect.md}. */
  static String page(String ruleId) {
    return RuleRegistry.find(ruleId).map(r -> r.descriptor().docsPath())
        .orElse("docs/rules/" + ruleId + ".md");
  }

  /**
   * The page's "Better" section up to its first code example's end (the fence lines left out),
   * when the page has one.
   */
  static Optional<String> better(String ruleId) {
    return RuleDocs.markdown(ruleId).flatMap(page -> {
      int start = page.indexOf(BETTER);
      if (start < 0) {
        return Optional.empty();
      }
      int body = page.indexOf('\n', start + 1) + 1;
      int fence = page.indexOf("```", body);
      int fenceEnd = fence < 0 ? -1 : page.indexOf("```", page.indexOf('\n', fence) + 1);
      int next = page.indexOf("\n## ", body);
      int end = fenceEnd >= 0 && (next < 0 || fenceEnd < next) ? fenceEnd + 3
          : next < 0 ? page.length() : next;
      return Optional.of(page.substring(body, end).lines().filter(l -> !l.startsWith("```"))
          .collect(java.util.stream.Collectors.joining("\n")).strip());
    });
  }
}
