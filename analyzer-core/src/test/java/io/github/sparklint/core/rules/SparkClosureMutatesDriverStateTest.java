package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkClosureMutatesDriverStateTest {
  private final RuleTester tester = RuleTester.forRule(new SparkClosureMutatesDriverState());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.Iterator;
        import java.util.List;
        import java.util.Map;
        import java.util.concurrent.ExecutorService;
        import java.util.concurrent.atomic.AtomicLong;
        import java.util.function.Consumer;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.util.LongAccumulator;

        class Negatives {
          private static final Map<String, Object> CACHE = new HashMap<>();

          static class Feed {
            void foreach(Consumer<String> c) {}
          }

          void driverSide(Dataset<Row> events, List<String> names, ExecutorService pool) {
            List<Row> seen = new ArrayList<>();
            AtomicLong batches = new AtomicLong();
            long[] total = {0};
            events.writeStream().foreachBatch((batch, id) -> {
              batches.incrementAndGet();
              seen.addAll(batch.limit(10).collectAsList());
            });
            names.forEach(n -> total[0]++);
            names.stream().forEach(seen::add);
            pool.submit(() -> batches.incrementAndGet());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> total[0] = 0));
            new Feed().foreach(s -> names.add(s));
          }

          void executorSideButFine(Dataset<Row> events, JavaRDD<String> lines, LongAccumulator acc) {
            // the accumulator is the fix
            events.foreach(r -> acc.add(1));
            // collections created per task are the task's own
            lines.mapPartitions((Iterator<String> it) -> {
              List<String> out = new ArrayList<>();
              long[] count = {0};
              while (it.hasNext()) {
                out.add(it.next().trim());
                count[0]++;
              }
              return out.iterator();
            });
            // reading captured state is fine
            List<String> allowed = List.of("a", "b");
            lines.filter(s -> allowed.contains(s));
            // a static per-executor cache is a deliberate pattern
            lines.map(s -> CACHE.computeIfAbsent(s, k -> k.length()));
            // list.add(x) in a comment is not code
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.atomic.AtomicLong;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.function.ForeachFunction;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Positives {
              private long total;
              private final Map<String, Integer> counts = new HashMap<>();

              void run(Dataset<Row> events, JavaRDD<String> lines) {
                long[] counter = {0};
                List<String> bad = new ArrayList<>();
                AtomicLong seen = new AtomicLong();
                // BUG: Diagnostic contains: `counter[0]++` changes driver-side `counter` inside the function passed to `foreach`
                lines.foreach(s -> counter[0]++);
                lines.foreach(s -> {
                  if (s.isEmpty()) {
                    // BUG: Diagnostic contains: `bad.add(...)`
                    bad.add(s);
                  }
                });
                // BUG: Diagnostic contains: longAccumulator
                events.foreach(r -> seen.incrementAndGet());
                // BUG: Diagnostic contains: `this.total += ...`
                lines.foreach(s -> this.total += s.length());
                events.foreach(new ForeachFunction<Row>() {
                  @Override
                  public void call(Row r) {
                    // BUG: Diagnostic contains: changes driver-side `counts`
                    counts.merge(r.getString(0), 1, Integer::sum);
                  }
                });
                // BUG: Diagnostic contains: `bad::add`
                lines.foreach(bad::add);
                events.writeStream().foreachBatch((batch, id) -> {
                  List<Row> rows = new ArrayList<>();
                  // BUG: Diagnostic contains: return the values from the Spark operation
                  batch.foreach(r -> rows.add(r));
                  // BUG: Diagnostic contains: `counter[0]++`
                  batch.foreach(r -> counter[0]++);
                });
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    tester.addSource("Negatives.java", """
        import java.util.ArrayList;
        import java.util.List;
        import java.util.concurrent.atomic.AtomicLong;
        import java.util.function.Consumer;
        import org.apache.spark.streaming.api.java.JavaDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class Negatives {
          static class Feed {
            void foreachRDD(Consumer<List<String>> c) {}
            Feed map(Consumer<String> c) { return this; }
          }

          void driverSide(JavaStreamingContext jssc, Feed feed) {
            JavaDStream<String> lines = jssc.textFileStream("/in");
            List<String> seen = new ArrayList<>();
            AtomicLong batches = new AtomicLong();
            long[] total = {0};
            lines.foreachRDD((rdd, time) -> {
              batches.incrementAndGet();
              total[0] += rdd.count();
              seen.addAll(rdd.take(10));
            });
            lines.transform(rdd -> {
              total[0]++;
              return rdd.filter(s -> !s.isEmpty());
            });
            feed.foreachRDD(batch -> seen.addAll(batch));
            feed.map(s -> seen.add(s));
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.ArrayList;
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.atomic.AtomicLong;
            import org.apache.spark.api.java.Optional;
            import org.apache.spark.streaming.StateSpec;
            import org.apache.spark.streaming.api.java.JavaPairDStream;
            import org.apache.spark.streaming.api.java.JavaStreamingContext;
            import scala.Tuple2;

            class Positives {
              void run(JavaStreamingContext jssc) {
                long[] counter = {0};
                List<String> bad = new ArrayList<>();
                Map<String, Integer> states = new HashMap<>();
                AtomicLong calls = new AtomicLong();
                JavaPairDStream<String, Integer> pairs = jssc.socketTextStream("localhost", 9999)
                    .flatMap(l -> List.of(l.split(" ")).iterator())
                    .mapToPair(w -> {
                      // BUG: Diagnostic contains: `counter[0]++` changes driver-side `counter` inside the function passed to `mapToPair`
                      counter[0]++;
                      return new Tuple2<>(w, 1);
                    });
                pairs.reduceByKey((a, b) -> {
                  // BUG: Diagnostic contains: `calls.incrementAndGet(...)`
                  calls.incrementAndGet();
                  return a + b;
                });
                pairs.updateStateByKey((List<Integer> values, Optional<Integer> state) -> {
                  // BUG: Diagnostic contains: `states.put(...)`
                  states.put("last", values.size());
                  return Optional.of(values.size());
                });
                pairs.mapWithState(StateSpec.function((String word, Optional<Integer> one,
                    org.apache.spark.streaming.State<Integer> state) -> {
                  // BUG: Diagnostic contains: inside the function passed to `function`
                  bad.add(word);
                  return word;
                }));
                pairs.foreachRDD(rdd -> {
                  List<String> rows = new ArrayList<>();
                  // BUG: Diagnostic contains: `rows.add(...)`
                  rdd.foreach(t -> rows.add(t._1()));
                  rdd.foreachPartition(it -> {
                    // BUG: Diagnostic contains: `bad.add(...)`
                    bad.add("partition");
                  });
                });
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anonymousClassStateAndFunctionVariables() {
    tester.addSource("Jobs.java", """
        import java.util.ArrayList;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.Function;
        import org.apache.spark.api.java.function.VoidFunction;

        class Jobs {
          private long total;

          void run(JavaRDD<String> lines) {
            lines.map(new Function<String, Integer>() {
              private int calls;

              @Override
              public Integer call(String s) {
                calls++;
                this.calls += 1;
                return s.length();
              }
            });
            lines.foreach(new VoidFunction<String>() {
              @Override
              public void call(String s) {
                // BUG: Diagnostic contains: `Jobs.this.total += ...`
                Jobs.this.total += s.length();
              }
            });
            List<String> kept = new ArrayList<>();
            // BUG: Diagnostic contains: `kept.add(...)` changes driver-side `kept` inside the function passed to `foreach`
            VoidFunction<String> keep = s -> kept.add(s);
            lines.foreach(keep);
          }
        }
        """)
        .expectMatches();
  }
}
