package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkLargeClosureCaptureTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkLargeClosureCapture.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Enricher.java", """
        import java.io.IOException;
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.HashSet;
        import java.util.Iterator;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.api.java.function.Function;
        import org.apache.spark.api.java.function.MapFunction;
        import org.apache.spark.api.java.function.VoidFunction2;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;

        class Enricher {
          private static final Map<String, String> COUNTRIES = Map.of("fr", "France", "de", "Germany");

          private Set<String> blocked;

          void load(Path list) throws IOException {
            blocked = new HashSet<>(Files.readAllLines(list));
          }

          void negatives(JavaSparkContext sc, JavaRDD<String> lines, JavaPairRDD<String, Integer> pairs,
              Dataset<Row> events) {
            Map<String, Integer> lookup = pairs.collectAsMap();
            Broadcast<Map<String, Integer>> lookupBc = sc.broadcast(lookup);
            lines.map(s -> lookupBc.value().get(s));
            List<String> kinds = List.of("click", "view", "buy");
            lines.filter(s -> kinds.contains(s));
            lines.map(s -> COUNTRIES.get(s));
            List<Row> preview = events.limit(10).collectAsList();
            lines.filter(s -> preview.isEmpty());
            List<String> keys = new ArrayList<>(lookup.keySet());
            keys.forEach(k -> System.out.println(lookup.get(k)));
            events.writeStream().foreachBatch(
                (VoidFunction2<Dataset<Row>, Long>) (batch, id) -> System.out.println(lookup.size()));
            lines.mapPartitions((Iterator<String> it) -> {
              Set<String> local = new HashSet<>(Files.readAllLines(Path.of("/etc/hosts")));
              List<String> out = new ArrayList<>();
              it.forEachRemaining(s -> {
                if (local.contains(s)) {
                  out.add(s);
                }
              });
              return out.iterator();
            });
          }

          void positives(JavaRDD<String> lines, JavaPairRDD<String, Integer> pairs, Dataset<Row> users,
              Dataset<Row> events) {
            Map<String, Integer> lookup = pairs.collectAsMap();
            // BUG: Diagnostic contains: [SparkLargeClosureCapture] the function passed to `map` captures `lookup`, a driver-side collection filled from `collectAsMap()`
            lines.map(s -> lookup.get(s));
            // BUG: Diagnostic contains: `blocked`, a driver-side collection filled from a file read
            lines.filter(s -> !blocked.contains(s));
            Map<String, Double> rates = new HashMap<>();
            for (Row fx : users.collectAsList()) {
              rates.put(fx.getString(0), fx.getDouble(1));
            }
            // BUG: Diagnostic contains: `rates`, a driver-side collection filled from `collectAsList()`
            events.map((MapFunction<Row, Double>) r -> r.getDouble(1) * rates.get(r.getString(0)),
                Encoders.DOUBLE());
            ForeachFunction<Row> audit = r -> System.out.println(rates.size());
            // BUG: Diagnostic contains: the function passed to `foreach` captures `rates`
            events.foreach(audit);
            double[] weights = new double[1_000_000];
            // BUG: Diagnostic contains: an array of 1000000 elements
            lines.map(new Function<String, Double>() {
              @Override
              public Double call(String s) {
                return weights[s.length()];
              }
            });
          }
        }
        """)
        .doTest();
  }

  @Test
  void minElementsAndReportUnknownSizeOptions() {
    helper.setArgs(
            "-XepOpt:SparkLargeClosureCapture:minElements=3",
            "-XepOpt:SparkLargeClosureCapture:reportUnknownSize=true")
        .addSourceLines("Filters.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Filters {
              void run(JavaRDD<String> lines, List<String> allowed) {
                List<String> pair = List.of("a", "b");
                lines.filter(s -> pair.contains(s));
                List<String> kinds = List.of("a", "b", "c");
                // BUG: Diagnostic contains: a literal of 3 elements
                lines.filter(s -> kinds.contains(s));
                // BUG: Diagnostic contains: `allowed`, a driver-side collection of unknown size
                lines.filter(s -> allowed.contains(s));
              }
            }
            """)
        .doTest();
  }

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    helper.addSourceLines("BlocklistFilter.java", """
        import java.nio.file.Files;
        import java.nio.file.Paths;
        import java.util.*;
        import org.apache.spark.api.java.*;
        import org.apache.spark.api.java.Optional;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.streaming.api.java.*;
        import scala.Tuple2;

        class BlocklistFilter {
          void run(JavaStreamingContext jssc, JavaRDD<String> known) throws Exception {
            Set<String> blocked = new HashSet<>(Files.readAllLines(Paths.get("/etc/blocklist")));
            Set<String> users = new HashSet<>(known.collect());
            Broadcast<Set<String>> blockedBc = jssc.sparkContext().broadcast(blocked);
            JavaReceiverInputDStream<String> events = jssc.socketTextStream("localhost", 9999);
            events.transform(rdd ->
                blocked.isEmpty() ? rdd : rdd.filter(e -> !blockedBc.value().contains(e)));
            JavaPairDStream<String, Integer> perUser =
                // BUG: Diagnostic contains: `blocked`, a driver-side collection filled from a file read
                events.mapToPair(e -> new Tuple2<>(blocked.contains(e) ? "-" : e, 1));
            // BUG: Diagnostic contains: the function passed to `updateStateByKey` captures `users`
            perUser.updateStateByKey((List<Integer> counts, Optional<Integer> total) ->
                Optional.of(users.size() + counts.size()));
          }
        }
        """)
        .doTest();
  }
}
