package io.github.sparklint.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Spark jobs the language server tests open, edit and index. */
final class Jobs {
  /** Collects a whole table on line 10 ({@code collectAsList} at column 32). */
  static final String REPORT_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public final class ReportJob {
        static List<Row> all(org.apache.spark.sql.SparkSession spark) {
          Dataset<Row> big = spark.table("orders").filter("amount > 100");
          List<Row> rows = big.collectAsList();
          return rows;
        }
      }
      """;

  /** {@link #REPORT_JOB} bounded by {@code limit(10)}: no finding. */
  static final String BOUNDED_JOB = REPORT_JOB.replace("big.collectAsList()",
      "big.limit(10).collectAsList()");

  /** A helper another file calls: {@code recent} returns a bounded slice of a table. */
  static final String EVENT_LOADER = """
      package jobs;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class EventLoader {
        private EventLoader() {}

        public static Dataset<Row> recent(SparkSession spark) {
          return spark.read().parquet("/warehouse/events").limit(100);
        }
      }
      """;

  /** Collects {@link #EVENT_LOADER}'s bounded slice (line 9): no finding while it is bounded. */
  static final String NIGHTLY_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class NightlyJob {
        static List<Row> latest(SparkSession spark) {
          return EventLoader.recent(spark).collectAsList();
        }
      }
      """;

  /** Does not parse: an unclosed parameter list on line 5. */
  static final String BROKEN_JOB = """
      package jobs;

      import org.apache.spark.sql.Dataset;

      public final class BrokenJob { void run( { }
      """;

  private Jobs() {}

  /** Writes {@code source} to {@code root/src/main/java/jobs/<name>} and returns the file. */
  static Path write(Path root, String name, String source) throws IOException {
    Path dir = Files.createDirectories(root.resolve("src/main/java/jobs"));
    return Files.writeString(dir.resolve(name), source);
  }

  /** Where {@link #write} puts {@code name}, without writing it. */
  static Path path(Path root, String name) {
    return root.resolve("src/main/java/jobs").resolve(name);
  }
}
