package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkCollectionAccumulatorTest {
  private final RuleTester tester = RuleTester.forRule(new SparkCollectionAccumulator());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.ArrayList;
        import java.util.List;
        import org.apache.spark.SparkContext;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.util.AccumulatorV2;
        import org.apache.spark.util.DoubleAccumulator;
        import org.apache.spark.util.LongAccumulator;

        class Negatives {
          static class Registry { List<String> collectionAccumulator() { return new ArrayList<>(); } }
          static class CollectionAccumulator<T> { }
          static class Base<A, B> { }
          static class Names extends Base<String, List<String>> { }

          static class MaxAccumulator extends AccumulatorV2<Long, Long> {
            private long max = Long.MIN_VALUE;
            @Override public boolean isZero() { return max == Long.MIN_VALUE; }
            @Override public AccumulatorV2<Long, Long> copy() { return new MaxAccumulator(); }
            @Override public void reset() { max = Long.MIN_VALUE; }
            @Override public void add(Long v) { max = Math.max(max, v); }
            @Override public void merge(AccumulatorV2<Long, Long> other) { add(other.value()); }
            @Override public Long value() { return max; }
          }

          void run(SparkSession spark, SparkContext sc, Registry registry) {
            LongAccumulator errors = spark.sparkContext().longAccumulator("errors");
            DoubleAccumulator total = sc.doubleAccumulator();
            LongAccumulator plain = new LongAccumulator();
            List<String> local = registry.collectionAccumulator();
            CollectionAccumulator<String> mine = new CollectionAccumulator<>();
            // sc.collectionAccumulator("bad") in a comment
            String text = "new org.apache.spark.util.CollectionAccumulator<>()";
          }

          @SuppressWarnings("SparkCollectionAccumulator")
          void suppressed(SparkContext sc) {
            sc.collectionAccumulator("ids");
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.Set;
            import org.apache.spark.SparkContext;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.util.AccumulatorV2;
            import org.apache.spark.util.CollectionAccumulator;

            class Positives {
              abstract static class KeyCounts
                  // BUG: Diagnostic contains: `KeyCounts` is an `AccumulatorV2` whose value type `Map<String, Long>`
                  extends AccumulatorV2<String, Map<String, Long>> {
              }

              // BUG: Diagnostic contains: `Tags` extends `CollectionAccumulator`
              static class Tags extends CollectionAccumulator<String> { }

              static final String NAME = "bad-ids";

              void run(SparkSession spark, SparkContext sc, JavaSparkContext jsc) {
                // BUG: Diagnostic contains: `collectionAccumulator()` creates an accumulator
                CollectionAccumulator<Long> ids = sc.collectionAccumulator();
                // BUG: Diagnostic contains: use sc.longAccumulator()/doubleAccumulator() for counts
                var names = spark.sparkContext().collectionAccumulator(NAME);
                // BUG: Diagnostic contains: driver holds every element ever added
                List<String> rows = jsc.sc().collectionAccumulator("rows").value();
                // BUG: Diagnostic contains: `new CollectionAccumulator()`
                CollectionAccumulator<String> manual = new CollectionAccumulator<>();
                sc.register(manual, "manual");
                // BUG: Diagnostic contains: an anonymous accumulator is an `AccumulatorV2` whose value type `Set<String>`
                AccumulatorV2<String, Set<String>> seen = new AccumulatorV2<String, Set<String>>() {
                  private final Set<String> values = new java.util.HashSet<>();
                  @Override public boolean isZero() { return values.isEmpty(); }
                  @Override public AccumulatorV2<String, Set<String>> copy() { return this; }
                  @Override public void reset() { values.clear(); }
                  @Override public void add(String v) { values.add(v); }
                  @Override public void merge(AccumulatorV2<String, Set<String>> o) { values.addAll(o.value()); }
                  @Override public Set<String> value() { return values; }
                };
              }
            }
            """)
        .expectMatches();
  }
}
