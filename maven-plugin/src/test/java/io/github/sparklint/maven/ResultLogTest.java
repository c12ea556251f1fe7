package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

/**
 * The Maven log: findings that fail the build at error level (so {@code mvn -q} shows them), with
 * the rule's fix and how to read its page, the summary per rule and the HTML report's path; control
 * characters of file names and messages as escapes.
 */
class ResultLogTest {
  private final RecordingLog recording = new RecordingLog();
  private final Log log = recording.log;
  private final List<String> logged = recording.lines;

  @Test
  void findingsThatFailTheBuildAreErrorsWithTheirFixHintSummaryAndReport() {
    GateResult gate = gate(new Finding("SparkLargeTake", Severity.WARNING, "src/Job.java", 3, 7,
        "`take(n)` copies up to n rows", "", "J#m", "ds.take(n)"));

    ResultLog.print(log, gate, Severity.WARNING, "target/sparklint/sparklint.html");

    assertThat(logged).containsExactly(
        "error src/Job.java:3:7: warning: [SparkLargeTake] `take(n)` copies up to n rows",
        "error     fix: Take a few rows (`limit(20)`), or write or sample the data on the cluster"
            + " instead.",
        "error     rule page: mvn sparklint:explain -Drule=SparkLargeTake",
        "error sparklint: 1 finding in 1 file analyzed (0 without Spark skipped)",
        "error   SparkLargeTake  warning     1",
        "error sparklint: HTML report: target/sparklint/sparklint.html");
  }

  @Test
  void findingsBelowTheFailLevelKeepTheirOwnLevel() {
    GateResult gate = gate(new Finding("SparkLargeTake", Severity.NOTE, "src/Job.java", 3, 7,
        "`take(n)` copies up to n rows", "", "J#m", "ds.take(n)"));

    ResultLog.print(log, gate, Severity.WARNING, "sparklint.html");

    assertThat(logged).first().asString().startsWith("info src/Job.java:3:7: note:");
    assertThat(logged).noneMatch(line -> line.startsWith("error"))
        .contains("info sparklint: HTML report: sparklint.html");
  }

  @Test
  void withoutAFailLevelNothingIsLoggedAsAnErrorButErrorFindings() {
    GateResult gate = gate(
        new Finding("SparkLargeTake", Severity.WARNING, "A.java", 1, 1, "m", "", "A#m", "c"),
        new Finding("SparkNestedDistributedOperation", Severity.ERROR, "A.java", 2, 1, "n", "",
            "A#m", "c"));

    ResultLog.print(log, gate, null, "sparklint.html");

    assertThat(logged).filteredOn(line -> line.contains(": [Spark")).containsExactly(
        "warn A.java:1:1: warning: [SparkLargeTake] m",
        "error A.java:2:1: error: [SparkNestedDistributedOperation] n");
    assertThat(logged).contains("info sparklint: HTML report: sparklint.html");
  }

  @Test
  void findingAndErrorLinesAreEscaped() {
    String file = "src/Job\u001b[31m\n[ERROR] forged.java";
    GateResult gate = Gate.on(Path.of("/repo")).apply(new AnalysisResult(
        List.of(new Finding("SparkLargeTake", Severity.WARNING, file, 3, 7, "big\rtake", "", "J#m",
            "ds.take(n)")),
        List.of(new AnalysisError(file, 1, 1, "bad\u0007")), 1, 0));

    ResultLog.print(log, gate, Severity.WARNING, "sparklint.html");

    assertThat(logged).contains(
        "error src/Job\\u001b[31m\\n[ERROR] forged.java:3:7: warning: [SparkLargeTake] big\\rtake",
        "error src/Job\\u001b[31m\\n[ERROR] forged.java:1:1: error: bad\\u0007");
    assertThat(logged).noneMatch(line -> line.contains("\u001b") || line.contains("\n"));
  }

  private static GateResult gate(Finding... findings) {
    return Gate.on(Path.of("/repo")).apply(new AnalysisResult(List.of(findings), List.of(), 1, 0));
  }
}
