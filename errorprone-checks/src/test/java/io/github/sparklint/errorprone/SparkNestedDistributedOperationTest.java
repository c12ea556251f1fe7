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

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    helper.addSourceLines("StreamFilter.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.streaming.api.java.JavaDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class StreamFilter {
          void run(JavaStreamingContext jssc, SparkSession spark, JavaRDD<String> blocked) {
            JavaDStream<String> lines = jssc.socketTextStream("localhost", 9999);
            lines.foreachRDD(rdd -> {
              spark.createDataFrame(rdd, String.class).write().parquet("/out");
              rdd.subtract(blocked).count();
            });
            lines.transform(rdd -> rdd.subtract(blocked));
            // BUG: Diagnostic contains: `blocked.count(...)` uses an RDD inside the function passed to `filter`
            lines.filter(s -> blocked.count() > 0);
            // BUG: Diagnostic contains: uses a StreamingContext inside the function passed to `map`
            lines.map(s -> jssc.sparkContext().parallelize(Arrays.asList(s)).count());
            lines.foreachRDD(rdd -> rdd.foreach(s -> {
              // BUG: Diagnostic contains: uses a DStream
              lines.print();
            }));
          }
        }
        """)
        .doTest();
  }
}
