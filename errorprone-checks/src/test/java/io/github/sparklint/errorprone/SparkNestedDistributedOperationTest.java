package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkNestedDistributedOperationTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkNestedDistributedOperation.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Auditor.java", """
        import java.util.Iterator;
        import java.util.List;
        import java.util.Optional;
        import java.util.concurrent.ExecutorService;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.ForeachFunction;
        import org.apache.spark.api.java.function.MapFunction;
        import org.apache.spark.api.java.function.VoidFunction;
        import org.apache.spark.api.java.function.VoidFunction2;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Auditor {
          void driverSide(SparkSession spark, Dataset<Row> events, Dataset<Row> users,
              List<String> tables, ExecutorService pool, Broadcast<List<String>> names) {
            tables.forEach(t -> spark.table(t).count());
            Optional.of(events).map(e -> e.count());
            pool.submit(() -> users.count());
            events.writeStream().foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) -> {
              batch.join(users, "id").write().parquet("/out/" + id);
              spark.sql("REFRESH TABLE audit");
            });
            events.transform(df -> df.join(users, "id"));
            events.javaRDD().map(r -> names.value().contains(r.getString(0)));
          }

          void executorSide(SparkSession spark, JavaSparkContext sc, JavaRDD<String> lines,
              JavaRDD<String> other, Dataset<Row> events) {
            // BUG: Diagnostic contains: [SparkNestedDistributedOperation] `other.count(...)` uses an RDD inside the function passed to `map`
            lines.map(x -> other.count());
            events.foreach((ForeachFunction<Row>) r ->
                // BUG: Diagnostic contains: SparkSession
                spark.sql("INSERT INTO audit VALUES ('" + r.getString(0) + "')"));
            lines.foreachPartition(new VoidFunction<Iterator<String>>() {
              @Override
              public void call(Iterator<String> it) {
                // BUG: Diagnostic contains: SPARK-5063
                sc.parallelize(List.of(1, 2)).count();
              }
            });
            events.map(
                (MapFunction<Row, Long>) r ->
                    // BUG: Diagnostic contains: join
                    events.filter("id = " + r.getLong(0)).count(),
                Encoders.LONG());
          }
        }
        """)
        .doTest();
  }
}
