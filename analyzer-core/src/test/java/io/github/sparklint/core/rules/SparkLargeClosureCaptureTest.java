package io.github.sparklint.core.rules;

import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkLargeClosureCaptureTest {
  private final RuleTester tester = RuleTester.forRule(new SparkLargeClosureCapture());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.nio.file.Files;
        import java.nio.file.Path;
        import java.util.ArrayList;
        import java.util.HashSet;
        import java.util.Iterator;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import java.util.function.Function;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Negatives {
          private static final Map<String, Integer> STATIC_TABLE = Map.of("a", 1);

          static class Table {
            <R> Table map(Function<String, R> f) { return this; }
          }

          void run(JavaSparkContext sc, JavaRDD<String> lines, JavaPairRDD<String, Integer> pairs,
              Dataset<Row> events, Path path) throws Exception {
            Map<String, Integer> lookup = pairs.collectAsMap();
            // the broadcast is the fix
            Broadcast<Map<String, Integer>> lookupBc = sc.broadcast(lookup);
            lines.map(s -> lookupBc.value().get(s));
            // a three-element constant is not large
            List<String> kinds = List.of("a", "b", "c");
            lines.filter(s -> kinds.contains(s));
            // a bounded collect is small
            List<Row> preview = events.limit(10).collectAsList();
            lines.filter(s -> preview.isEmpty());
            // driver-side lambdas may use the big map
            List<String> keys = new ArrayList<>(lookup.keySet());
            keys.forEach(k -> System.out.println(lookup.get(k)));
            keys.stream().map(lookup::get).forEach(System.out::println);
            events.writeStream().foreachBatch((batch, id) -> lookup.size());
            // a user class with a map(Function) method is not Spark
            new Table().map(s -> lookup.get(s));
            // collections built per task inside the closure are the task's own
            lines.mapPartitions((Iterator<String> it) -> {
              Set<String> local = new HashSet<>(Files.readAllLines(Path.of("/etc/hosts")));
              List<String> out = new ArrayList<>();
              it.forEachRemaining(s -> { if (local.contains(s)) out.add(s); });
              return out.iterator();
            });
            // static fields are not serialized with the closure
            lines.map(s -> STATIC_TABLE.get(s));
            // parameters of unknown size are not reported by default
            report(lines, keys);
            // lines.map(s -> lookup.get(s)) in a comment is not code
          }

          void report(JavaRDD<String> lines, List<String> keys) {
            lines.filter(s -> keys.contains(s));
          }

          @SuppressWarnings("SparkLargeClosureCapture")
          void suppressed(JavaRDD<String> lines, JavaPairRDD<String, Integer> pairs) {
            Map<String, Integer> lookup = pairs.collectAsMap();
            lines.map(s -> lookup.get(s));
          }
        }
        """)
        .addSource("Positives.java", """
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.util.HashMap;
            import java.util.HashSet;
            import java.util.List;
            import java.util.Map;
            import java.util.Set;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.function.Function;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Encoders;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.api.java.UDF1;
            import org.apache.spark.sql.types.DataTypes;

            class Positives {
              private Set<String> blocked;

              void load(Path p) throws Exception {
                blocked = new HashSet<>(Files.readAllLines(p));
              }

              void run(SparkSession spark, JavaRDD<String> lines, JavaPairRDD<String, Integer> pairs,
                  Dataset<Row> users, Dataset<Row> events) {
                Map<String, Integer> lookup = pairs.collectAsMap();
                // BUG: Diagnostic contains: the function passed to `map` captures `lookup`, a driver-side collection filled from `collectAsMap()`
                lines.map(s -> lookup.get(s));
                // BUG: Diagnostic contains: `blocked`, a driver-side collection filled from a file read `Files.readAllLines(...)`
                lines.filter(s -> !blocked.contains(s));
                List<Row> all = users.collectAsList();
                Map<String, String> names = new HashMap<>();
                for (Row r : all) {
                  names.put(r.getString(0), r.getString(1));
                }
                // BUG: Diagnostic contains: `names`, a driver-side collection filled from `all`, itself filled from `collectAsList()`
                events.map(r -> names.get(r.getString(0)), Encoders.STRING());
                double[] weights = new double[1_000_000];
                // BUG: Diagnostic contains: an array of 1000000 elements
                lines.map(new Function<String, Double>() {
                  @Override
                  public Double call(String s) {
                    return weights[s.length()];
                  }
                });
                Set<String> ids = new HashSet<>(users.javaRDD().map(r -> r.getString(0)).collect());
                // BUG: Diagnostic contains: jsc.broadcast(ids)
                spark.udf().register("known", (UDF1<String, Boolean>) ids::contains, DataTypes.BooleanType);
                var rows = users.collectAsList();
                // BUG: Diagnostic contains: `rows`, a driver-side collection filled from `collectAsList()`
                lines.filter(s -> rows.isEmpty());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamFunctionsRunOnExecutorsButForeachRddBodiesOnTheDriver() {
    tester.addSource("Negatives.java", """
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.streaming.api.java.JavaDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class Negatives {
          void run(JavaStreamingContext jssc, JavaPairRDD<String, Integer> pairs) {
            Map<String, Integer> lookup = pairs.collectAsMap();
            JavaDStream<String> lines = jssc.socketTextStream("localhost", 9999);
            // the foreachRDD body runs on the driver
            lines.foreachRDD(rdd -> System.out.println(lookup.size() + rdd.count()));
            lines.transform(rdd -> lookup.isEmpty() ? rdd : rdd.distinct());
            // the broadcast, made from the streaming context's JavaSparkContext, is the fix
            Broadcast<Map<String, Integer>> lookupBc = jssc.sparkContext().broadcast(lookup);
            lines.map(s -> lookupBc.value().get(s));
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.streaming.api.java.JavaStreamingContext;
            import scala.Tuple2;

            class Positives {
              void run(JavaStreamingContext jssc, JavaPairRDD<String, Integer> pairs) {
                Map<String, Integer> lookup = pairs.collectAsMap();
                jssc.socketTextStream("localhost", 9999)
                    // BUG: Diagnostic contains: the function passed to `filter` captures `lookup`
                    .filter(s -> lookup.containsKey(s))
                    // BUG: Diagnostic contains: the function passed to `mapToPair` captures `lookup`
                    .mapToPair(s -> new Tuple2<>(s, lookup.get(s)))
                    .foreachRDD(rdd -> {
                      List<Tuple2<String, Integer>> few = rdd.take(5);
                      // BUG: Diagnostic contains: the function passed to `foreachPartition` captures `lookup`
                      rdd.foreachPartition(it -> it.forEachRemaining(t -> lookup.get(t._1())));
                    });
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void literalThresholdAndUnknownSizesAreOptions() {
    tester.option("minElements", "3").option("reportUnknownSize", "true")
        .addSource("Options.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class Options {
              void run(JavaRDD<String> lines, List<String> allowed) {
                List<String> kinds = List.of("a", "b", "c");
                // BUG: Diagnostic contains: a literal of 3 elements
                lines.filter(s -> kinds.contains(s));
                // BUG: Diagnostic contains: `allowed`, a driver-side collection of unknown size
                lines.filter(s -> allowed.contains(s));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void collectionsFilledByLongCountedLoopsAreLarge() {
    tester.addSource("Loops.java", """
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.HashSet;
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import java.util.stream.IntStream;
        import org.apache.spark.api.java.JavaRDD;

        class Loops {
          static final int ROWS = 2_000_000;

          void large(JavaRDD<Integer> ids) {
            Map<Integer, String> names = new HashMap<>();
            for (int i = 0; i < 200_000; i++) {
              names.put(i, "name-" + i);
            }
            // BUG: Diagnostic contains: `names`, a driver-side collection filled from a loop of 200,000 iterations
            ids.filter(id -> names.containsKey(id)).count();

            List<Long> grid = new ArrayList<>();
            for (int x = 0; x < 1_000; x++) {
              for (int y = 1_000; y > 0; y -= 2) {
                grid.add((long) x * y);
              }
            }
            // BUG: Diagnostic contains: a loop of 500,000 iterations
            ids.map(id -> grid.get(id)).count();

            Set<Integer> seen = new HashSet<>();
            IntStream.range(0, ROWS).forEach(i -> seen.add(i));
            // BUG: Diagnostic contains: a range of 2,000,000 numbers
            ids.filter(seen::contains).count();
          }

          void small(JavaRDD<Integer> ids, int n) {
            Map<Integer, String> codes = new HashMap<>();
            for (int i = 0; i <= 255; i++) {
              codes.put(i, Integer.toHexString(i));
            }
            ids.map(id -> codes.get(id)).count();

            // the count is read at run time: nothing says it is large
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < n; i++) {
              first.add(i);
            }
            ids.filter(first::contains).count();

            // a loop around the loop that fills it would multiply, but the inner count is not known
            List<Integer> unknown = new ArrayList<>();
            for (int round = 0; round < 1_000_000; round++) {
              for (int i = 0; i < n; i++) {
                unknown.add(i);
              }
            }
            ids.filter(unknown::contains).count();

            // the big loop is in the header's comparison only, the fill is outside it
            List<Integer> once = new ArrayList<>();
            for (int i = 0; i < 1_000_000; i++) {
              if (i == 7) {
                break;
              }
            }
            once.add(1);
            ids.filter(once::contains).count();

            Set<Integer> few = new HashSet<>();
            IntStream.rangeClosed(1, 12).forEach(few::add);
            ids.filter(few::contains).count();
          }
        }
        """)
        .expectMatches();
  }

}
