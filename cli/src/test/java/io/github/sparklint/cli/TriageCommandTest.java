package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code sparklint triage}: the subcommand on real logs of the triage module (made by real failing
 * Spark runs), its formats and exit codes, beside the default command.
 */
class TriageCommandTest {
  private static final Path TRIAGE = Path.of("../triage").toAbsolutePath().normalize();
  private static final String DRIVER_LOG =
      TRIAGE.resolve("src/test/resources/logs/max-result-size/driver.log").toString();
  private static final String JOBS = TRIAGE.resolve("src/test/java/jobs").toString();

  @Test
  void textNamesTheCauseTheLineAndTheFinding() {
    CommandRun run = CommandRun.of("triage", DRIVER_LOG, "--source", JOBS,
        "--base-dir", TRIAGE.toString());
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.out())
        .contains("CAUSE the results sent to the driver exceeded spark.driver.maxResultSize")
        .contains("where  the driver")
        .contains("line   src/test/java/jobs/MaxResultSizeJob.java:16 (collectAsList)")
        .contains("[SparkUnboundedCollect] `collectAsList()`");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void jsonAndSarifAreSingleDocumentsPointingAtTheLine() {
    CommandRun json = CommandRun.of("triage", DRIVER_LOG, "--format", "json");
    assertThat(json.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    JsonObject cause = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("logs")
        .get(0).getAsJsonObject().getAsJsonArray("causes").get(0).getAsJsonObject();
    assertThat(cause.get("cause").getAsString()).isEqualTo("max-result-size");
    assertThat(cause.getAsJsonObject("site").get("line").getAsInt()).isEqualTo(16);

    CommandRun sarif = CommandRun.of("triage", DRIVER_LOG, "--source", JOBS, "--format", "sarif",
        "--base-dir", TRIAGE.toString());
    JsonObject result = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs")
        .get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
    assertThat(result.get("ruleId").getAsString()).isEqualTo("SparkUnboundedCollect");
    assertThat(result.get("level").getAsString()).isEqualTo("error");
    assertThat(result.toString()).contains("src/test/java/jobs/MaxResultSizeJob.java")
        .contains("\"startLine\":16");
  }

  @Test
  void anUnreadableLogIsNamedAndExitsTwoUnlessAnotherLogShowsACause() {
    CommandRun missing = CommandRun.of("triage", "no-such.log");
    assertThat(missing.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(missing.out()).contains("error: no-such.log: no such file");

    CommandRun both = CommandRun.of("triage", "no-such.log", DRIVER_LOG, "--format", "json");
    assertThat(both.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(both.err()).contains("no-such.log: no such file");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CommandRun.of("triage").exitCode()).isEqualTo(Main.EXIT_ERROR);
    CommandRun notDir = CommandRun.of("triage", DRIVER_LOG, "--source", DRIVER_LOG);
    assertThat(notDir.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(notDir.err()).contains("--source").contains("is not a directory");
  }
}
