package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkExcessivePartitionsTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkExcessivePartitions.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Shuffles.java", """
        import static org.apache.spark.sql.functions.col;

        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Shuffles {
          static final int MANY = 1_000_000;

          static class Bucketer {
            Bucketer repartition(int n) {
              return this;
            }
          }

          void negatives(SparkSession spark, Dataset<Row> events, JavaRDD<String> lines,
              int fromConfig) {
            events.repartition(400, col("day"));
            events.coalesce(MANY);
            lines.coalesce(MANY);
            lines.repartition(fromConfig);
            new Bucketer().repartition(MANY);
            spark.conf().set("spark.sql.shuffle.partitions", "2000");
          }

          void positives(SparkSession spark, JavaSparkContext sc, Dataset<Row> events,
              List<Integer> ids) {
            // BUG: Diagnostic contains: [SparkExcessivePartitions]
            events.repartition(MANY);
            // BUG: Diagnostic contains: 2000000
            JavaRDD<Integer> rdd = sc.parallelize(ids, 2 * MANY);
            // BUG: Diagnostic contains: spark.sql.shuffle.partitions
            spark.conf().set("spark.sql.shuffle.partitions", "500000");
          }
        }
        """)
        .doTest();
  }

  @Test
  void limitIsAnOption() {
    helper.setArgs("-XepOpt:SparkExcessivePartitions:maxPartitions=1000")
        .addSourceLines("Small.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            class Small {
              void run(Dataset<Row> events) {
                events.repartition(1000);
                // BUG: Diagnostic contains: [SparkExcessivePartitions]
                events.repartition(1001);
              }
            }
            """)
        .doTest();
  }
}
