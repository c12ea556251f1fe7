package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --confidence} and {@code confidence:} in {@code sparklint.yaml}: a collect of a parameter
 * that no analyzed call fills is counted but not shown at the default threshold, shown (and marked)
 * at {@code low}, and the flag wins over the file.
 */
class ConfidenceOptionTest {
  /** Line 9 collects a parameter nothing in sight fills; nothing else is risky. */
  private static final String LIBRARY = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public final class Rows {
        public static List<Row> of(Dataset<Row> frame) {
          return frame.collectAsList();
        }
      }
      """;

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "Rows.java", LIBRARY);
  }

  private CommandRun run(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "--base-dir";
    args[1] = project.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    args[args.length - 1] = project.resolve("src").toString();
    return CommandRun.of(args);
  }

  @Test
  void byDefaultTheLowConfidenceFindingIsCountedNotShownAndDoesNotFail() {
    CommandRun run = run();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("sparklint: 0 findings in 1 file analyzed")
        .contains("1 more below the confidence threshold not shown");
  }

  @Test
  void atLowItIsShownMarkedAndFailsTheRun() {
    CommandRun run = run("--confidence", "low");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.unwrapped().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("src/main/java/jobs/Rows.java:9:")
        .contains("[SparkUnboundedCollect] (low confidence) `collectAsList()`"));
    JsonObject json = JsonParser.parseString(run("--confidence", "low", "--format", "json").out())
        .getAsJsonObject();
    assertThat(json.getAsJsonArray("findings").get(0).getAsJsonObject().get("confidence")
        .getAsString()).isEqualTo("low");
  }

  /** Line 14 collects a field its object is given, in a method nothing in sight calls. */
  private static final String PAGES = """
      package jobs;

      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;

      public final class Pages {
        private final JavaRDD<String> pages;

        public Pages(JavaRDD<String> pages) {
          this.pages = pages;
        }

        public List<String> collectPages() {
          return pages.collect();
        }

        static Pages read(org.apache.spark.api.java.JavaSparkContext sc) {
          return new Pages(sc.textFile("/data/pages"));
        }
      }
      """;

  @Test
  void aMediumConfidenceFindingIsShownMarkedByDefaultAndNotAtHigh() throws IOException {
    SparkSources.write(project, "Pages.java", PAGES);

    CommandRun run = run();
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.unwrapped().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
        .startsWith("src/main/java/jobs/Pages.java:14:")
        .contains("[SparkUnboundedCollect] (medium confidence) `collect()`")
        .contains("no call in the analyzed sources reaches `collectPages()`"));
    CommandRun high = run("--confidence", "high");
    assertThat(high.exitCode()).isZero();
    assertThat(high.out()).startsWith("sparklint: 0 findings in 2 files analyzed")
        .contains("2 more below the confidence threshold not shown");
  }

  @Test
  void theFlagWinsOverTheFileAndABadValueNamesTheFlag() throws IOException {
    Files.writeString(project.resolve("sparklint.yaml"), "confidence: low\n");

    assertThat(run().exitCode()).as("the file's low shows it").isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run("--confidence", "medium").exitCode()).as("the flag wins").isZero();
    CommandRun bad = run("--confidence", "certain");
    assertThat(bad.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(bad.err()).contains("--confidence: confidence 'certain' is not one of high, medium, low");
  }
}
