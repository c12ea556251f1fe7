package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkBroadcastLargeSource;
import org.junit.jupiter.api.Test;

/**
 * A project method whose every return value is a copy of one of its collection parameters ({@code
 * SparkWorkaroundUtils.toHashMap(probes)}) returns a collection at least as large as the argument
 * given there, whatever file declares it and whatever order the files come in. A helper that only
 * adds to the copy keeps that size (adding never shrinks it); one that filters the copy, returns a
 * new empty map, a field or another parameter, or hands the copy to other code, copies nothing.
 */
class ParameterCopiesTest {
  private static final String HELPERS = """
      import com.google.common.collect.ImmutableMap;
      import com.google.common.collect.Maps;
      import java.util.Collections;
      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;

      public final class Copies {
        private final Map<String, Long> cache = new HashMap<>();

        public static <K, V> Map<K, V> toHashMap(Map<? extends K, ? extends V> map) {
          return Maps.newHashMap(map);
        }

        public Map<String, Long> frozen(Map<String, Long> map) {
          return map.isEmpty() ? map : Collections.unmodifiableMap(map);
        }

        static Map<String, Long> immutable(String name, Map<String, Long> map) {
          if (name == null) {
            return map;
          }
          return ImmutableMap.copyOf(map);
        }

        static Map<String, Long> poured(Map<String, Long> map) {
          Map<String, Long> copy = new HashMap<>();
          copy.putAll(map);
          return copy;
        }

        static Map<String, Long> withDefault(Map<String, Long> map) {
          Map<String, Long> copy = new HashMap<>(map);
          copy.put("unknown", 0L);
          return copy;
        }

        static Map<String, Long> filtered(Map<String, Long> map) {
          Map<String, Long> copy = new HashMap<>(map);
          copy.entrySet().removeIf(e -> e.getValue() < 10);
          return copy;
        }

        static Map<String, Long> trimmed(Map<String, Long> map) {
          Map<String, Long> copy = new HashMap<>(map);
          copy.remove("unknown");
          return copy;
        }

        static Map<String, Long> emptyOrCopy(Map<String, Long> map) {
          if (map.size() > 1000) {
            return ImmutableMap.of();
          }
          return new HashMap<>(map);
        }

        static Map<String, Long> fresh(Map<String, Long> map) {
          return new HashMap<>();
        }

        static Map<String, Long> sized(Map<String, Long> map) {
          return new HashMap<>(map.size());
        }

        Map<String, Long> cached(Map<String, Long> map) {
          return new HashMap<>(cache);
        }

        static Map<String, Long> other(Map<String, Long> map, Map<String, Long> fallback) {
          return map.isEmpty() ? new HashMap<>(fallback) : new HashMap<>(map);
        }

        static Map<String, Long> either(Map<String, Long> map, Map<String, Long> fallback) {
          if (map.isEmpty()) {
            return new HashMap<>(fallback);
          }
          return new HashMap<>(map);
        }

        static Map<String, Long> handed(Map<String, Long> map) {
          Map<String, Long> copy = new HashMap<>(map);
          Cleaner.clean(copy);
          return copy;
        }

        static List<String> keys(Map<String, Long> map) {
          return List.copyOf(map.keySet());
        }

        static <K, V> Map<V, K> inverted(Map<K, V> map) {
          Map<V, K> inverse = new HashMap<>(map.size());
          for (Map.Entry<K, V> entry : map.entrySet()) {
            inverse.put(entry.getValue(), entry.getKey());
          }
          return inverse;
        }

        static Map<Long, String> swapped(Map<String, Long> map) {
          Map<Long, String> swapped = new HashMap<>();
          map.forEach((k, v) -> swapped.put(v, k));
          return swapped;
        }

        static Map<Long, String> invertedLarge(Map<String, Long> map) {
          Map<Long, String> inverse = new HashMap<>();
          for (Map.Entry<String, Long> entry : map.entrySet()) {
            if (entry.getValue() > 10) {
              inverse.put(entry.getValue(), entry.getKey());
            }
          }
          return inverse;
        }

        static Map<Long, String> invertedSkipping(Map<String, Long> map) {
          Map<Long, String> inverse = new HashMap<>();
          for (Map.Entry<String, Long> entry : map.entrySet()) {
            if (entry.getValue() < 10) {
              continue;
            }
            inverse.put(entry.getValue(), entry.getKey());
          }
          return inverse;
        }

        static Map<Long, String> invertedWhen(boolean all, Map<String, Long> map) {
          Map<Long, String> inverse = new HashMap<>();
          if (all) {
            for (Map.Entry<String, Long> entry : map.entrySet()) {
              inverse.put(entry.getValue(), entry.getKey());
            }
          }
          return inverse;
        }

        static Map<String, Long> tally(Map<String, Long> map) {
          Map<String, Long> totals = new HashMap<>();
          for (Map.Entry<String, Long> entry : map.entrySet()) {
            totals.merge("total", entry.getValue(), Long::sum);
          }
          return totals;
        }

        static Map<Long, String> invertedOther(Map<String, Long> map, Map<String, Long> other) {
          Map<Long, String> inverse = new HashMap<>(map.size());
          for (Map.Entry<String, Long> entry : other.entrySet()) {
            inverse.put(entry.getValue(), entry.getKey());
          }
          return inverse;
        }
      }
      """;

  private static final String JOB = """
      import java.util.Map;
      import lombok.val;
      import org.apache.spark.api.java.JavaPairRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      class Job {
        void run(JavaSparkContext sc, JavaPairRDD<String, Long> pairs, Copies copies,
            Map<String, Long> given) {
          Map<String, Long> probes = pairs.collectAsMap();
          // BUG: Diagnostic contains: `toHashMap(...)`, a copy of `probes`, itself filled from `collectAsMap()`
          sc.broadcast(Copies.toHashMap(probes));
          // BUG: Diagnostic contains: `frozen(...)`, a copy of `probes`
          sc.broadcast(copies.frozen(probes));
          // BUG: Diagnostic contains: `immutable(...)`, a copy of `collectAsMap()`
          sc.broadcast(Copies.immutable("probes", pairs.collectAsMap()));
          Map<String, Long> poured = Copies.poured(probes);
          // BUG: Diagnostic contains: `poured(...)`, a copy of `probes`
          sc.broadcast(poured);
          // BUG: Diagnostic contains: `withDefault(...)`, a copy of `probes`
          sc.broadcast(Copies.withDefault(probes));
          val inferred = pairs.collectAsMap();
          // BUG: Diagnostic contains: `toHashMap(...)`, a copy of `inferred`
          sc.broadcast(Copies.toHashMap(inferred));

          // BUG: Diagnostic contains: `inverted(...)`, a copy of `probes`
          sc.broadcast(Copies.inverted(probes));
          // BUG: Diagnostic contains: `swapped(...)`, a copy of `probes`
          sc.broadcast(Copies.swapped(probes));

          // Not a copy of the argument, or a copy of something not known to be large: quiet.
          sc.broadcast(Copies.invertedLarge(probes));
          sc.broadcast(Copies.invertedSkipping(probes));
          sc.broadcast(Copies.invertedWhen(true, probes));
          sc.broadcast(Copies.tally(probes));
          sc.broadcast(Copies.invertedOther(probes, given));
          sc.broadcast(Copies.inverted(given));
          sc.broadcast(Copies.filtered(probes));
          sc.broadcast(Copies.trimmed(probes));
          sc.broadcast(Copies.emptyOrCopy(probes));
          sc.broadcast(Copies.fresh(probes));
          sc.broadcast(Copies.sized(probes));
          sc.broadcast(copies.cached(probes));
          sc.broadcast(Copies.other(probes, given));
          sc.broadcast(Copies.either(probes, given));
          sc.broadcast(Copies.handed(probes));
          sc.broadcast(Copies.toHashMap(given));
          sc.broadcast(Copies.toHashMap(pairs.sample(false, 0.1).collectAsMap().isEmpty()
              ? given : given));
          sc.broadcast(Unknown.toHashMap(probes));
          val count = pairs.count();
          sc.broadcast(Copies.toHashMap(count));
        }
      }
      """;

  @Test
  void aCopyingHelperInAnotherFileKeepsTheSizeOfItsArgument() {
    RuleTester.forRule(new SparkBroadcastLargeSource())
        .addSource("Copies.java", HELPERS)
        .addSource("Job.java", JOB)
        .expectMatches();
  }

  @Test
  void theFileOrderChangesNothing() {
    RuleTester.forRule(new SparkBroadcastLargeSource())
        .addSource("Job.java", JOB)
        .addSource("Copies.java", HELPERS)
        .expectMatches();
  }

  @Test
  void aLoopCopyOfWhatAProjectMethodCollects() {
    RuleTester.forRule(new SparkBroadcastLargeSource())
        .addSource("Copies.java", HELPERS)
        .addSource("Ids.java", """
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Ids {
              private static Map<String, Long> buildIds(JavaPairRDD<String, Long> pairs) {
                Map<String, Long> ids = pairs.collectAsMap();
                return new HashMap<>(ids);
              }

              private static Map<String, Long> firstIds(Dataset<Row> table) {
                Map<String, Long> ids = new HashMap<>();
                for (Row row : table.limit(10).collectAsList()) {
                  ids.put(row.getString(0), row.getLong(1));
                }
                return ids;
              }

              void run(JavaSparkContext sc, JavaPairRDD<String, Long> pairs, Dataset<Row> table,
                  String path) {
                Map<String, Long> ids = buildIds(sc.textFile(path)
                    .mapToPair(line -> new scala.Tuple2<>(line, 1L)));
                // BUG: Diagnostic contains: the rows that `buildIds(...)` collects
                sc.broadcast(ids);
                // BUG: Diagnostic contains: `inverted(...)`, a copy of `ids`, itself filled from the rows `buildIds(...)` collects
                sc.broadcast(Copies.inverted(ids));
                // A helper's rows bounded by a limit, or counted: quiet.
                Map<String, Long> first = firstIds(table);
                sc.broadcast(Copies.inverted(first));
                Map<String, Long> counted = Map.of("rows", pairs.count());
                sc.broadcast(Copies.inverted(counted));
                // Rows of this method's parameter are judged where it is called (none here): quiet.
                Map<String, Long> given = new HashMap<>(buildIds(pairs));
                sc.broadcast(given);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aCopyOfACopyAndACopyMadeFromTheHelpersResult() {
    RuleTester.forRule(new SparkBroadcastLargeSource())
        .addSource("Copies.java", HELPERS)
        .addSource("Chain.java", """
            import java.util.HashMap;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Chain {
              private Map<String, Long> relay(Map<String, Long> map) {
                return Copies.toHashMap(map);
              }

              void run(JavaSparkContext sc, JavaPairRDD<String, Long> pairs) {
                Map<String, Long> probes = pairs.collectAsMap();
                // BUG: Diagnostic contains: `toHashMap(...)`, a copy of `poured(...)`, a copy of `probes`
                sc.broadcast(Copies.toHashMap(Copies.poured(probes)));
                // BUG: Diagnostic contains: `new HashMap<>(Copies.frozen(probes))`, filled from `frozen(...)`
                sc.broadcast(new HashMap<>(Copies.frozen(probes)));
                // A helper that returns another helper's result is not followed: it makes no copy.
                sc.broadcast(relay(probes));
                sc.broadcast(Copies.keys(probes));
              }
            }
            """)
        .expectMatches();
  }
}
