package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.run.ConfigFileAnalyzer;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.run.HelperSummaries;
import io.github.sparklint.core.run.ProjectRounds;
import io.github.sparklint.core.java.SourceFiles;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.flow.ModelLayer;
import io.github.sparklint.core.gate.ProjectConfigFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs one rule on inline sources and checks its findings against {@code // BUG: Diagnostic
 * contains: <text>} markers: each marker expects a finding of the rule on the next line whose
 * message contains the text, and no other line may have a finding. Sources named {@code
 * spark-defaults.conf} or {@code *.properties} are analyzed as configuration files, with {@code #
 * BUG: Diagnostic contains: <text>} markers.
 */
public final class RuleTester {
  private static final String MARKER = "BUG: Diagnostic contains:";

  private final Rule rule;
  private final SparklintConfig.Builder config = SparklintConfig.builder();
  private final Map<String, String> sources = new TreeMap<>();

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  public static RuleTester forRule(Rule rule) {
    return new RuleTester(rule);
  }

  public RuleTester option(String key, String value) {
    config.option(rule.id(), key, value);
    return this;
  }

  /**
   * Applies a {@code sparklint.yaml} with these lines (its models, rule settings), read from a
   * file of that name in a new temporary directory.
   */
  public RuleTester sparklintYaml(String... lines) {
    try {
      Path file = Files.createTempDirectory("sparklint-yaml").resolve(ProjectConfigFile.NAME);
      Files.writeString(file, String.join("\n", lines) + "\n");
      ProjectConfigFile.load(file).applyTo(config);
      Files.delete(file);
      Files.delete(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public RuleTester addSourceLines(String file, String... lines) {
    sources.put(file, String.join("\n", lines) + "\n");
    return this;
  }

  public RuleTester addSource(String file, String text) {
    sources.put(file, text);
    return this;
  }

  /**
   * The findings of this rule in every source; the Java sources are analyzed as one project, as
   * the CLI does (first pass, project index, files whose answers changed again).
   */
  public List<Finding> findings() {
    SparklintConfig built = config.build();
    FileAnalyzer analyzer = new FileAnalyzer(built, List.of(rule),
        ParserSettings.syntaxOnly());
    ConfigFileAnalyzer configAnalyzer = new ConfigFileAnalyzer(built, List.of(rule));
    List<String> javaFiles = sources.keySet().stream()
        .filter(file -> !SourceFiles.isConfigFile(Path.of(file))).toList();
    List<FileAnalyzer.FileResult> results = new ArrayList<>();
    for (String file : javaFiles) {
      results.add(analyzer.analyze(file, sources.get(file)));
    }
    results = ProjectRounds.settle(javaFiles, results, ModelLayer.of(built.models()), 1, null,
        (file, index) -> analyzer.analyze(file, sources.get(file), index),
        (file, e) -> {
          throw new AssertionError("analysis of " + file + " failed", e);
        }, file -> {
          throw new AssertionError("no time budget was set");
        }, settled -> HelperSummaries.add(javaFiles, settled, HelperSummaries::fileName,
            file -> analyzer.summarizeHelper(file, sources.get(file))));
    List<Finding> all = new ArrayList<>();
    for (int i = 0; i < javaFiles.size(); i++) {
      assertThat(results.get(i).errors()).as("analysis errors in " + javaFiles.get(i)).isEmpty();
      all.addAll(results.get(i).findings());
    }
    sources.forEach((file, text) -> {
      if (SourceFiles.isConfigFile(Path.of(file))) {
        FileAnalyzer.FileResult result = configAnalyzer.analyze(file, text);
        assertThat(result.errors()).as("analysis errors in " + file).isEmpty();
        all.addAll(result.findings());
      }
    });
    return all;
  }

  /**
   * Asserts that findings appear exactly on the marked lines, with the marked texts; a finding of
   * less than high confidence is read with its note first ({@code (low confidence) ...}), as the
   * console shows it.
   */
  public void expectMatches() {
    List<Finding> findings = findings();
    List<String> expected = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    sources.forEach((file, text) -> {
      String[] lines = text.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int at = lines[i].indexOf(MARKER);
        String before = at < 0 ? "" : lines[i].substring(0, at).trim();
        if (!before.endsWith("//") && !before.endsWith("#")) {
          continue;
        }
        String wanted = lines[i].substring(at + MARKER.length()).trim();
        int line = i + 2;
        expected.add(file + ":" + line);
        boolean found = findings.stream().anyMatch(f -> f.file().equals(file) && f.line() == line
            && shown(f).contains(wanted));
        if (!found) {
          problems.add("expected a finding containing \"" + wanted + "\" at " + file + ":" + line
              + " but got " + describe(findings, file, line));
        }
      }
    });
    for (Finding f : findings) {
      if (!expected.contains(f.file() + ":" + f.line())) {
        problems.add("unexpected finding at " + f.file() + ":" + f.line() + ": " + shown(f));
      }
    }
    assertThat(problems).as("rule " + rule.id()).isEmpty();
  }

  /** Asserts that the rule finds nothing. */
  public void expectNoFindings() {
    assertThat(findings()).as("rule " + rule.id()).isEmpty();
  }

  private static String describe(List<Finding> findings, String file, int line) {
    List<String> there = findings.stream()
        .filter(f -> f.file().equals(file) && f.line() == line)
        .map(RuleTester::shown).toList();
    return there.isEmpty() ? "nothing" : there.toString();
  }

  private static String shown(Finding f) {
    return TextReport.confidenceNote(f) + f.fullMessage();
  }
}
