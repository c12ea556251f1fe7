package io.github.sparklint.core.report;

import io.github.sparklint.core.Sparklint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The rule documentation pages ({@code docs/rules/<RuleId>.md}), packaged into the core jar. */
public final class RuleDocs {
  private static final String RESOURCE_DIR = "/io/github/sparklint/core/rules/docs/";

  private RuleDocs() {}

  /** The page of {@code ruleId} in the project's repository, on the web. */
  public static String onlineUrl(String ruleId) {
    return Sparklint.HOME + "/blob/main/docs/rules/" + ruleId + ".md";
  }

  /** The markdown page of {@code ruleId}, when packaged. */
  public static Optional<String> markdown(String ruleId) {
    try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE_DIR + ruleId + ".md")) {
      return in == null ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
