package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Fingerprints;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format codequality}: GitLab's Code Quality JSON, one issue per new finding. */
class CodeQualityReportTest {
  private static final Path BASE = Path.of("/repo");

  @Test
  void anEmptyReportIsAnEmptyArray() {
    assertThat(CodeQualityReport.render(gate())).isEqualTo("[]\n");
  }

  @Test
  void aFindingIsOneIssueWithExactlyGitLabsFields() {
    Finding f = finding("SparkUnboundedCollect", Severity.WARNING, "src/main/java/jobs/Job.java",
        12);

    JsonArray issues = parse(CodeQualityReport.render(gate(f)));

    JsonObject expected = JsonParser.parseString("""
        {
          "type": "issue",
          "check_name": "SparkUnboundedCollect",
          "description": "`collectAsList()` copies every row. Fix: Add a `limit(n)`",
          "categories": ["Bug Risk"],
          "fingerprint": "%s",
          "severity": "major",
          "location": {"path": "src/main/java/jobs/Job.java", "lines": {"begin": 12}}
        }
        """.formatted(Fingerprints.of(List.of(f)).get(f))).getAsJsonObject();
    assertThat(issues).containsExactly(expected);
  }

  @Test
  void modulesReportsMergeIntoOneArrayInTheirOrder() {
    Finding a = finding("SparkUnboundedCollect", Severity.WARNING, "ingest/src/A.java", 3);
    Finding b = finding("SparkLargeTake", Severity.ERROR, "report/src/B.java", 7);
    String first = CodeQualityReport.render(gate(a));
    String second = CodeQualityReport.render(gate(b));

    JsonArray merged = parse(CodeQualityReport.merge(List.of(first, "[]\n", second)));

    assertThat(merged).containsExactly(parse(first).get(0), parse(second).get(0));
    assertThat(CodeQualityReport.merge(List.of())).isEqualTo("[]\n");
    assertThatThrownBy(() -> CodeQualityReport.merge(List.of("{\"runs\": []}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a Code Quality report");
  }

  @Test
  void eachSeverityHasItsGitLabLevel() {
    JsonArray issues = parse(CodeQualityReport.render(gate(
        finding("SparkNestedDistributedOperation", Severity.ERROR, "A.java", 1),
        finding("SparkLargeTake", Severity.WARNING, "A.java", 2),
        finding("SparkCacheInLoop", Severity.NOTE, "A.java", 3))));

    assertThat(issues).extracting(i -> i.getAsJsonObject().get("severity").getAsString())
        .containsExactly("critical", "major", "info");
  }

  @Test
  void identicalFindingsGetDistinctFingerprintsThatDoNotMoveWithTheirLines() {
    Finding first = finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 5);
    Finding second = finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 9);
    Finding moved = finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 40);

    JsonArray before = parse(CodeQualityReport.render(gate(first, second)));
    JsonArray after = parse(CodeQualityReport.render(gate(moved, second)));

    assertThat(fingerprint(before, 0)).isNotEqualTo(fingerprint(before, 1)).hasSize(32);
    assertThat(fingerprint(after, 0)).isEqualTo(fingerprint(before, 0));
  }

  @Test
  void baselinedFindingsAndFileErrorsAreNotIssuesAndNewOnesKeepTheirJsonFingerprint() {
    Finding accepted = finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 4);
    Finding fresh = finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 8);
    AnalysisResult result = new AnalysisResult(List.of(accepted, fresh),
        List.of(new AnalysisError("Broken.java", 3, 1, "syntax error: ';' expected")), 2, 0);
    GateResult gate = Gate.on(BASE).baseline(Baseline.of(List.of(accepted)), file -> true)
        .apply(result);

    JsonArray issues = parse(CodeQualityReport.render(gate));

    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).getAsJsonObject().getAsJsonObject("location").getAsJsonObject("lines")
        .get("begin").getAsInt()).isEqualTo(8);
    String jsonFingerprint = JsonParser.parseString(JsonReport.render(gate)).getAsJsonObject()
        .getAsJsonArray("findings").get(1).getAsJsonObject().get("fingerprint").getAsString();
    assertThat(fingerprint(issues, 0)).isEqualTo(jsonFingerprint);
    assertThat(issues.toString()).doesNotContain("Broken.java");
  }

  @Test
  void quotesBackslashesControlCharactersAndMarkupAreEscapedJsonStrings() {
    Finding f = new Finding("SparkLargeTake", Severity.WARNING, "dir with \"quote\"\\B.java", 2, 1,
        "`take(\"<all>\")`\ttabs\nand lines & \u2028", "", "J#m", "c");

    String text = CodeQualityReport.render(gate(f));

    assertThat(text).doesNotContain("\t").contains("\\\"quote\\\"\\\\B.java").contains("<all>");
    JsonObject issue = parse(text).get(0).getAsJsonObject();
    assertThat(issue.get("description").getAsString()).isEqualTo(f.message());
    assertThat(issue.getAsJsonObject("location").get("path").getAsString())
        .isEqualTo("dir with \"quote\"\\B.java");
  }

  @Test
  void aLineBeforeTheFirstIsReportedOnTheFirst() {
    JsonArray issues = parse(CodeQualityReport.render(gate(
        finding("SparkUnlimitedMaxResultSize", Severity.WARNING, "spark-defaults.conf", 0))));

    assertThat(issues.get(0).getAsJsonObject().getAsJsonObject("location")
        .getAsJsonObject("lines").get("begin").getAsInt()).isEqualTo(1);
  }

  @Test
  void pathsOfAnAnalyzedProjectAreRelativeToItsRoot(@TempDir Path project) throws IOException {
    Path job = project.resolve("src/main/java/jobs/Export.java");
    Files.createDirectories(job.getParent());
    Files.writeString(job, """
        package jobs;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Export {
          Object all(org.apache.spark.sql.SparkSession spark) {
            return spark.table("orders").collectAsList();
          }
        }
        """);
    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(
        AnalysisRequest.builder().input(project.resolve("src")).baseDir(project).build());

    JsonArray issues = parse(ReportFormat.CODEQUALITY.render(Gate.on(project).apply(result),
        project, null));

    assertThat(issues).hasSize(1);
    JsonObject location = issues.get(0).getAsJsonObject().getAsJsonObject("location");
    assertThat(location.get("path").getAsString()).isEqualTo("src/main/java/jobs/Export.java");
    assertThat(location.getAsJsonObject("lines").get("begin").getAsInt()).isEqualTo(8);
    assertThat(issues.toString()).doesNotContain(project.toString());
  }

  private static JsonArray parse(String text) {
    return JsonParser.parseString(text).getAsJsonArray();
  }

  private static String fingerprint(JsonArray issues, int index) {
    JsonElement issue = issues.get(index);
    return issue.getAsJsonObject().get("fingerprint").getAsString();
  }

  private static GateResult gate(Finding... findings) {
    return Gate.on(BASE).apply(new AnalysisResult(List.of(findings), List.of(), 1, 0));
  }

  private static Finding finding(String rule, Severity severity, String file, int line) {
    return new Finding(rule, severity, file, line, 5, "`collectAsList()` copies every row",
        "Add a `limit(n)`", "Job#run", "ds.collectAsList()");
  }
}
