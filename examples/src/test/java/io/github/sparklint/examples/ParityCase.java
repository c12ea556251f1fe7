package io.github.sparklint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * A tree the three fronts must agree on, with its golden findings ({@code expected-findings.txt},
 * files relative to the tree): examples/ itself with no configuration file ({@code
 * file:line:RuleId}), and examples/configured/ under its own {@code sparklint.yaml} ({@code
 * file:line:RuleId:severity}, so severities are compared too).
 */
enum ParityCase {
  /** The bad and fixed jobs, every rule at its default; severities are not compared. */
  EXAMPLES(".", false),
  /** A job under a {@code sparklint.yaml} that changes severities, options and excludes. */
  CONFIGURED("configured", true);

  private static final Path EXAMPLES_DIR = Path.of(System.getProperty("sparklint.examples.dir"));

  private final String dir;
  private final boolean severities;

  ParityCase(String dir, boolean severities) {
    this.dir = dir;
    this.severities = severities;
  }

  /** The tree's root: where its golden list, its {@code sparklint.yaml} and its module's pom are. */
  Path dir() {
    return EXAMPLES_DIR.resolve(dir).normalize();
  }

  Path sources() {
    return dir().resolve("src/main/java");
  }

  /** The SARIF report the module's own {@code sparklint:check} execution wrote. */
  Path mavenSarif() {
    return dir().resolve("target/sparklint/sparklint.sarif");
  }

  /**
   * Whether the golden list has severities and so whether the fronts run as configured: the
   * examples/ compilation forces every sparklint check to warning, the configured one does not.
   */
  boolean comparesSeverities() {
    return severities;
  }

  /** One finding as the golden list writes it; {@code file} is relative to {@link #dir()}. */
  String line(String file, int line, String ruleId, String severity) {
    return file + ":" + line + ":" + ruleId + (severities ? ":" + severity : "");
  }

  /** One finding whose file is an absolute path. */
  String line(Path file, int line, String ruleId, String severity) {
    return line(dir().relativize(file).toString().replace('\\', '/'), line, ruleId, severity);
  }

  /** The golden findings, sorted. */
  TreeSet<String> golden() throws IOException {
    TreeSet<String> lines = new TreeSet<>();
    for (String line : Files.readAllLines(dir().resolve("expected-findings.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.trim());
      }
    }
    assertThat(lines).as("golden findings of " + this).isNotEmpty();
    return lines;
  }
}
