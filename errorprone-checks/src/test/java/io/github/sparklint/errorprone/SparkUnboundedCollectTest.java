package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkUnboundedCollectTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkUnboundedCollect.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("DailyReport.java", """
        import static org.apache.spark.sql.functions.count;
        import static org.apache.spark.sql.functions.lit;
        import static org.apache.spark.sql.functions.max;

        import java.util.List;
        import java.util.Map;
        import java.util.stream.Collectors;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class DailyReport {
          static class Basket {
            List<String> collect() {
              return List.of();
            }
          }

          List<Row> preview(Dataset<Row> events) {
            return events.orderBy("ts").limit(20).collectAsList();
          }

          Row totals(Dataset<Row> events) {
            return events.agg(max("ts"), count(lit(1))).collectAsList().get(0);
          }

          List<String> notSpark() {
            new Basket().collect();
            return Stream.of("a", "b").collect(Collectors.toList());
          }

          List<Row> everything(SparkSession spark) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collectAsList()` copies every row
            return events.collectAsList();
          }

          Object clicks(Dataset<Row> events) {
            // BUG: Diagnostic contains: write the result out
            return events.filter("kind = 'click'").collect();
          }

          Map<String, Long> lookup(JavaPairRDD<String, Long> pairs) {
            // BUG: Diagnostic contains: `collectAsMap()`
            return pairs.collectAsMap();
          }

          List<String> nonEmptyLines(JavaSparkContext sc) {
            JavaRDD<String> lines = sc.textFile("/logs");
            return lines.filter(l -> !l.isEmpty())
                // BUG: Diagnostic contains: unbounded RDD
                .collect();
          }
        }
        """)
        .doTest();
  }
}
