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
    helper.addSourceLines("StreamStats.java", """
        import java.util.ArrayList;
        import java.util.Arrays;
        import java.util.List;
        import java.util.concurrent.atomic.AtomicLong;
        import org.apache.spark.api.java.Optional;
        import org.apache.spark.api.java.function.Function3;
        import org.apache.spark.streaming.Durations;
        import org.apache.spark.streaming.State;
        import org.apache.spark.streaming.StateSpec;
        import org.apache.spark.streaming.api.java.JavaPairDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;
        import scala.Tuple2;

        class StreamStats {
          void run(JavaStreamingContext jssc) {
            long[] words = {0};
            List<String> seen = new ArrayList<>();
            AtomicLong batches = new AtomicLong();
            JavaPairDStream<String, Integer> pairs = jssc.socketTextStream("localhost", 9999)
                .flatMap(l -> Arrays.asList(l.split(" ")).iterator())
                .mapToPair(w -> {
                  // BUG: Diagnostic contains: `words[0]++` changes driver-side `words` inside the function passed to `mapToPair`
                  words[0]++;
                  return new Tuple2<>(w, 1);
                });
            pairs.foreachRDD((rdd, time) -> {
              batches.incrementAndGet();
              seen.addAll(rdd.keys().take(10));
              // BUG: Diagnostic contains: `seen.add(...)`
              rdd.foreach(t -> seen.add(t._1()));
            });
            Function3<String, Optional<Integer>, State<Integer>, String> track =
                (word, one, state) -> {
                  // BUG: Diagnostic contains: inside the function passed to `function`
                  seen.add(word);
                  return word;
                };
            pairs.mapWithState(StateSpec.function(track).timeout(Durations.minutes(30)));
            pairs.updateStateByKey((List<Integer> values, Optional<Integer> state) -> {
              // BUG: Diagnostic contains: `batches.incrementAndGet(...)`
              batches.incrementAndGet();
              return Optional.of(values.size() + state.orElse(0));
            });
          }
        }
        """)
        .doTest();
  }
}
