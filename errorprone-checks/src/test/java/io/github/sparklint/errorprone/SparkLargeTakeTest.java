package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkLargeTakeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkLargeTake.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Sampler.java", """
        import java.util.List;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Sampler {
          private static final int MILLION = 1_000_000;

          static class Queue {
            List<String> take(int n) {
              return List.of();
            }
          }

          void negatives(Dataset<Row> events, JavaRDD<String> lines, int userLimit) {
            events.show(50);
            List<Row> few = events.takeAsList(100);
            List<String> some = lines.take(userLimit);
            new Queue().take(5 * MILLION);
            Stream.of(1, 2, 3).limit(10L * MILLION).count();
            events.limit(5 * MILLION).write().parquet("/out");
          }

          void positives(Dataset<Row> events, JavaRDD<String> lines) {
            // BUG: Diagnostic contains: [SparkLargeTake] `takeAsList(1000000)` copies up to 1000000 rows
            List<Row> first = events.takeAsList(MILLION);
            // BUG: Diagnostic contains: `show(2147483647)`
            events.show(Integer.MAX_VALUE, false);
            // BUG: Diagnostic contains: above the limit of 100000
            List<String> top = lines.top(250_000);
            // BUG: Diagnostic contains: `collectAsList()` after `limit(2000000)`
            List<Row> rows = events.limit(2 * MILLION).collectAsList();
          }
        }
        """)
        .doTest();
  }

  @Test
  void maxRowsOptionLowersTheThreshold() {
    helper.setArgs("-XepOpt:SparkLargeTake:maxRows=10")
        .addSourceLines("Peek.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Peek {
              void peek(Dataset<Row> events) {
                List<Row> ten = events.takeAsList(10);
                // BUG: Diagnostic contains: `takeAsList(11)` copies up to 11 rows into driver memory, above the limit of 10
                List<Row> eleven = events.takeAsList(11);
                // BUG: Diagnostic contains: above the limit of 10
                events.show(20);
              }
            }
            """)
        .doTest();
  }

  @Test
  void suppressedByRuleIdOrSparklint() {
    helper.addSourceLines("Quiet.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Quiet {
          @SuppressWarnings("SparkLargeTake")
          List<Row> byRule(Dataset<Row> events) {
            return events.takeAsList(5_000_000);
          }

          @SuppressWarnings("sparklint")
          List<Row> byTool(Dataset<Row> events) {
            return events.takeAsList(5_000_000);
          }

          List<Row> byLocal(Dataset<Row> events) {
            @SuppressWarnings({"unchecked", "SparkLargeTake"})
            List<Row> rows = events.takeAsList(5_000_000);
            return rows;
          }

          List<Row> notSuppressed(Dataset<Row> events) {
            // BUG: Diagnostic contains: `takeAsList(5000000)`
            return events.takeAsList(5_000_000);
          }
        }
        """)
        .doTest();
  }
}
