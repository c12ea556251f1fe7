package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkCacheInLoopTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkCacheInLoop.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("PageRank.java", """
        import static org.apache.spark.sql.functions.avg;
        import static org.apache.spark.sql.functions.sum;

        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.storage.StorageLevel;

        class PageRank {
          static class Memo {
            Memo cache() {
              return this;
            }
          }

          void negatives(Dataset<Row> links, Dataset<Row> ranks, List<String> days,
              List<Dataset<Row>> parts, Memo memo) {
            for (int i = 0; i < 10; i++) {
              Dataset<Row> previous = ranks;
              ranks = ranks.join(links, "id").groupBy("dst").agg(sum("share").as("rank")).cache();
              ranks.count();
              previous.unpersist();
            }
            for (String day : days) {
              Dataset<Row> part = links.filter("day = '" + day + "'").cache();
              part.write().parquet("/out/" + day);
              part.unpersist();
            }
            for (Dataset<Row> p : parts) {
              p.cache();
            }
            for (String day : days) {
              memo = memo.cache();
              days.forEach(d -> links.filter("day = '" + d + "'").cache());
            }
          }

          void positives(SparkSession spark, Dataset<Row> points, Dataset<Row> centers,
              List<String> paths, JavaRDD<String> graph) {
            for (int step = 0; step < 20; step++) {
              // BUG: Diagnostic contains: [SparkCacheInLoop]
              centers = points.crossJoin(centers).groupBy("cluster").agg(avg("x").as("x")).cache();
              centers.count();
            }
            for (String path : paths) {
              // BUG: Diagnostic contains: loop-local `input`
              Dataset<Row> input = spark.read().json(path).persist(StorageLevel.MEMORY_ONLY());
              input.groupBy("kind").count().write().mode("append").parquet("/stats");
            }
            long changed = 1;
            while (changed > 0) {
              graph = graph.distinct();
              // BUG: Diagnostic contains: unpersist the previous iteration's dataset
              graph.persist(StorageLevel.MEMORY_AND_DISK());
              changed = graph.count();
            }
            for (String kind : List.of("click", "view")) {
              // BUG: Diagnostic contains: never be unpersisted
              points.where("kind = '" + kind + "'").cache().show();
            }
          }
        }
        """)
        .doTest();
  }
}
