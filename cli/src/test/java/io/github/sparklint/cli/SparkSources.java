package io.github.sparklint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small, realistic Spark jobs written into a temporary project for the command tests. */
final class SparkSources {
  /** Collects a whole table and takes a million rows: two warnings (lines 13 and 14). */
  static final String REPORT_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class ReportJob {
        public static void main(String[] args) {
          SparkSession spark = SparkSession.builder().appName("report").getOrCreate();
          Dataset<Row> orders = spark.read().parquet(args[0]);
          Dataset<Row> big = orders.filter("amount > 100");
          List<Row> all = big.collectAsList();
          Row[] sample = orders.take(1_000_000);
          System.out.println(all.size() + sample.length);
        }
      }
      """;

  /** Collects a whole RDD: one warning (line 10). */
  static final String WORD_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      public final class WordJob {
        static List<String> words(JavaSparkContext sc, String path) {
          JavaRDD<String> lines = sc.textFile(path);
          return lines.flatMap(l -> java.util.Arrays.asList(l.split(" ")).iterator()).collect();
        }
      }
      """;

  /** Bounded driver-side reads only: no finding. */
  static final String CLEAN_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public final class CleanJob {
        static List<Row> preview(Dataset<Row> orders) {
          orders.write().parquet("/tmp/out");
          return orders.limit(10).collectAsList();
        }
      }
      """;

  /**
   * A helper another file calls: {@code events} reads a whole table (its name on line 10), {@code
   * recent} a bounded slice of it.
   */
  static final String EVENT_LOADER = """
      package jobs;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class EventLoader {
        private EventLoader() {}

        public static Dataset<Row> events(SparkSession spark) {
          return spark.read().parquet("/warehouse/events");
        }

        public static Dataset<Row> recent(SparkSession spark) {
          return events(spark).orderBy("ts").limit(100);
        }
      }
      """;

  /**
   * Collects {@link #EVENT_LOADER}'s whole table (line 10: one warning whose rows come from
   * {@code EventLoader.events()}) and its bounded slice (line 11: nothing).
   */
  static final String NIGHTLY_JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class NightlyJob {
        public static void main(String[] args) {
          SparkSession spark = SparkSession.builder().appName("nightly").getOrCreate();
          List<Row> all = EventLoader.events(spark).collectAsList();
          List<Row> latest = EventLoader.recent(spark).collectAsList();
          System.out.println(all.size() + latest.size());
        }
      }
      """;

  /** Does not parse (line 5). */
  static final String BROKEN_JOB = """
      package jobs;

      import org.apache.spark.sql.Dataset;

      public final class BrokenJob { void run( { }
      """;

  private SparkSources() {}

  /** Writes {@code source} to {@code root/src/main/java/jobs/<name>} and returns the file. */
  static Path write(Path root, String name, String source) throws IOException {
    Path dir = Files.createDirectories(root.resolve("src/main/java/jobs"));
    return Files.writeString(dir.resolve(name), source);
  }
}
