package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkClosureMutatesDriverStateTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkClosureMutatesDriverState.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Counter.java", """
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.Iterator;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.atomic.AtomicLong;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.ForeachFunction;
        import org.apache.spark.api.java.function.ForeachPartitionFunction;
        import org.apache.spark.api.java.function.VoidFunction2;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.util.LongAccumulator;

        class Counter {
          private static final Map<String, Integer> CACHE = new HashMap<>();

          private long total;

          void negatives(Dataset<Row> events, JavaRDD<String> lines, List<String> names,
              LongAccumulator acc) {
            List<Row> seen = new ArrayList<>();
            AtomicLong batches = new AtomicLong();
            long[] count = {0};
            events.writeStream().foreachBatch((VoidFunction2<Dataset<Row>, Long>) (batch, id) -> {
              batches.incrementAndGet();
              seen.addAll(batch.limit(10).collectAsList());
            });
            names.forEach(n -> count[0]++);
            events.foreach((ForeachFunction<Row>) r -> acc.add(1));
            lines.mapPartitions((Iterator<String> it) -> {
              List<String> out = new ArrayList<>();
              while (it.hasNext()) {
                out.add(it.next().trim());
              }
              return out.iterator();
            });
            lines.map(s -> CACHE.computeIfAbsent(s, String::length));
          }

          void positives(Dataset<Row> events, JavaRDD<String> logs) {
            int[] errors = {0};
            Map<String, Integer> perHost = new HashMap<>();
            AtomicLong rowsSeen = new AtomicLong();
            logs.foreach(line -> {
              if (line.contains("ERROR")) {
                // BUG: Diagnostic contains: [SparkClosureMutatesDriverState] `errors[0]++` changes driver-side `errors` inside the function passed to `foreach`
                errors[0]++;
              }
            });
            // BUG: Diagnostic contains: changes driver-side `perHost`
            logs.foreach(line -> perHost.merge(line.split(" ")[0], 1, Integer::sum));
            events.foreachPartition((ForeachPartitionFunction<Row>) rows ->
                // BUG: Diagnostic contains: longAccumulator
                rows.forEachRemaining(r -> rowsSeen.incrementAndGet()));
            // BUG: Diagnostic contains: `this.total += ...`
            logs.foreach(line -> this.total += line.length());
            List<String> hosts = new ArrayList<>();
            // BUG: Diagnostic contains: `hosts::add`
            logs.foreach(hosts::add);
          }
        }
        """)
        .doTest();
  }

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    helper.addSourceLines("SessionTracker.java", """
        import java.util.*;
        import java.util.concurrent.atomic.AtomicLong;
        import org.apache.spark.api.java.Optional;
        import org.apache.spark.api.java.function.PairFunction;
        import org.apache.spark.streaming.*;
        import org.apache.spark.streaming.api.java.*;
        import scala.Tuple2;

        class SessionTracker {
          private long merged;

          void run(JavaStreamingContext jssc) {
            Map<String, Long> lastSeen = new HashMap<>();
            AtomicLong batches = new AtomicLong();
            JavaDStream<String> clicks = jssc.textFileStream("/clicks");
            JavaPairDStream<String, Long> byUser =
                clicks.mapToPair(new PairFunction<String, String, Long>() {
                  @Override
                  public Tuple2<String, Long> call(String user) {
                    // BUG: Diagnostic contains: `lastSeen.put(...)`
                    lastSeen.put(user, System.currentTimeMillis());
                    return new Tuple2<>(user, 1L);
                  }
                });
            byUser.foreachRDD((rdd, time) -> {
              batches.incrementAndGet();
              lastSeen.clear();
              // BUG: Diagnostic contains: inside the function passed to `foreachPartition`
              rdd.foreachPartition(it -> it.forEachRemaining(t -> lastSeen.put(t._1(), t._2())));
            });
            // BUG: Diagnostic contains: changes driver-side `merged`
            byUser.reduceByKeyAndWindow((a, b) -> a + b + merged++, Durations.minutes(10));
            byUser.mapWithState(StateSpec.function(
                (Time time, String user, Optional<Long> n, State<Long> state) -> {
                  // BUG: Diagnostic contains: `lastSeen.remove(...)`
                  lastSeen.remove(user);
                  return Optional.of(user);
                }).timeout(Durations.minutes(30)));
          }
        }
        """)
        .doTest();
  }
}
