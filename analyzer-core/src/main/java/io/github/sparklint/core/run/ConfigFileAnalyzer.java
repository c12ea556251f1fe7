package io.github.sparklint.core.run;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.rule.ConfigEntry;
import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.spark.SparkConfigKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every enabled rule's {@link Rule#checkConfigFile} on one Spark configuration file
 * ({@code spark-defaults.conf} or a {@code .properties} file); never throws for bad input.
 */
public final class ConfigFileAnalyzer {
  private final SparklintConfig config;
  private final List<Rule> rules;

  public ConfigFileAnalyzer(SparklintConfig config, List<Rule> rules) {
    this.config = config;
    this.rules = rules.stream().filter(r -> config.isEnabled(r.id())).toList();
  }

  /**
   * Reads and analyzes {@code path}, reporting under the name {@code file}. The text is read as
   * UTF-8 with bad bytes replaced: Spark settings are ASCII, and {@code .properties} files are
   * often Latin-1.
   */
  public FileAnalyzer.FileResult analyze(String file, Path path) {
    String text;
    try {
      text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException | OutOfMemoryError e) {
      return new FileAnalyzer.FileResult(List.of(), List.of(new AnalysisError(file, 0, 0,
          "cannot read file: " + e.getClass().getSimpleName() + " " + e.getMessage())), false);
    }
    return analyze(file, text);
  }

  /**
   * Analyzes {@code text}, reporting under the name {@code file}. A file without any {@code
   * spark.*} entry is not checked ({@code parsed} is false).
   */
  public FileAnalyzer.FileResult analyze(String file, String text) {
    if (!text.contains(SparkConfigKeys.CONFIG_PREFIX)) {
      return new FileAnalyzer.FileResult(List.of(), List.of(), false);
    }
    List<ConfigEntry> entries = PropertiesText.parse(text).stream()
        .filter(e -> e.key().startsWith(SparkConfigKeys.CONFIG_PREFIX))
        .toList();
    if (entries.isEmpty()) {
      return new FileAnalyzer.FileResult(List.of(), List.of(), false);
    }
    List<Finding> findings = new ArrayList<>();
    List<AnalysisError> errors = new ArrayList<>();
    for (Rule rule : rules) {
      List<Finding> ruleFindings = new ArrayList<>();
      try {
        rule.checkConfigFile(new ConfigFileContext(rule, file, entries, config, ruleFindings));
        findings.addAll(ruleFindings);
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(FileErrors.ruleFailure(file, rule, e));
      }
    }
    findings.sort(Comparator.comparingInt(Finding::line).thenComparing(Finding::ruleId));
    return new FileAnalyzer.FileResult(List.copyOf(findings), List.copyOf(errors), true);
  }
}
