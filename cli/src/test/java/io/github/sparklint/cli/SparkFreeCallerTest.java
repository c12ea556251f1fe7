package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command on a class that never mentions Spark but calls a project helper that runs the query
 * it is given and collects its rows: the class is analyzed and its whole-table query reported,
 * also from the results cache, and no longer once the helper bounds what it collects.
 */
class SparkFreeCallerTest {
  private static final String QUERIES = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class Queries {
        private Queries() {}

        public static List<Row> rowsOf(SparkSession spark, String query) {
          return spark.sql(query).collectAsList();
        }
      }
      """;
  /** Gets its session from elsewhere: never names a Spark type. */
  private static final String REPORT = """
      package jobs;

      class DailyReport {
        int lines(Context context) {
          int all = Queries.rowsOf(context.spark(), "SELECT * FROM events").size();
          return all + Queries.rowsOf(context.spark(), "SELECT count(*) FROM events").size();
        }
      }
      """;

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "Queries.java", QUERIES);
    SparkSources.write(project, "DailyReport.java", REPORT);
    SparkSources.write(project, "Plain.java", "package jobs;\nclass Plain {}\n");
  }

  @Test
  void aSparkFreeCallerOfACollectingHelperIsReportedAlsoFromTheCache() throws IOException {
    CommandRun first = run();
    CommandRun cached = run();

    assertThat(first.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(first.unwrapped().lines().filter(line -> !line.startsWith(" "))).hasSize(2);
    assertThat(first.unwrapped()).startsWith("src/main/java/jobs/DailyReport.java:5:23: warning:"
        + " [SparkUnboundedCollect] `rowsOf(...)` brings every row of the query it is given")
        .contains("sparklint: 1 finding in 2 files analyzed (1 without Spark skipped)");
    assertThat(cached.out()).isEqualTo(first.out());

    SparkSources.write(project, "Queries.java",
        QUERIES.replace(".collectAsList()", ".limit(10).collectAsList()"));
    CommandRun changed = run();
    assertThat(changed.exitCode()).isZero();
    assertThat(changed.out()).startsWith("sparklint: 0 findings in 1 file analyzed"
        + " (2 without Spark skipped)");
  }

  private CommandRun run() {
    return CommandRun.of("--base-dir", project.toString(), "--cache",
        project.resolve("cache").toString(), project.resolve("src").toString());
  }
}
