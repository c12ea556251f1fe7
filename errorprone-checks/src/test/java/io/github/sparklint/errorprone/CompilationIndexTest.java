package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/**
 * The Error Prone front analyzes the units of one javac compilation as one project, as the CLI and
 * the Maven goal do: a unit's findings see the methods the other units declare.
 */
class CompilationIndexTest {
  private static final String FIXTURES = """
      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      class Fixtures {
        static Dataset<Row> people(SparkSession spark, List<Row> rows) {
          return spark.createDataFrame(rows, Row.class);
        }

        static Dataset<Row> events(SparkSession spark) {
          return spark.read().parquet("/data/events");
        }
      }
      """;

  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkUnboundedCollect.class, getClass());

  @Test
  void helperInAnotherFileBuildingFromDriverDataIsSmall() {
    helper.addSourceLines("Fixtures.java", FIXTURES)
        .addSourceLines("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              List<Row> run(SparkSession spark, List<Row> rows) {
                return Fixtures.people(spark, rows).collectAsList();
              }
            }
            """)
        .doTest();
  }

  @Test
  void helperInAnotherFileReadingATableIsNamedInTheMessage() {
    helper.addSourceLines("Fixtures.java", FIXTURES)
        .addSourceLines("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              List<Row> run(SparkSession spark) {
                // BUG: Diagnostic contains: the rows come from `Fixtures.events()`
                return Fixtures.events(spark).collectAsList();
              }
            }
            """)
        .doTest();
  }

  @Test
  void templateMethodWhoseSubclassesAllCollectIsReportedAtTheBaseClassCall() {
    String subclass = """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class %s extends AbstractMaps<List<Row>> {
          @Override
          protected void addToMap(List<Row> map, Dataset<Row> rows) {
            map.addAll(rows.%s.collectAsList());
          }
        }
        """;
    helper.addSourceLines("AbstractMaps.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            abstract class AbstractMaps<T> {
              protected SparkSession spark;

              protected abstract void addToMap(T map, Dataset<Row> rows);

              T getMap(T map, String path) {
                // BUG: Diagnostic contains: brings every row of its argument
                addToMap(map, spark.read().parquet(path));
                return map;
              }
            }
            """)
        .addSourceLines("SortedMaps.java", subclass.formatted("SortedMaps", "sort(\"source\")"))
        .addSourceLines("PlainMaps.java", subclass.formatted("PlainMaps", "distinct()"))
        .doTest();
  }

  @Test
  void callPassingATableToACollectingMethodInAnotherFileIsReportedAtTheCall() {
    withRowsAndJob(helper).doTest();
  }

  @Test
  void underTheByFilePolicyEveryUnitIsIndexedToo() {
    withRowsAndJob(helper.setArgs("-XDcompilePolicy=byfile")).doTest();
  }

  private static CompilationTestHelper withRowsAndJob(CompilationTestHelper helper) {
    return helper.addSourceLines("Fixtures.java", FIXTURES)
        .addSourceLines("Rows.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Rows {
              static List<Row> of(Dataset<Row> ds) {
                return ds.collectAsList();
              }
            }
            """)
        .addSourceLines("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              List<Row> run(SparkSession spark) {
                // BUG: Diagnostic contains: in `Rows.of()` (Rows.java:7)
                return Rows.of(Fixtures.events(spark));
              }
            }
            """);
  }
}
