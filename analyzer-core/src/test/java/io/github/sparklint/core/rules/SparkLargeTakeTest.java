package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkLargeTakeTest {
  private final RuleTester tester = RuleTester.forRule(new SparkLargeTake());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Negatives {
          static class Queue { List<String> take(int n) { return List.of(); } }

          void run(Dataset<Row> events, JavaRDD<String> lines, int userLimit) {
            events.show();
            events.show(50);
            events.take(100);
            events.head();
            events.limit(1000).collectAsList();
            lines.take(userLimit);
            lines.takeSample(false, 500);
            new Queue().take(5_000_000);
            Stream.of(1, 2, 3).limit(10_000_000).toList();
            events.limit(5_000_000).write().parquet("/out");
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Positives {
              private static final int MANY = 1_000_000;

              void run(Dataset<Row> events, JavaRDD<String> lines) {
                // BUG: Diagnostic contains: `take(1000000)` copies up to 1000000 rows
                Row[] first = events.take(MANY);
                // BUG: Diagnostic contains: `show(2147483647)`
                events.show(Integer.MAX_VALUE, false);
                // BUG: Diagnostic contains: `takeSample(2000000)`
                lines.takeSample(false, 2 * MANY);
                // BUG: Diagnostic contains: `collectAsList()` after `limit(5000000)`
                List<Row> rows = events.limit(5_000_000).collectAsList();
                Dataset<Row> big = events.limit(10 * MANY);
                // BUG: Diagnostic contains: after `limit(10000000)`
                big.collect();
                // BUG: Diagnostic contains: above the limit of 100000
                List<String> top = lines.top(250_000);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamBatchesReachTheDriverInForeachRdd() {
    tester.addSource("Negatives.java", """
        import org.apache.spark.streaming.api.java.JavaDStream;

        class Negatives {
          void run(JavaDStream<String> lines) {
            lines.print(1_000_000);
            lines.foreachRDD(rdd -> rdd.take(20));
            lines.map(s -> s.trim()).count().print();
          }
        }
        """)
        .addSource("Positives.java", """
            import org.apache.spark.streaming.api.java.JavaStreamingContext;

            class Positives {
              void run(JavaStreamingContext jssc) {
                jssc.socketTextStream("localhost", 9999).foreachRDD((rdd, time) -> {
                  // BUG: Diagnostic contains: `take(5000000)` copies up to 5000000 rows
                  rdd.take(5_000_000).forEach(System.out::println);
                });
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void thresholdIsAnOption() {
    tester.option("maxRows", "50")
        .addSource("Small.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            class Small {
              void run(Dataset<Row> events) {
                events.take(50);
                // BUG: Diagnostic contains: above the limit of 50
                events.take(51);
              }
            }
            """)
        .expectMatches();
  }
}
