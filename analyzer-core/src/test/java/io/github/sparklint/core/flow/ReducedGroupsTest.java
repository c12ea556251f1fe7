package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * After a grouping or {@code glom} each element holds a whole group or partition: collected as it
 * is, every input row reaches the driver; reduced to a small value per element ({@code
 * List::size}, {@code Iterables.size}, a counting loop) it leaves one row per partition, or per
 * key, which is few only when the keys are a few constants.
 */
class ReducedGroupsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void partitionsOrConstantGroupsReducedToASizeAreFew() {
    tester.addSource("Bins.java", """
        import com.google.common.collect.Iterables;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.Function;
        import scala.Tuple2;

        class Bins {
          void run(JavaSparkContext sc, int a, int b) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            List<Integer> sizes = lines.glom().map(List::size).collect();
            lines.repartition(8).glom().filter(p -> !p.isEmpty()).map(p -> p.size()).collect();
            lines.groupBy(l -> l.length() < a ? "short" : l.length() < b ? "medium" : "long")
                .mapValues(Iterables::size).collect();
            List<Integer> counts = lines.groupBy(new Function<String, String>() {
              @Override
              public String call(String line) {
                String key;
                if (line.length() < a) {
                  key = "1";
                } else if (line.length() < b) {
                  key = "2";
                } else {
                  key = "3";
                }
                return key;
              }
            }).map(new Function<Tuple2<String, Iterable<String>>, Integer>() {
              @Override
              public Integer call(Tuple2<String, Iterable<String>> group) {
                int n = 0;
                for (String line : group._2()) {
                  n++;
                }
                return n;
              }
            }).collect();
            JavaPairRDD<String, Iterable<Integer>> bySign = lines
                .mapToPair(l -> new Tuple2<>(switch (l.charAt(0)) {
                  case '-' -> "negative";
                  case '0' -> "zero";
                  default -> "positive";
                }, l.length()))
                .groupByKey();
            Map<String, Boolean> any = bySign.mapValues(v -> Iterables.isEmpty(v)).collectAsMap();
            bySign.mapToPair(kv -> new Tuple2<>(kv._1(), Iterables.size(kv._2()))).collect();
            lines.groupBy(l -> l.isEmpty() ? 0 : 1).countByKey();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void wholeGroupsOrGroupsKeyedPerRowStayReported() {
    tester.addSource("Groups.java", """
        import com.google.common.collect.Iterables;
        import com.google.common.collect.Lists;
        import java.util.List;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Groups {
          record Event(String id, String kind) {}

          void run(JavaSparkContext sc, JavaRDD<Event> events, int a) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            // BUG: Diagnostic contains: `collect()`
            lines.glom().collect();
            JavaPairRDD<String, Iterable<String>> twoBins =
                lines.groupBy(l -> l.length() < a ? "short" : "long");
            // BUG: Diagnostic contains: `collect()`
            twoBins.collect();
            // BUG: Diagnostic contains: `collectAsMap()`
            twoBins.mapValues(Lists::newArrayList).collectAsMap();
            // BUG: Diagnostic contains: `collect()`
            twoBins.flatMapValues(v -> v).mapValues(String::length).collect();
            // BUG: Diagnostic contains: `collect()`
            events.groupBy(e -> e.id()).mapValues(Iterables::size).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.groupBy(l -> l.isEmpty() ? "empty" : l.substring(0, 3)).mapValues(Iterables::size).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.glom().map(p -> p.get(0) + p).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.map(String::length).collect();
          }
        }
        """)
        .expectMatches();
  }
}
