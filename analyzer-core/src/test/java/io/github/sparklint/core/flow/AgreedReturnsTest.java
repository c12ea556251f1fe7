package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A call of an interface method whose implementation a factory picks at run time returns the rows
 * every implementation agrees on: unbounded when each reads files or tables, quiet when one is a
 * test's fake of a few rows. Placeholders ({@code return null;}, a lone {@code throw}) and
 * overloads of the same name and arity that return no Dataset or RDD are no implementations.
 */
class AgreedReturnsTest {
  private static final String LOADER = """
      package traj;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.SparkSession;

      public interface Loader {
        JavaRDD<String> load(SparkSession spark, String location);

        static Loader of(String kind) {
          switch (kind) {
            case "file":
              return new FileLoader();
            case "hdfs":
              return new HdfsLoader();
            default:
              return new TableLoader();
          }
        }
      }
      """;

  private static final String FILE_LOADER = """
      package traj;

      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.SparkSession;

      public class FileLoader implements Loader {
        public List<String> load(String location, String splitter) {
          return null;
        }

        @Override
        public JavaRDD<String> load(SparkSession spark, String location) {
          return spark.sparkContext().textFile(location, 4).toJavaRDD().filter(s -> !s.isEmpty());
        }
      }
      """;

  private static final String HDFS_LOADER = """
      package traj;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.SparkSession;

      public class HdfsLoader implements Loader {
        @Override
        public JavaRDD<String> load(SparkSession spark, String location) {
          return spark.read().textFile(location).javaRDD();
        }
      }
      """;

  private static final String TABLE_LOADER = """
      package traj;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.SparkSession;

      public class TableLoader implements Loader {
        @Override
        public JavaRDD<String> load(SparkSession spark, String location) {
          return null;
        }
      }
      """;

  private static final String JOB = """
      package traj;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.SparkSession;

      class Job {
        void run(SparkSession spark, String kind, String location) {
          Loader loader = Loader.of(kind);
          JavaRDD<String> lines = loader.load(spark, location);
          %s
          lines.collect().forEach(System.out::println);
          lines.take(10).forEach(System.out::println);
        }
      }
      """;

  @Test
  void everyImplementationReadingFilesMakesTheInterfaceCallUnbounded() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("traj/Loader.java", LOADER)
        .addSource("traj/FileLoader.java", FILE_LOADER)
        .addSource("traj/HdfsLoader.java", HDFS_LOADER)
        .addSource("traj/TableLoader.java", TABLE_LOADER)
        .addSource("traj/Job.java", JOB.formatted(
            "// BUG: Diagnostic contains: copies every row of an unbounded RDD"))
        .expectMatches();
  }

  @Test
  void aTestFakeOfAFewRowsDisagreesWithTheReaders() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("traj/Loader.java", LOADER)
        .addSource("traj/FileLoader.java", FILE_LOADER)
        .addSource("traj/HdfsLoader.java", HDFS_LOADER)
        .addSource("traj/TableLoader.java", TABLE_LOADER.replace("return null;",
            "return new org.apache.spark.api.java.JavaSparkContext(spark.sparkContext())"
                + ".parallelize(java.util.List.of(\"a\", \"b\"));"))
        .addSource("traj/Job.java", JOB.formatted(""))
        .expectNoFindings();
  }

  @Test
  void implementationsThatAllBoundTheirRowsAgreeOnABound() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("traj/Loader.java", LOADER)
        .addSource("traj/FileLoader.java", FILE_LOADER.replace(".filter(s -> !s.isEmpty());",
            ".filter(s -> !s.isEmpty()).sample(false, 0.1);"))
        .addSource("traj/HdfsLoader.java", HDFS_LOADER.replace(".javaRDD();",
            ".limit(100).javaRDD();"))
        .addSource("traj/TableLoader.java", TABLE_LOADER)
        .addSource("traj/Job.java", JOB.formatted(""))
        .expectNoFindings();
  }

  @Test
  void implementationsReturningTheirParameterAgreeOnWhatTheCallerPasses() {
    String step = """
        package steps;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class %s implements Step {
          @Override
          public Dataset<Row> apply(Dataset<Row> rows) {
            return rows.%s;
          }
        }
        """;
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("steps/Step.java", """
            package steps;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            public interface Step {
              Dataset<Row> apply(Dataset<Row> rows);
            }
            """)
        .addSource("steps/Dedupe.java", step.formatted("Dedupe", "dropDuplicates()"))
        .addSource("steps/Clean.java", step.formatted("Clean", "na().drop()"))
        .addSource("steps/Pipeline.java", """
            package steps;

            import org.apache.spark.sql.SparkSession;

            class Pipeline {
              void run(SparkSession spark, Step step) {
                // BUG: Diagnostic contains: copies every row
                step.apply(spark.table("events")).collectAsList();
                step.apply(spark.table("events").limit(5)).collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
