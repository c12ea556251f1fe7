package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.gate.Fingerprints;
import io.github.sparklint.core.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format json|sarif|codequality} on stdout: each a single parseable document. */
class ReportFormatsTest {
  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    SparkSources.write(project, "BrokenJob.java", SparkSources.BROKEN_JOB);
  }

  @Test
  void jsonIsTheOnlyThingOnStdout() {
    CommandRun run = run("json");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
    JsonArray findings = root.getAsJsonArray("findings");
    assertThat(findings).hasSize(2);
    JsonObject first = findings.get(0).getAsJsonObject();
    assertThat(first.get("file").getAsString()).isEqualTo("src/main/java/jobs/ReportJob.java");
    assertThat(first.get("line").getAsInt()).isEqualTo(13);
    assertThat(first.get("ruleId").getAsString()).isEqualTo("SparkUnboundedCollect");
    assertThat(first.get("fingerprint").getAsString()).hasSize(32);
    assertThat(root.getAsJsonArray("errors")).hasSize(1);
    assertThat(root.getAsJsonObject("summary").get("filesAnalyzed").getAsInt()).isEqualTo(1);
    assertThat(run.err()).contains("src/main/java/jobs/BrokenJob.java:5:")
        .contains("sparklint: 2 findings in 1 file analyzed");
  }

  @Test
  void sarifHasSchemaVersionEveryRuleAndRepoRelativeResults() {
    CommandRun run = run("sarif");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
    assertThat(root.get("version").getAsString()).isEqualTo("2.1.0");
    assertThat(root.get("$schema").getAsString()).contains("sarif").endsWith("2.1.0.json");
    JsonObject sarifRun = root.getAsJsonArray("runs").get(0).getAsJsonObject();

    List<String> ruleIds = new ArrayList<>();
    for (JsonElement rule : sarifRun.getAsJsonObject("tool").getAsJsonObject("driver")
        .getAsJsonArray("rules")) {
      ruleIds.add(rule.getAsJsonObject().get("id").getAsString());
      assertThat(rule.getAsJsonObject().getAsJsonObject("help").get("text").getAsString()).isNotBlank();
    }
    assertThat(ruleIds).containsExactlyElementsOf(RuleRegistry.ids());

    JsonArray results = sarifRun.getAsJsonArray("results");
    assertThat(results).hasSize(2);
    for (JsonElement element : results) {
      JsonObject result = element.getAsJsonObject();
      JsonObject artifact = result.getAsJsonArray("locations").get(0).getAsJsonObject()
          .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
      assertThat(artifact.get("uri").getAsString()).isEqualTo("src/main/java/jobs/ReportJob.java");
      assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("SRCROOT");
      assertThat(result.getAsJsonObject("partialFingerprints").get(Fingerprints.SARIF_KEY)
          .getAsString()).hasSize(32);
      assertThat(result.toString()).doesNotContain(project.toString());
    }
    String srcroot = sarifRun.getAsJsonObject("originalUriBaseIds").getAsJsonObject("SRCROOT")
        .get("uri").getAsString();
    assertThat(srcroot).isEqualTo(project.toUri().toString());
    assertThat(run.out().replace(srcroot, "")).doesNotContain(project.toString());
  }

  @Test
  void codeQualityIsTheOnlyThingOnStdoutWithOneIssuePerFinding() {
    CommandRun run = run("codequality");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    JsonArray issues = JsonParser.parseString(run.out()).getAsJsonArray();
    assertThat(issues).hasSize(2);
    JsonObject fingerprints = JsonParser.parseString(run("json").out()).getAsJsonObject();
    for (int i = 0; i < issues.size(); i++) {
      JsonObject issue = issues.get(i).getAsJsonObject();
      assertThat(issue.keySet()).contains("description", "check_name", "fingerprint", "severity",
          "location");
      assertThat(issue.get("severity").getAsString()).isEqualTo("major");
      assertThat(issue.getAsJsonObject("location").get("path").getAsString())
          .isEqualTo("src/main/java/jobs/ReportJob.java");
      assertThat(issue.get("fingerprint").getAsString()).isEqualTo(fingerprints
          .getAsJsonArray("findings").get(i).getAsJsonObject().get("fingerprint").getAsString());
    }
    assertThat(issues).extracting(i -> i.getAsJsonObject().get("check_name").getAsString())
        .containsExactly("SparkUnboundedCollect", "SparkLargeTake");
    assertThat(issues).extracting(i -> i.getAsJsonObject().getAsJsonObject("location")
        .getAsJsonObject("lines").get("begin").getAsInt()).containsExactly(13, 14);
    assertThat(run.err()).contains("src/main/java/jobs/BrokenJob.java:5:")
        .contains("sparklint: 2 findings in 1 file analyzed");
  }

  private CommandRun run(String format) {
    return CommandRun.of("--base-dir", project.toString(), "--format", format,
        project.resolve("src").toString());
  }
}
