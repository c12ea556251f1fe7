package io.github.sparklint.lsp;

import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.report.RuleDocs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a diagnostic's rule link ({@code codeDescription}) points: the client's {@code docsUrl}
 * template when it gave one ({@code {rule}} stands for the rule id), else the rule page bundled
 * in the core, written once under {@code pagesDir} so that the editor can open it as a file.
 */
final class RuleLinks {
  /** The placeholder of the rule id in a {@code docsUrl} template. */
  static final String RULE = "{rule}";

  private final String template;
  private final Path pagesDir;
  private final Map<String, String> links = new ConcurrentHashMap<>();

  /**
   * @param template the client's {@code docsUrl}, or null
   * @param pagesDir where bundled pages are written
   */
  RuleLinks(String template, Path pagesDir) {
    this.template = template == null || template.isBlank() ? null : template;
    this.pagesDir = pagesDir;
  }

  /** Bundled pages under the temporary directory, in a folder per sparklint version. */
  static RuleLinks of(String template) {
    return new RuleLinks(template, Path.of(System.getProperty("java.io.tmpdir"),
        "sparklint-" + Sparklint.version() + "-rules"));
  }

  /** The link of {@code ruleId}'s page, or empty when there is none. */
  Optional<String> href(String ruleId) {
    if (template != null) {
      return Optional.of(template.replace(RULE, ruleId));
    }
    return Optional.ofNullable(links.computeIfAbsent(ruleId, this::writePage));
  }

  private String writePage(String ruleId) {
    Optional<String> page = RuleDocs.markdown(ruleId);
    if (page.isEmpty()) {
      return null;
    }
    Path file = pagesDir.resolve(ruleId + ".md");
    try {
      Files.createDirectories(pagesDir);
      if (!Files.isRegularFile(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(page.get())) {
        Files.writeString(file, page.get(), StandardCharsets.UTF_8);
      }
      return file.toUri().toString();
    } catch (IOException e) {
      return RuleDocs.onlineUrl(ruleId);
    }
  }
}
