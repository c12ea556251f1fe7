package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Rows picked at constant indexes of {@code zipWithIndex()} ({@code t._2 == 50 || t._2 == 2},
 * {@code t._2 < 10}) are as few as those constants allow: no finding. A comparison with a
 * variable, a lower bound alone, a test of the element rather than the index, or an index that a
 * step rewrote ({@code mapValues}) bounds nothing.
 */
class IndexedRowsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void rowsAtConstantIndexesAreFew() {
    tester.addSource("Centers.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.Function;
        import scala.Tuple2;

        class Centers {
          List<String> run(JavaSparkContext sc, long start) {
            JavaRDD<String> points = sc.textFile("/data/points");
            JavaRDD<String> picked = points.zipWithIndex()
                .filter((Tuple2<String, Long> v) -> v._2 == 50 || v._2 == 2)
                .map(r -> r._1);
            picked.collect();
            points.zipWithIndex().cache().filter(v -> v._2() < 10).keys().collect();
            points.zipWithIndex().filter(v -> v._2 >= 5 && v._2 <= 9).collect();
            points.zipWithIndex().filter(new Function<Tuple2<String, Long>, Boolean>() {
              @Override
              public Boolean call(Tuple2<String, Long> v) {
                return v._2 == 3L;
              }
            }).collect();
            // BUG: Diagnostic contains: `collect()`
            points.zipWithIndex().filter(v -> v._2 == start).collect();
            // BUG: Diagnostic contains: `collect()`
            points.zipWithIndex().filter(v -> v._2 > 10).collect();
            // BUG: Diagnostic contains: `collect()`
            points.zipWithIndex().filter(v -> v._2 == 3 || v._1.isEmpty()).collect();
            // BUG: Diagnostic contains: `collect()`
            points.zipWithIndex().mapValues(i -> i % 10).filter(v -> v._2 == 3).collect();
            // BUG: Diagnostic contains: `collect()`
            points.zipWithIndex().filter(v -> v._2 != 3).collect();
            // BUG: Diagnostic contains: `collect()`
            return points.filter(p -> p.length() == 3).collect();
          }
        }
        """)
        .expectMatches();
  }
}
