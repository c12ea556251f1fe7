package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkNestedDistributedOperationTest {
  private final RuleTester tester = RuleTester.forRule(new SparkNestedDistributedOperation());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.Optional;
        import java.util.concurrent.CompletableFuture;
        import java.util.concurrent.ExecutorService;
        import java.util.function.Function;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class Pipeline {
            <R> Pipeline map(Function<String, R> f) { return this; }
          }

          void driverSide(SparkSession spark, Dataset<Row> events, Dataset<Row> users,
              List<String> tables, ExecutorService pool, Broadcast<List<String>> names) {
            // lambdas that run on the driver may use Spark freely
            tables.forEach(t -> spark.table(t).count());
            tables.stream().map(t -> spark.sql("SELECT * FROM " + t)).forEach(Dataset::cache);
            Optional.of(events).map(e -> e.count());
            pool.submit(() -> users.count());
            CompletableFuture.supplyAsync(() -> events.join(users, "id").count());
            events.writeStream().foreachBatch((batch, id) -> {
              batch.join(users, "id").write().parquet("/out/" + id);
              spark.sql("REFRESH TABLE t");
            });
            events.transform(df -> df.join(users, "id"));
            // a user class that looks like Spark is not Spark
            new Pipeline().map(s -> users.count());
            // executor code that touches no driver-only object
            events.javaRDD().map(r -> names.value().contains(r.getString(0)));
            events.filter("kind = 'x'").count();
            // rdd.map(x -> other.count()) in a comment is not code
          }

          @SuppressWarnings("SparkNestedDistributedOperation")
          void suppressed(JavaRDD<String> lines, JavaRDD<String> other) {
            lines.map(x -> other.count());
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.Iterator;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.VoidFunction;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Encoders;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              private SparkSession spark;

              void run(JavaRDD<String> lines, JavaRDD<String> other, Dataset<Row> events,
                  JavaSparkContext sc) {
                // BUG: Diagnostic contains: `other.count(...)` uses an RDD inside the function passed to `map`
                lines.map(x -> other.count());
                // BUG: Diagnostic contains: `other.count(...)`
                lines.filter(x -> other.count() > 0);
                events.foreach(r -> {
                  // BUG: Diagnostic contains: SparkSession
                  spark.sql("INSERT INTO audit VALUES ('" + r.getString(0) + "')");
                });
                lines.foreachPartition(new VoidFunction<Iterator<String>>() {
                  @Override
                  public void call(Iterator<String> it) {
                    // BUG: Diagnostic contains: SPARK-5063
                    sc.parallelize(java.util.List.of(1, 2)).count();
                  }
                });
                events.map(
                    (org.apache.spark.api.java.function.MapFunction<Row, Long>) r ->
                        // BUG: Diagnostic contains: join
                        events.filter("id = " + r.getLong(0)).count(),
                    Encoders.LONG());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.function.Consumer;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.streaming.api.java.JavaDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class Negatives {
          static class Feed { void foreachRDD(Consumer<List<String>> c) {} }

          void driverSide(JavaStreamingContext jssc, SparkSession spark, JavaPairRDD<String, String> users,
              Feed feed, JavaRDD<String> other) {
            JavaDStream<String> lines = jssc.socketTextStream("localhost", 9999);
            // foreachRDD and transform bodies run on the driver, once per batch
            lines.foreachRDD(rdd -> {
              spark.createDataFrame(rdd, String.class).write().parquet("/out");
              rdd.union(other).count();
            });
            lines.transformToPair(rdd -> rdd.mapToPair(s -> new scala.Tuple2<>(s, s)).join(users));
            lines.foreachRDD((rdd, time) -> jssc.sparkContext().parallelize(List.of(1)).count());
            feed.foreachRDD(rdd -> rdd.forEach(s -> other.count()));
          }
        }
        """)
        .addSource("Positives.java", """
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.streaming.api.java.JavaDStream;
            import org.apache.spark.streaming.api.java.JavaStreamingContext;

            class Positives {
              void run(JavaStreamingContext jssc, JavaRDD<String> blocked) {
                JavaDStream<String> lines = jssc.socketTextStream("localhost", 9999);
                // BUG: Diagnostic contains: `blocked.count(...)` uses an RDD inside the function passed to `filter`
                lines.filter(s -> blocked.count() > 0);
                // BUG: Diagnostic contains: uses a StreamingContext inside the function passed to `map`
                lines.map(s -> jssc.sparkContext().parallelize(java.util.List.of(s)).count());
                lines.foreachRDD(rdd -> rdd.foreach(s -> {
                  // BUG: Diagnostic contains: uses a DStream inside the function passed to `foreach`
                  lines.print();
                }));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anMllibDistributedMatrixIsDriverOnlyButItsLocalResultsAreNot() {
    tester.addSource("Scores.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.mllib.linalg.Matrix;
        import org.apache.spark.mllib.linalg.distributed.RowMatrix;

        class Scores {
          void run(JavaRDD<String> lines, RowMatrix features) {
            Matrix gramian = features.computeGramianMatrix();
            lines.map(line -> gramian.numRows() * line.length());
            // BUG: Diagnostic contains: uses a distributed matrix inside the function passed to `map`
            lines.map(line -> features.rows().count() * line.length());
          }
        }
        """)
        .expectMatches();
  }
}
