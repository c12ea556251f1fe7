package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * SQL text that reads only temporary views its file registers has the rows of the registered
 * Datasets: small over driver data or a small range, a whole table over a table read. A query that
 * also reads a real table, a view registered from a parameter in another method, a name also
 * registered from a table read, or tables listed with commas keeps the bound of its text alone.
 */
class TempViewsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void viewsOfDriverDataOrSmallRangesAreSmall() {
    tester.addSource("People.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class People {
          private SparkSession spark;

          void setUp(JavaSparkContext sc) {
            JavaRDD<String> json = sc.parallelize(List.of("{\\"name\\":\\"Yin\\"}"));
            spark.read().json(json).createOrReplaceTempView("people");
          }

          void run() {
            Dataset<Row> names = spark.sql("SELECT name FROM people WHERE name <> ''");
            names.collectAsList();
            spark.range(0, 100).createOrReplaceTempView("a");
            spark.range(0, 50).toDF("id").createTempView("b");
            spark.sql("SELECT * FROM a JOIN b ON a.id = b.id").collectAsList();
            spark.range(10).createGlobalTempView("g");
            spark.sql("SELECT id FROM `global_temp`.g").collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void viewsOfTablesOrQueriesBeyondTheFileViewsStayUnbounded() {
    tester.addSource("Events.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Events {
          void register(SparkSession spark, Dataset<Row> given) {
            given.createOrReplaceTempView("given");
            spark.range(5).createOrReplaceTempView("twice");
          }

          void run(SparkSession spark, List<Row> rows) {
            spark.read().parquet("/data/events").createOrReplaceTempView("events");
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM events WHERE level = 'ERROR'").collectAsList();
            spark.createDataFrame(rows, Row.class).createOrReplaceTempView("small");
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM small s JOIN warehouse.orders o ON s.id = o.id").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM small, big").collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM given").collectAsList();
            spark.table("logs").createOrReplaceTempView("twice");
            // BUG: Diagnostic contains: `collectAsList()`
            spark.sql("SELECT * FROM twice").collectAsList();
            spark.sql("SELECT count(*) FROM events").collectAsList();
            spark.sql("SELECT * FROM small").collectAsList();
            Dataset<Row> looped = spark.sql("SELECT * FROM looped");
            looped.createOrReplaceTempView("looped");
            looped.collectAsList();
          }
        }
        """)
        .expectMatches();
  }
}
