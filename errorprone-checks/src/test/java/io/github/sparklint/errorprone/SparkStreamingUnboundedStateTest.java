package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkStreamingUnboundedStateTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkStreamingUnboundedState.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Sessions.java", """
        import static org.apache.spark.sql.functions.col;
        import static org.apache.spark.sql.functions.expr;
        import static org.apache.spark.sql.functions.max;
        import static org.apache.spark.sql.functions.window;

        import org.apache.spark.api.java.function.FlatMapGroupsWithStateFunction;
        import org.apache.spark.api.java.function.MapFunction;
        import org.apache.spark.api.java.function.MapGroupsWithStateFunction;
        import org.apache.spark.api.java.function.ReduceFunction;
        import org.apache.spark.api.java.function.VoidFunction2;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.KeyValueGroupedDataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.streaming.GroupStateTimeout;
        import org.apache.spark.sql.streaming.OutputMode;

        class Sessions {
          static final String DELAY = "10 minutes";

          void negatives(SparkSession spark, MapGroupsWithStateFunction<String, Row, Long, String> fn) {
            Dataset<Row> batch = spark.read().parquet("/events");
            batch.groupBy("user").count();
            batch.dropDuplicates("id");
            Dataset<Row> clicks = spark.readStream().format("kafka").option("subscribe", "clicks")
                .load().selectExpr("CAST(key AS STRING) AS user", "timestamp");
            Dataset<Row> marked = clicks.withWatermark("timestamp", DELAY);
            marked.groupBy(window(col("timestamp"), "5 minutes"), col("user")).count();
            marked.dropDuplicatesWithinWatermark("user");
            clicks.join(batch, "user");
            clicks.writeStream().foreachBatch((VoidFunction2<Dataset<Row>, Long>) (micro, id) ->
                micro.dropDuplicates("user").groupBy("user").count().write().parquet("/out/" + id));
            clicks.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING(),
                    GroupStateTimeout.ProcessingTimeTimeout());
          }

          void positives(SparkSession spark, MapGroupsWithStateFunction<String, Row, Long, String> fn,
              FlatMapGroupsWithStateFunction<String, Row, Long, String> flat) throws Exception {
            Dataset<Row> orders = spark.readStream().format("kafka").option("subscribe", "orders")
                .load().selectExpr("CAST(key AS STRING) AS customer", "CAST(value AS DOUBLE) AS amount",
                    "timestamp");
            // BUG: Diagnostic contains: [SparkStreamingUnboundedState] streaming aggregation
            orders.groupBy(col("customer")).agg(max("amount"))
                .writeStream().outputMode("complete").format("console").start();
            // BUG: Diagnostic contains: remembers every key
            Dataset<Row> unique = orders.dropDuplicates("customer", "amount");
            Dataset<Row> payments = spark.readStream().table("payments");
            // BUG: Diagnostic contains: stream-stream `join(...)`
            orders.join(payments, expr("orders.customer = payments.customer"));
            KeyValueGroupedDataset<String, Row> perCustomer =
                orders.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
            // BUG: Diagnostic contains: `reduceGroups(...)`
            perCustomer.reduceGroups((ReduceFunction<Row>) (left, right) -> right);
            // BUG: Diagnostic contains: with no timeout argument
            perCustomer.mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING());
            GroupStateTimeout never = GroupStateTimeout.NoTimeout();
            // BUG: Diagnostic contains: `GroupStateTimeout.NoTimeout()`
            perCustomer.flatMapGroupsWithState(flat, OutputMode.Append(), Encoders.LONG(),
                Encoders.STRING(), never);
          }
        }
        """)
        .doTest();
  }

  @Test
  void dStreamMapWithStateNeedsATimeoutOnItsStateSpec() {
    helper.addSourceLines("RunningCounts.java", """
        import org.apache.spark.api.java.Optional;
        import org.apache.spark.api.java.function.Function3;
        import org.apache.spark.streaming.Durations;
        import org.apache.spark.streaming.State;
        import org.apache.spark.streaming.StateSpec;
        import org.apache.spark.streaming.api.java.JavaPairDStream;
        import scala.Tuple2;

        class RunningCounts {
          static final Function3<String, Optional<Integer>, State<Integer>, Tuple2<String, Integer>>
              COUNT = (word, one, state) -> {
                int sum = one.orElse(0) + (state.exists() ? state.get() : 0);
                state.update(sum);
                return new Tuple2<>(word, sum);
              };

          void run(JavaPairDStream<String, Integer> pairs) {
            pairs.mapWithState(StateSpec.function(COUNT).timeout(Durations.minutes(30)));
            StateSpec<String, Integer, Integer, Tuple2<String, Integer>> spec =
                StateSpec.function(COUNT);
            spec.timeout(Durations.minutes(10));
            pairs.mapWithState(spec);
            // BUG: Diagnostic contains: `mapWithState(...)` with a `StateSpec` that has no `timeout(...)`
            pairs.mapWithState(StateSpec.function(COUNT)).stateSnapshots().print();
            StateSpec<String, Integer, Integer, Tuple2<String, Integer>> partitioned =
                StateSpec.function(COUNT).numPartitions(16);
            // BUG: Diagnostic contains: state.remove()
            pairs.mapWithState(partitioned);
          }
        }
        """)
        .doTest();
  }

  @Test
  void streamReturnedByAHelperInAnotherUnit() {
    helper.addSourceLines("Sources.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Sources {
          static Dataset<Row> clicks(SparkSession spark) {
            return spark.readStream().format("rate").load();
          }

          static Dataset<Row> marked(SparkSession spark) {
            return clicks(spark).withWatermark("timestamp", "10 minutes");
          }

          static Dataset<Row> history(SparkSession spark) {
            return spark.read().parquet("/clicks");
          }
        }
        """)
        .addSourceLines("Counts.java", """
            import org.apache.spark.sql.SparkSession;

            class Counts {
              void run(SparkSession spark) {
                // BUG: Diagnostic contains: has no `withWatermark(...)` upstream
                Sources.clicks(spark).groupBy("value").count();
                Sources.marked(spark).groupBy("value").count();
                Sources.history(spark).groupBy("value").count();
              }
            }
            """)
        .doTest();
  }
}
