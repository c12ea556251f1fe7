package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkStreamingUnboundedStateTest {
  private final RuleTester tester = RuleTester.forRule(new SparkStreamingUnboundedState());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import static org.apache.spark.sql.functions.*;

        import org.apache.spark.api.java.function.MapFunction;
        import org.apache.spark.api.java.function.MapGroupsWithStateFunction;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.streaming.GroupStateTimeout;

        class Negatives {
          static final String DELAY = "10 minutes";

          static class Table { Table groupBy(String c) { return this; } long count() { return 0; } }

          void run(SparkSession spark, Dataset<Row> unknown, Table table,
              MapGroupsWithStateFunction<String, Row, Long, String> fn, GroupStateTimeout configured) {
            Dataset<Row> batch = spark.read().parquet("/events");
            batch.groupBy("user").count();
            batch.dropDuplicates("id");
            batch.join(spark.read().table("users"), "user");
            unknown.groupBy("user").count();
            table.groupBy("user").count();

            Dataset<Row> events = spark.readStream().format("kafka").load();
            Dataset<Row> marked = events.withWatermark("ts", DELAY);
            marked.groupBy(window(col("ts"), "5 minutes"), col("user")).count();
            marked.dropDuplicates("id", "ts");
            events.withWatermark("ts", "1 hour").dropDuplicatesWithinWatermark("id");
            events.select("user", "ts").withWatermark("ts", "1 hour")
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .count();
            Dataset<Row> clicks = spark.readStream().table("clicks").withWatermark("ts", "2 hours");
            marked.join(clicks, expr("clicks.ts BETWEEN events.ts AND events.ts + interval 1 hour"));
            events.join(batch, "user");
            events.filter("x > 0").select("user").agg(count("*"));
            events.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING(),
                    GroupStateTimeout.ProcessingTimeTimeout());
            events.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING(), configured);
            batch.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING());
            // events.groupBy("user").count() is only a comment
            String text = "events.dropDuplicates()";
          }

          @SuppressWarnings("SparkStreamingUnboundedState")
          void suppressed(SparkSession spark) {
            spark.readStream().load().groupBy("k").count();
          }
        }
        """)
        .addSource("Positives.java", """
            import static org.apache.spark.sql.functions.*;
            import static org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout;

            import org.apache.spark.api.java.function.FlatMapGroupsWithStateFunction;
            import org.apache.spark.api.java.function.MapFunction;
            import org.apache.spark.api.java.function.MapGroupsWithStateFunction;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Encoders;
            import org.apache.spark.sql.KeyValueGroupedDataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.streaming.GroupStateTimeout;
            import org.apache.spark.sql.streaming.OutputMode;

            class Positives {
              private static final GroupStateTimeout NEVER = GroupStateTimeout.NoTimeout();
              void run(SparkSession spark, MapGroupsWithStateFunction<String, Row, Long, String> fn,
                  FlatMapGroupsWithStateFunction<String, Row, Long, String> flat) {
                Dataset<Row> events = spark.readStream().format("kafka").option("subscribe", "e").load();
                Dataset<Row> parsed = events.selectExpr("CAST(value AS STRING) AS json", "timestamp");
                // BUG: Diagnostic contains: streaming aggregation `groupBy(...).count(...)`
                parsed.groupBy("json").count();
                // BUG: Diagnostic contains: add withWatermark("eventTime", "10 minutes")
                parsed.groupBy(col("json")).agg(max("timestamp"));
                // BUG: Diagnostic contains: remembers every key
                parsed.dropDuplicates("json");
                Dataset<Row> users = spark.readStream().table("users");
                // BUG: Diagnostic contains: stream-stream `join(...)`
                parsed.withWatermark("timestamp", "1 hour").join(users, expr("a = b"));
                KeyValueGroupedDataset<String, Row> byKey =
                    events.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING());
                // BUG: Diagnostic contains: `reduceGroups(...)`
                byKey.reduceGroups((a, b) -> a);
                // BUG: Diagnostic contains: with no timeout argument
                byKey.mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING());
                GroupStateTimeout none = GroupStateTimeout.NoTimeout();
                // BUG: Diagnostic contains: `GroupStateTimeout.NoTimeout()`
                byKey.flatMapGroupsWithState(flat, OutputMode.Update(), Encoders.LONG(), Encoders.STRING(), none);
                // BUG: Diagnostic contains: `GroupStateTimeout.NoTimeout()`
                byKey.mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING(), NEVER);
                byKey
                    // BUG: Diagnostic contains: state.remove()
                    .mapGroupsWithState(fn, Encoders.LONG(), Encoders.STRING(), NoTimeout());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void followsReassignedLocals() {
    tester.addSource("Negatives.java", """
        import static org.apache.spark.sql.functions.*;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          void run(SparkSession spark) {
            Dataset<Row> events = spark.readStream().format("kafka").load();
            events = events.selectExpr("CAST(value AS STRING) AS v", "timestamp AS ts");
            events = events.withWatermark("ts", "10 minutes");
            events.groupBy(window(col("ts"), "5 minutes")).count();
          }
        }
        """)
        .addSource("Positives.java", """
            import static org.apache.spark.sql.functions.*;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              void run(SparkSession spark) {
                Dataset<Row> stream = spark.readStream().format("kafka").load();
                stream = stream.selectExpr("CAST(value AS STRING) AS day");
                Dataset<Row> history = spark.read().format("jdbc").load();
                Dataset<Row> all = history.union(stream);
                all = all.filter("day IS NOT NULL");
                // BUG: Diagnostic contains: streaming aggregation
                all.groupBy(col("day")).agg(count("*"));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamMapWithStateNeedsATimeoutOnItsStateSpec() {
    tester.addSource("Negatives.java", """
        import org.apache.spark.api.java.Optional;
        import org.apache.spark.api.java.function.Function3;
        import org.apache.spark.streaming.Durations;
        import org.apache.spark.streaming.State;
        import org.apache.spark.streaming.StateSpec;
        import org.apache.spark.streaming.api.java.JavaPairDStream;

        class Negatives {
          static class Store { Store mapWithState(Object spec) { return this; } }

          private static final StateSpec<String, Integer, Integer, String> SHARED =
              StateSpec.function(Negatives::count).timeout(Durations.minutes(60));

          static String count(String word, Optional<Integer> one, State<Integer> state) {
            return word;
          }

          void run(JavaPairDStream<String, Integer> pairs,
              StateSpec<String, Integer, Integer, String> configured,
              Function3<String, Optional<Integer>, State<Integer>, String> fn) {
            pairs.mapWithState(StateSpec.function(fn).timeout(Durations.minutes(30)));
            pairs.mapWithState(StateSpec.function(fn).numPartitions(8).timeout(Durations.minutes(5)));
            StateSpec<String, Integer, Integer, String> spec =
                StateSpec.function(fn).timeout(Durations.minutes(30));
            pairs.mapWithState(spec);
            StateSpec<String, Integer, Integer, String> later = StateSpec.function(fn);
            later.timeout(Durations.seconds(600));
            pairs.mapWithState(later);
            pairs.mapWithState(SHARED);
            pairs.mapWithState(configured);
            new Store().mapWithState(StateSpec.function(fn));
            pairs.updateStateByKey((values, state) -> Optional.absent());
          }
        }
        """)
        .addSource("Positives.java", """
            import static org.apache.spark.streaming.StateSpec.function;

            import org.apache.spark.api.java.Optional;
            import org.apache.spark.api.java.function.Function3;
            import org.apache.spark.streaming.State;
            import org.apache.spark.streaming.StateSpec;
            import org.apache.spark.streaming.api.java.JavaPairDStream;

            class Positives {
              void run(JavaPairDStream<String, Integer> pairs,
                  Function3<String, Optional<Integer>, State<Integer>, String> fn) {
                // BUG: Diagnostic contains: `mapWithState(...)` with a `StateSpec` that has no `timeout(...)`
                pairs.mapWithState(StateSpec.function(fn));
                StateSpec<String, Integer, Integer, String> spec = StateSpec.function(fn).numPartitions(8);
                // BUG: Diagnostic contains: Durations.minutes(30)
                pairs.mapWithState(spec).stateSnapshots().print();
                pairs.reduceByKey(Integer::sum)
                    // BUG: Diagnostic contains: keeps the state of every key
                    .mapWithState(function(fn));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void streamsReturnedByHelpersInOtherFiles() {
    tester.addSource("Sources.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Sources {
          private final SparkSession spark;

          Sources(SparkSession spark) {
            this.spark = spark;
          }

          Dataset<Row> clicks() {
            return spark.readStream().format("kafka").option("subscribe", "clicks").load();
          }

          Dataset<Row> parsed() {
            Dataset<Row> raw = clicks();
            return raw.selectExpr("CAST(value AS STRING) AS json", "timestamp");
          }

          Dataset<Row> marked() {
            return clicks().withWatermark("timestamp", "10 minutes");
          }

          Dataset<Row> history() {
            return spark.read().parquet("/warehouse/clicks");
          }

          Dataset<Row> either(boolean live) {
            return live ? clicks() : history();
          }
        }
        """)
        .addSource("Archive.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Archive {
              private SparkSession spark;

              Dataset<Row> clicks() {
                return spark.read().parquet("/archive/clicks");
              }
            }
            """)
        .addSource("Job.java", """
            import static org.apache.spark.sql.functions.*;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Job {
              void run(Sources sources, Archive archive) {
                // BUG: Diagnostic contains: streaming aggregation `groupBy(...).count(...)` has no `withWatermark(...)` upstream
                sources.clicks().groupBy("key").count();
                Dataset<Row> parsed = sources.parsed();
                // BUG: Diagnostic contains: `dropDuplicates(...)` on a stream with no `withWatermark(...)`
                parsed.dropDuplicates("json");
                // BUG: Diagnostic contains: streaming aggregation
                sources.either(true).groupBy("key").agg(max("timestamp"));
                sources.marked().groupBy(window(col("timestamp"), "5 minutes")).count();
                sources.history().groupBy("key").count();
                archive.clicks().groupBy("key").count();
                sources.clicks().withWatermark("timestamp", "1 hour").groupBy("key").count();
                // BUG: Diagnostic contains: stream-stream `join(...)`
                sources.marked().join(sources.clicks(), "key");
                sources.marked().join(sources.history(), "key");
              }
            }
            """)
        .expectMatches();
  }
}
