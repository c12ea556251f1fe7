package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkCollectionAccumulatorTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkCollectionAccumulator.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Metrics.java", """
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.SparkContext;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.VoidFunction;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.util.AccumulatorV2;
        import org.apache.spark.util.CollectionAccumulator;
        import org.apache.spark.util.DoubleAccumulator;
        import org.apache.spark.util.LongAccumulator;

        class Metrics {
          static final String NAME = "bad-ids";

          static class Registry {
            List<String> collectionAccumulator() {
              return new ArrayList<>();
            }
          }

          /** A max over longs: its value does not grow with the data. */
          abstract static class MaxAccumulator extends AccumulatorV2<Long, Long> {
          }

          // BUG: Diagnostic contains: `KeyCounts` is an `AccumulatorV2` whose value type `Map<String, Long>`
          abstract static class KeyCounts extends AccumulatorV2<String, Map<String, Long>> {
          }

          // BUG: Diagnostic contains: `RejectedIds` extends `CollectionAccumulator`
          static class RejectedIds extends CollectionAccumulator<Long> {
          }

          void negatives(SparkSession spark, SparkContext sc, Registry registry, JavaRDD<String> lines) {
            LongAccumulator rejected = spark.sparkContext().longAccumulator("rejected");
            DoubleAccumulator bytes = sc.doubleAccumulator("bytes");
            lines.foreach((VoidFunction<String>) s -> bytes.add(s.length()));
            List<String> local = registry.collectionAccumulator();
          }

          void positives(SparkSession spark, SparkContext sc, JavaSparkContext jsc,
              JavaRDD<String> lines) {
            // BUG: Diagnostic contains: [SparkCollectionAccumulator] `collectionAccumulator()` creates an accumulator
            CollectionAccumulator<String> badLines = sc.collectionAccumulator();
            lines.foreach(s -> badLines.add(s));
            // BUG: Diagnostic contains: use sc.longAccumulator()/doubleAccumulator() for counts
            CollectionAccumulator<String> names = spark.sparkContext().collectionAccumulator(NAME);
            // BUG: Diagnostic contains: driver holds every element ever added
            List<String> rows = jsc.sc().<String>collectionAccumulator("rows").value();
            // BUG: Diagnostic contains: `new CollectionAccumulator()`
            CollectionAccumulator<Long> manual = new CollectionAccumulator<>();
            jsc.sc().register(manual, "manual");
          }
        }
        """)
        .doTest();
  }
}
