package io.github.sparklint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkBroadcastLargeSourceTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkBroadcastLargeSource.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Joiner.java", """
        import static org.apache.spark.sql.functions.broadcast;
        import static org.apache.spark.sql.functions.col;

        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;
        import scala.Tuple2;

        class Joiner {
          static final String SMALL_JOIN = "SELECT /*+ BROADCAST(d) */ * FROM facts f "
              + "JOIN (SELECT id, name FROM dims WHERE active) d ON f.id = d.id";
          static final String DIMS = "warehouse.dims";

          void negatives(SparkSession spark, Dataset<Row> facts, JavaSparkContext sc,
              JavaPairRDD<String, Long> pairs) {
            Dataset<Row> dims = spark.read().parquet("/data/dims");
            facts.join(broadcast(dims.filter(col("active"))), "id");
            facts.join(broadcast(spark.table(DIMS).select("id", "name")), "id");
            facts.join(functions.broadcast(dims.groupBy("id").count()), "id");
            facts.join(broadcast(dims.limit(1000)), "id");
            facts.join(dims.where("active").hint("broadcast"), "id");
            facts.join(spark.table(DIMS).hint("merge"), "id");
            spark.sql(SMALL_JOIN);
            List<Tuple2<String, Long>> sample = pairs.take(100);
            sc.broadcast(sample);
            sc.broadcast(facts.limit(10).collectAsList());
          }

          void positives(SparkSession spark, Dataset<Row> facts, JavaSparkContext sc,
              JavaPairRDD<String, Long> pairs) {
            // BUG: Diagnostic contains: [SparkBroadcastLargeSource] `broadcast(...)` marks a whole table read (`table("warehouse.dims")`)
            facts.join(broadcast(spark.table(DIMS)), "id");
            facts.join(
                // BUG: Diagnostic contains: whole file read (`parquet("/data/d")`)
                spark.read().parquet("/data/d").hint("BROADCASTJOIN"), "id");
            // BUG: Diagnostic contains: up to 50000000 rows
            facts.join(broadcast(facts.limit(50_000_000)), "id");
            // BUG: Diagnostic contains: SQL hint `BROADCAST(dims)`
            spark.sql("SELECT /*+ BROADCAST(dims) */ * FROM facts JOIN dims USING (id)");
            // BUG: Diagnostic contains: unbounded `collectAsMap()`
            Broadcast<Map<String, Long>> lookup = sc.broadcast(pairs.collectAsMap());
          }
        }
        """)
        .doTest();
  }

  @Test
  void maxRowsOptionMovesTheLimit() {
    helper.setArgs("-XepOpt:SparkBroadcastLargeSource:maxRows=500")
        .addSourceLines("Limits.java", """
            import static org.apache.spark.sql.functions.broadcast;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Limits {
              void run(Dataset<Row> facts, Dataset<Row> dims) {
                facts.join(broadcast(dims.limit(500)), "id");
                // BUG: Diagnostic contains: up to 1000 rows
                facts.join(broadcast(dims.limit(1000)), "id");
              }
            }
            """)
        .doTest();
  }

  @Test
  void broadcastOfRowsAHelperInAnotherUnitCollected() {
    helper.addSourceLines("Lookups.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Lookups {
          static List<Row> all(SparkSession spark) {
            return spark.table("customers").collectAsList();
          }

          static List<Row> preview(SparkSession spark) {
            return spark.table("customers").limit(10).collectAsList();
          }
        }
        """)
        .addSourceLines("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark, JavaSparkContext jsc) {
                // BUG: Diagnostic contains: the rows come from `Lookups.all()`
                jsc.broadcast(Lookups.all(spark));
                List<Row> few = Lookups.preview(spark);
                jsc.broadcast(few);
              }
            }
            """)
        .doTest();
  }

  @Test
  void broadcastOfACollectedMapCopiedByAHelperInAnotherUnit() {
    helper.addSourceLines("Copies.java", """
        import java.util.HashMap;
        import java.util.Map;

        final class Copies {
          static <K, V> Map<K, V> toHashMap(Map<? extends K, ? extends V> map) {
            return new HashMap<>(map);
          }

          static <K, V> Map<K, V> fresh(Map<? extends K, ? extends V> map) {
            return new HashMap<>();
          }
        }
        """)
        .addSourceLines("Job.java", """
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, JavaPairRDD<String, Long> pairs) {
                Map<String, Long> probes = pairs.collectAsMap();
                // BUG: Diagnostic contains: `toHashMap(...)`, a copy of `probes`
                sc.broadcast(Copies.toHashMap(probes));
                sc.broadcast(Copies.fresh(probes));
              }
            }
            """)
        .doTest();
  }

  @Test
  void suggestedFixRemovesTheHints() {
    BugCheckerRefactoringTestHelper.newInstance(SparkBroadcastLargeSource.class, getClass())
        .addInputLines("Job.java", """
            import static org.apache.spark.sql.functions.broadcast;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.functions;

            class Job {
              long join(SparkSession spark, Dataset<Row> facts) {
                Dataset<Row> dims = spark.read().parquet("/dims");
                return facts.join(functions.broadcast(spark.table("dims")), "id")
                    .join(broadcast(dims), "id")
                    .join(dims.hint("broadcast"), "id")
                    .count();
              }
            }
            """)
        .addOutputLines("Job.java", """
            import static org.apache.spark.sql.functions.broadcast;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.functions;

            class Job {
              long join(SparkSession spark, Dataset<Row> facts) {
                Dataset<Row> dims = spark.read().parquet("/dims");
                return facts.join(spark.table("dims"), "id")
                    .join(dims, "id")
                    .join(dims, "id")
                    .count();
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }
}
