package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkExcessivePartitionsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkExcessivePartitions());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.stream.IntStream;
        import org.apache.spark.SparkConf;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class Shards { Shards repartition(int n) { return this; } }

          void run(SparkSession spark, JavaSparkContext sc, Dataset<Row> events,
              JavaRDD<String> lines, List<Integer> ids, int fromArgs) {
            events.repartition(2_000);
            events.repartition(fromArgs);
            events.repartition(events.col("day"));
            events.coalesce(1_000_000);
            lines.coalesce(500_000);
            lines.coalesce(500_000, false);
            sc.parallelize(ids);
            sc.parallelize(ids, 64);
            sc.textFile("/in", 100_000);
            spark.range(0, 10, 1, 8);
            spark.range(500_000);
            new Shards().repartition(5_000_000);
            IntStream.range(0, 1_000_000);
            spark.conf().set("spark.sql.shuffle.partitions", "2000");
            spark.conf().set("spark.sql.shuffle.partitions", fromArgs);
            new SparkConf().get("spark.default.parallelism", "500000");
            System.setProperty("app.partitions", "500000");
            // events.repartition(5_000_000);
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import org.apache.spark.SparkConf;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              private static final int PARTITIONS = 200_000;

              void run(SparkSession spark, JavaSparkContext sc, Dataset<Row> events,
                  JavaRDD<String> lines, List<Integer> ids) {
                // BUG: Diagnostic contains: `repartition(200000)` creates 200000 partitions, above the limit of 100000
                events.repartition(PARTITIONS).write().parquet("/out");
                // BUG: Diagnostic contains: `repartition(400000)`
                events.repartition(2 * PARTITIONS, events.col("day"));
                // BUG: Diagnostic contains: `repartitionByRange(1000000)`
                events.repartitionByRange(1_000_000, events.col("ts"));
                // BUG: Diagnostic contains: `coalesce(300000)`
                lines.coalesce(300_000, true);
                // BUG: Diagnostic contains: `repartition(150000)`
                lines.repartition(150_000);
                // BUG: Diagnostic contains: `parallelize(1000000)`
                sc.parallelize(ids, 1_000_000);
                // BUG: Diagnostic contains: `textFile(200000)`
                JavaRDD<String> raw = sc.textFile("/in", PARTITIONS);
                // BUG: Diagnostic contains: `range(500000)`
                spark.range(0, 1_000_000_000L, 1, 500_000);
                SparkConf conf = new SparkConf()
                    // BUG: Diagnostic contains: `spark.default.parallelism` is set to 250000, above the limit of 100000
                    .set("spark.default.parallelism", "250000");
                JavaSparkContext context = new JavaSparkContext(conf);
                // BUG: Diagnostic contains: Spark's default for spark.sql.shuffle.partitions is 200
                spark.conf().set("spark.sql.shuffle.partitions", PARTITIONS);
                // BUG: Diagnostic contains: `spark.sql.shuffle.partitions` is set to 500000
                spark.sql("SET spark.sql.shuffle.partitions = 500000");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void configFiles() {
    tester.addSource("spark-defaults.conf", """
        spark.sql.shuffle.partitions   4000
        # BUG: Diagnostic contains: `spark.default.parallelism` is set to 1000000
        spark.default.parallelism      1000000
        """)
        .addSource("cluster.properties", """
            # BUG: Diagnostic contains: `spark.sql.adaptive.coalescePartitions.initialPartitionNum`
            spark.sql.adaptive.coalescePartitions.initialPartitionNum = 400000
            """)
        .expectMatches();
  }

  @Test
  void limitIsAnOption() {
    tester.option("maxPartitions", "1000")
        .addSource("Strict.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            class Strict {
              void run(Dataset<Row> events) {
                events.repartition(1000);
                // BUG: Diagnostic contains: above the limit of 1000
                events.repartition(1001);
              }
            }
            """)
        .expectMatches();
  }
}
