package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on a project of two files, a helper in one and the collect in the other: the
 * project index follows the rows across the files, the finding names where they come from, and
 * the reports carry that origin.
 */
class MultiFileProjectTest {
  private static final String JOB = "src/main/java/jobs/NightlyJob.java";
  private static final String LOADER = "src/main/java/jobs/EventLoader.java";

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "EventLoader.java", SparkSources.EVENT_LOADER);
    SparkSources.write(project, "NightlyJob.java", SparkSources.NIGHTLY_JOB);
  }

  @Test
  void theCollectOfTheHelpersWholeTableIsFoundWithItsOrigin() {
    CommandRun run = CommandRun.of("--base-dir", project.toString(),
        project.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.unwrapped().lines()).hasSize(3);
    assertThat(run.unwrapped().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith(JOB + ":10:47: warning: [SparkUnboundedCollect] ")
        .contains("the rows come from `EventLoader.events()` (EventLoader.java:10)"));
    assertThat(run.out()).doesNotContain("NightlyJob.java:11:");
  }

  @Test
  void withoutTheHelpersFileNothingIsKnownAboutItsValueAndNothingIsReported() {
    CommandRun run = CommandRun.of("--base-dir", project.toString(),
        project.resolve(JOB).toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sparklint: 0 findings in 1 file analyzed");
  }

  @Test
  void jsonAndSarifCarryTheHelperAsTheOriginOfTheRows() {
    String json = CommandRun.of("--base-dir", project.toString(), "--format", "json",
        project.resolve("src").toString()).out();
    JsonObject finding = JsonParser.parseString(json).getAsJsonObject()
        .getAsJsonArray("findings").get(0).getAsJsonObject();
    JsonArray related = finding.getAsJsonArray("related");
    assertThat(related).hasSize(1);
    assertThat(related.get(0).getAsJsonObject().get("file").getAsString()).isEqualTo(LOADER);
    assertThat(related.get(0).getAsJsonObject().get("line").getAsInt()).isEqualTo(10);
    assertThat(related.get(0).getAsJsonObject().get("message").getAsString())
        .isEqualTo("rows come from `EventLoader.events()`, unbounded");

    String sarif = CommandRun.of("--base-dir", project.toString(), "--format", "sarif",
        project.resolve("src").toString()).out();
    JsonObject result = JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs")
        .get(0).getAsJsonObject().getAsJsonArray("results").get(0).getAsJsonObject();
    JsonObject origin = result.getAsJsonArray("relatedLocations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation");
    assertThat(origin.getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo(LOADER);
    assertThat(origin.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(10);
    assertThat(result.getAsJsonArray("codeFlows")).hasSize(1);
  }

  /** Reads each partition with a helper in a file without Spark. */
  private static final String KEY_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.api.java.JavaSparkContext;

      final class KeyJob {
        static List<String> keys(JavaSparkContext sc) {
          return sc.textFile("/logs").mapPartitions(lines -> Keys.first(lines)).collect();
        }
      }
      """;

  private static final String ONE_KEY = """
      package jobs;

      import java.util.Collections;
      import java.util.Iterator;

      final class Keys {
        static Iterator<String> first(Iterator<String> lines) {
          return Collections.singletonList(lines.hasNext() ? lines.next() : "").iterator();
        }
      }
      """;

  @Test
  void aFunctionsHelperInAFileWithoutSparkIsReadForTheFunctionsFanOut() throws IOException {
    SparkSources.write(project, "KeyJob.java", KEY_JOB);
    SparkSources.write(project, "Keys.java", ONE_KEY);
    String job = project.resolve("src/main/java/jobs/KeyJob.java").toString();

    CommandRun oneKey = CommandRun.of("--base-dir", project.toString(), job,
        project.resolve("src/main/java/jobs/Keys.java").toString());
    SparkSources.write(project, "Keys.java", ONE_KEY.replace(
        "Collections.singletonList(lines.hasNext() ? lines.next() : \"\").iterator()", "lines"));
    CommandRun every = CommandRun.of("--base-dir", project.toString(), job,
        project.resolve("src/main/java/jobs/Keys.java").toString());

    // one key per partition: the collect is driver-sized; every line of every partition is not
    assertThat(oneKey.out()).startsWith("sparklint: 0 findings in 1 file analyzed (1 without"
        + " Spark skipped)");
    assertThat(every.unwrapped()).startsWith(
        "src/main/java/jobs/KeyJob.java:8:75: warning: [SparkUnboundedCollect] ");
  }
}
