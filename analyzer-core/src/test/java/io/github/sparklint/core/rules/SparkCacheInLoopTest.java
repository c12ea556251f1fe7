package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkCacheInLoopTest {
  private final RuleTester tester = RuleTester.forRule(new SparkCacheInLoop());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.storage.StorageLevel;

        class Negatives {
          static class Memo { Memo cache() { return this; } }

          void run(SparkSession spark, Dataset<Row> edges, Dataset<Row> ranks, List<String> days,
              List<Dataset<Row>> parts, JavaRDD<String> lines, Memo memo) {
            Dataset<Row> cached = ranks.cache();
            for (int i = 0; i < 10; i++) {
              Dataset<Row> prev = ranks;
              ranks = ranks.join(edges, "id").groupBy("id").count().cache();
              ranks.count();
              prev.unpersist();
            }
            Dataset<Row> last = null;
            int n = 0;
            while (n++ < 5) {
              if (last != null) {
                last.unpersist();
              }
              ranks = ranks.filter("x > 0").persist(StorageLevel.MEMORY_AND_DISK());
              last = ranks;
            }
            for (String day : days) {
              Dataset<Row> part = edges.filter("day = '" + day + "'").cache();
              part.write().parquet("/out/" + day);
              part.unpersist();
            }
            for (Dataset<Row> p : parts) {
              p.cache();
            }
            List<Dataset<Row>> kept = new java.util.ArrayList<>();
            for (String day : days) {
              Dataset<Row> daily = edges.filter("day = '" + day + "'").cache();
              kept.add(daily);
            }
            kept.forEach(Dataset::unpersist);
            for (String day : days) {
              edges.cache();
              lines.cache().count();
              memo = memo.cache();
            }
            do {
              ranks = ranks.cache();
              spark.catalog().clearCache();
            } while (ranks.count() > 10);
            for (String day : days) {
              // ranks = ranks.cache(); is a comment
              String code = "ranks = ranks.cache();";
              days.forEach(d -> edges.filter("d = " + d).cache());
            }
          }

          @SuppressWarnings("SparkCacheInLoop")
          void suppressed(Dataset<Row> ranks, Dataset<Row> edges) {
            for (int i = 0; i < 3; i++) {
              ranks = ranks.join(edges, "id").cache();
            }
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.storage.StorageLevel;

            class Positives {
              private Dataset<Row> state;

              void run(Dataset<Row> edges, Dataset<Row> ranks, List<String> days, JavaRDD<String> lines) {
                for (int i = 0; i < 10; i++) {
                  // BUG: Diagnostic contains: previous iteration's dataset is never `unpersist()`ed
                  ranks = ranks.join(edges, "id").cache();
                  ranks.count();
                }
                for (String day : days) {
                  // BUG: Diagnostic contains: loop-local `part`
                  Dataset<Row> part = edges.filter("day = '" + day + "'").persist(StorageLevel.DISK_ONLY());
                  part.write().parquet("/out/" + day);
                }
                int i = 0;
                while (i++ < 3) {
                  // BUG: Diagnostic contains: never be unpersisted
                  edges.filter("w = " + i).cache().count();
                }
                do {
                  lines = lines.map(String::trim);
                  // BUG: Diagnostic contains: unpersist the previous iteration's dataset
                  lines.cache();
                } while (lines.count() > 0);
                for (String day : days) {
                  ranks.unpersist();
                  // BUG: Diagnostic contains: replaces `state`
                  this.state = this.state.union(edges).cache();
                }
              }
            }
            """)
        .expectMatches();
  }
}
