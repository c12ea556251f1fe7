package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Where a project method that collects is reported: at the calls that pass it unbounded rows
 * when what it collects depends on its arguments, at its own collect (and not again at every
 * call) when it collects unbounded rows whatever it is given.
 */
class CollectingHelperCallsTest {
  @Test
  void aHelperThatCollectsAWholeReadOfItsPathIsReportedOnceInItsBody() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Loads.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Loads {
              static List<String> readAll(JavaSparkContext jsc, String path) {
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                return jsc.textFile(path).collect();
              }

              static List<Row> withHistory(Dataset<Row> recent, SparkSession spark) {
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                return recent.union(spark.table("history")).collectAsList();
              }

              static List<Row> rowsOf(Dataset<Row> rows) {
                return rows.collectAsList();
              }
            }
            """)
        .addSource("LoadsTest.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class LoadsTest {
              void test(JavaSparkContext jsc, SparkSession spark, List<Row> fixture) {
                Loads.readAll(jsc, "/data/events.txt");
                Loads.readAll(jsc, "small.txt");
                Loads.withHistory(spark.table("events"), spark);
                Loads.withHistory(spark.createDataFrame(fixture, Row.class), spark);
                // BUG: Diagnostic contains: `rowsOf(...)` brings every row of its argument
                Loads.rowsOf(spark.table("events"));
                Loads.rowsOf(spark.table("events").limit(10));
                Loads.rowsOf(spark.createDataFrame(fixture, Row.class));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aMethodCalledOnANewObjectIsFollowedToWhatItCollects() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Matcher.java", """
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaRDD;
            import scala.Tuple2;

            class Matcher {
              JavaPairRDD<String, Integer> matches(JavaRDD<String> lines, JavaRDD<String> ids) {
                return blocks(lines, ids).filter(pair -> pair._2() != null);
              }

              private JavaPairRDD<String, Integer> blocks(JavaRDD<String> lines, JavaRDD<String> ids) {
                Map<String, Integer> known = ids.mapToPair(id -> new Tuple2<>(id, id.length()))
                    .collectAsMap();
                return lines.mapToPair(line -> new Tuple2<>(line, known.get(line)));
              }
            }
            """)
        .addSource("MatchJob.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class MatchJob {
              void run(JavaSparkContext jsc, List<String> fixture) {
                // BUG: Diagnostic contains: `matches(...)` brings every row of its argument
                new Matcher().matches(jsc.textFile("lines"), jsc.textFile("ids")).count();
                new Matcher().matches(jsc.textFile("lines"), jsc.parallelize(fixture)).count();
                new Matcher().matches(jsc.parallelize(fixture), jsc.parallelize(fixture)).count();
              }
            }
            """)
        .expectMatches();
  }
}
