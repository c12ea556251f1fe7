package io.github.sparklint.core.report;

import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.DidYouMean;
import io.github.sparklint.core.rules.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rule documentation pages ({@code docs/rules/<RuleId>.md}), packaged into the core jar. Each
 * page's "Better" section opens with the rule's fix in one line ({@value #FIX_MARKER} ...), the
 * one place that sentence is kept: consoles and reports read it from here.
 */
public final class RuleDocs {
  /** How the one-line fix paragraph of a page's "Better" section starts. */
  public static final String FIX_MARKER = "**Fix in one line:** ";

  private static final String RESOURCE_DIR = "/io/github/sparklint/core/rules/docs/";
  /** The pages read so far, by rule id. */
  private static final Map<String, Optional<String>> PAGES = new ConcurrentHashMap<>();
  /** The one-line fixes found so far, by rule id: the console prints one for every finding. */
  private static final Map<String, Optional<String>> FIXES = new ConcurrentHashMap<>();

  private RuleDocs() {}

  /** The page of {@code ruleId} in the project's repository, on the web. */
  public static String onlineUrl(String ruleId) {
    return Sparklint.HOME + "/blob/main/docs/rules/" + ruleId + ".md";
  }

  /**
   * The markdown page of {@code ruleId}, when it is a known rule with a packaged page. Read from
   * the jar once per rule: the console prints each finding's one-line fix from it.
   */
  public static Optional<String> markdown(String ruleId) {
    if (!RuleRegistry.ids().contains(ruleId)) {
      return Optional.empty();
    }
    return PAGES.computeIfAbsent(ruleId, RuleDocs::read);
  }

  private static Optional<String> read(String ruleId) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE_DIR + ruleId + ".md")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The page of {@code ruleId}, for {@code --explain}.
   *
   * @throws ConfigException for an unknown rule, naming the closest known ids
   */
  public static String explain(String ruleId) {
    return markdown(ruleId).orElseThrow(() -> new ConfigException(unknownRule(ruleId)));
  }

  /** {@code unknown rule 'X'; did you mean Y?} with the known rule ids. */
  public static String unknownRule(String ruleId) {
    List<String> near = closest(ruleId);
    return "unknown rule '" + ruleId + "'"
        + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near) + "?")
        + " Known rules: " + String.join(", ", RuleRegistry.ids());
  }

  /**
   * The rule's fix in one sentence, from its page's "Better" section; the page is searched once
   * per rule (a text report prints the sentence for each of thousands of findings).
   */
  public static Optional<String> fixInOneLine(String ruleId) {
    return FIXES.computeIfAbsent(ruleId, id -> markdown(id).flatMap(page -> page.lines()
        .filter(line -> line.startsWith(FIX_MARKER))
        .map(line -> line.substring(FIX_MARKER.length()).trim())
        .findFirst()));
  }

  /**
   * Known rule ids closest to {@code unknown} (edit distance, case ignored), best first, at most
   * three, for "did you mean" hints.
   */
  public static List<String> closest(String unknown) {
    String wanted = unknown.toLowerCase(Locale.ROOT);
    return RuleRegistry.ids().stream()
        .filter(id -> DidYouMean.distance(id.toLowerCase(Locale.ROOT), wanted)
            <= Math.max(3, wanted.length() / 3)
            || id.toLowerCase(Locale.ROOT).contains(wanted) && wanted.length() >= 4)
        .sorted(Comparator.comparingInt(
            (String id) -> DidYouMean.distance(id.toLowerCase(Locale.ROOT), wanted)))
        .limit(3)
        .toList();
  }
}
