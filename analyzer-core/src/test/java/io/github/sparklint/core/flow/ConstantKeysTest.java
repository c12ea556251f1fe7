package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * An aggregation per key ({@code reduceByKey}, {@code groupBy(..).agg(..)}, {@code countByKey})
 * of data whose key is the same constant for every element has one row, one chosen among a few
 * constants (a conditional or a {@code switch} of constants) that many rows; with a key computed from
 * the element, a key changed after the constant one, or a key function out of sight it has as many
 * rows as its input, and a grouping that keeps every value ({@code groupByKey}, {@code
 * collect_list}) is as large as its input even with one key.
 */
class ConstantKeysTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void pairsWithOneConstantKeyAggregateToOneRow() {
    tester.addSource("Totals.java", """
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.PairFunction;
        import scala.Tuple2;

        class Totals {
          private static final String ALL = "all";

          void run(JavaSparkContext sc) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            lines.mapToPair(l -> new Tuple2<>("total", l.length())).reduceByKey(Integer::sum).collect();
            JavaPairRDD<String, Integer> sizes = lines.mapToPair(l -> new Tuple2<>(ALL, l.length()));
            JavaPairRDD<String, Integer> sum = sizes.filter(p -> p._2() > 0).reduceByKey(Integer::sum);
            List<Tuple2<String, Integer>> one = sum.collect();
            lines.mapToPair(new PairFunction<String, Integer, String>() {
              @Override
              public Tuple2<Integer, String> call(String line) {
                if (line.isEmpty()) {
                  return new Tuple2<>(1, "");
                }
                return new Tuple2<>(1, line);
              }
            }).reduceByKey(String::concat).collectAsMap();
            Map<String, Long> counted = sizes.mapValues(n -> n * 2).countByKey();
            lines.keyBy(l -> 0L).foldByKey("", String::concat).collect();
            lines.mapToPair(l -> new Tuple2<>(ALL, l)).aggregateByKey(0, (n, l) -> n + 1, Integer::sum)
                .collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void keysFromTheElementsOrChangedLaterKeepEveryRow() {
    tester.addSource("Counts.java", """
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Counts {
          void run(JavaSparkContext sc, String key) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            // BUG: Diagnostic contains: `collect()`
            lines.mapToPair(l -> new Tuple2<>(l, 1)).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.mapToPair(l -> new Tuple2<>(key, 1)).reduceByKey(Integer::sum).collect();
            JavaPairRDD<String, Integer> one = lines.mapToPair(l -> new Tuple2<>("k", l.length()));
            // BUG: Diagnostic contains: `collect()`
            one.mapToPair(p -> new Tuple2<>(p._1() + p._2(), 1)).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `countByKey()`
            lines.mapToPair(l -> l.isEmpty() ? new Tuple2<>("e", 1) : new Tuple2<>(l, 1)).countByKey();
            // BUG: Diagnostic contains: `collect()`
            one.union(lines.mapToPair(l -> new Tuple2<>("j", 1))).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.keyBy(Counts::firstWord).groupByKey().collect();
            // BUG: Diagnostic contains: `collect()`
            one.collect();
            // one key, but its one group holds every value
            // BUG: Diagnostic contains: `collect()`
            lines.groupBy(l -> "x").collect();
            // BUG: Diagnostic contains: `collectAsMap()`
            one.groupByKey().collectAsMap();
            String mutable = "a";
            for (String s : new String[] {"b", "c"}) {
              mutable = mutable + s;
            }
            String changing = mutable;
            // BUG: Diagnostic contains: `collect()`
            lines.keyBy(l -> changing).reduceByKey((a, b) -> a).collect();
          }

          static String firstWord(String line) {
            return "w";
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void datasetsGroupedByNoColumnOrALiteralAggregateToOneRow() {
    tester.addSource("Stats.java", """
        import static org.apache.spark.sql.functions.count;
        import static org.apache.spark.sql.functions.lit;

        import org.apache.spark.api.java.function.MapFunction;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;

        class Stats {
          void run(SparkSession spark) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            events.groupBy(lit(1)).agg(count("id")).collectAsList();
            events.groupBy(functions.lit("all"), lit(2)).count().collectAsList();
            events.groupBy().max("size").collectAsList();
            events.groupByKey((MapFunction<Row, String>) r -> "k", Encoders.STRING()).count()
                .collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            events.groupBy(lit(1)).agg(functions.collect_list("id")).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            events.groupBy("user").agg(count("id")).collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            events.groupBy(lit(1), events.col("user")).count().collectAsList();
            // BUG: Diagnostic contains: `collectAsList()`
            events.groupBy(functions.upper(lit("a"))).count().collectAsList();
            Dataset<?> perUser = events
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING()).count();
            // BUG: Diagnostic contains: `collectAsList()`
            perUser.collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void keysChosenAmongAFewConstantsAggregateToThatManyRows() {
    tester.addSource("Levels.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Levels {
          void run(JavaSparkContext sc, int limit, String other) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            lines.mapToPair(l -> new Tuple2<>(l.length() > limit ? "long" : "short", 1))
                .reduceByKey(Integer::sum).collect();
            lines.keyBy(l -> switch (l.length()) {
              case 0 -> "empty";
              case 1 -> {
                yield "one";
              }
              default -> "many";
            }).countByKey();
            lines.map(l -> l.isEmpty() ? "empty" : "full").filter(s -> !s.isEmpty()).countByValue();
            // BUG: Diagnostic contains: `collect()`
            lines.mapToPair(l -> new Tuple2<>(l.isEmpty() ? other : "full", 1)).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `countByValue()`
            lines.map(l -> l.isEmpty() ? "empty" : l.trim()).countByValue();
            lines.keyBy(l -> switch (l.length()) {
              case 0 -> "empty";
              default -> l;
              // BUG: Diagnostic contains: `countByKey()`
            }).countByKey();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void keysOfFewValuesByTheirKindAggregateToThatManyRows() {
    tester.addSource("Initials.java", """
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import com.google.common.collect.Iterables;
        import org.apache.spark.api.java.function.Function;
        import scala.Tuple2;

        class Initials {
          void run(JavaSparkContext sc) {
            JavaRDD<String> words = sc.textFile("hdfs:///dict/words");
            words.mapToPair(w -> new Tuple2<>(w.charAt(0), 1)).reduceByKey(Integer::sum).collect();
            words.mapToPair(w -> new Tuple2<>(w.length() > 8, 1)).reduceByKey(Integer::sum).collect();
            words.mapToPair(w -> new Tuple2<>(w.startsWith("#"), w)).reduceByKey(String::concat)
                .collectAsMap();
            Map<Integer, Long> buckets = words.keyBy(w -> w.hashCode() % 16).countByKey();
            words.keyBy(w -> Math.floorMod(w.hashCode(), 32)).foldByKey("", String::concat).collect();
            List<Tuple2<String, Integer>> initials = words
                .mapToPair(w -> new Tuple2<>(w.substring(0, Math.min(w.length(), 1)), 1))
                .reduceByKey(Integer::sum).collect();
            words.groupBy((Function<String, String>) w -> w.isEmpty() ? "" : w.substring(0, 1))
                .map(group -> new Tuple2<>(group._1(), Iterables.size(group._2()))).collect();
            words.mapToPair(w -> new Tuple2<>((byte) w.length(), 1)).reduceByKey(Integer::sum).collect();
          }
        }
        """)
        .expectNoFindings();
  }

  @Test
  void alternativesMixingConstantsAndValuesOfFewKindsAreCountedTogether() {
    tester.addSource("Shelves.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.PairFunction;
        import scala.Tuple2;

        class Shelves {
          void run(JavaSparkContext sc) {
            JavaRDD<String> words = sc.textFile("hdfs:///dict/words");
            words.keyBy(w -> switch (w.length()) {
              case 0 -> "empty";
              default -> w.substring(0, 1);
            }).countByKey();
            words.mapToPair(new PairFunction<String, String, Integer>() {
              @Override
              public Tuple2<String, Integer> call(String word) {
                String shelf = "none";
                if (!word.isEmpty()) {
                  shelf = word.substring(0, 1);
                }
                return new Tuple2<>(shelf, 1);
              }
            }).reduceByKey(Integer::sum).collect();
            words.mapToPair(new PairFunction<String, String, Integer>() {
              @Override
              public Tuple2<String, Integer> call(String word) {
                String shelf = "none";
                if (!word.isEmpty()) {
                  shelf = word.substring(0, 2);
                }
                return new Tuple2<>(shelf, 1);
              }
              // BUG: Diagnostic contains: `collect()`
            }).reduceByKey(Integer::sum).collect();
            words.keyBy(w -> switch (w.length()) {
              case 0 -> "empty";
              case 1 -> w.charAt(0);
              default -> w.hashCode();
              // BUG: Diagnostic contains: `countByKey()`
            }).countByKey();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void keysOfManyValuesOrKeepingEveryValueStayUnbounded() {
    tester.addSource("Prefixes.java", """
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Prefixes {
          void run(JavaSparkContext sc, int buckets) {
            JavaRDD<String> words = sc.textFile("hdfs:///dict/words");
            // BUG: Diagnostic contains: `collect()`
            words.mapToPair(w -> new Tuple2<>(w.substring(0, 2), 1)).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `collect()`
            words.mapToPair(w -> new Tuple2<>(w.substring(1), 1)).reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `countByKey()`
            words.keyBy(w -> w.hashCode() % buckets).countByKey();
            // BUG: Diagnostic contains: `collect()`
            words.mapToPair(w -> new Tuple2<>(w.length(), 1)).reduceByKey(Integer::sum).collect();
            JavaPairRDD<Integer, Integer> sums =
                words.mapToPair(w -> new Tuple2<>(w.charAt(0) + w.length(), 1));
            // BUG: Diagnostic contains: `collect()`
            sums.reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `collect()`
            words.keyBy(w -> w.charAt(0)).groupByKey().collect();
            JavaPairRDD<Integer, Integer> many =
                words.mapToPair(w -> new Tuple2<>(w.hashCode() % 1_000_000, 1));
            // BUG: Diagnostic contains: `collect()`
            many.reduceByKey(Integer::sum).collect();
            JavaPairRDD<String, Integer> longWords =
                words.mapToPair(w -> new Tuple2<>(w.length() > 8 ? w : "short", 1));
            // BUG: Diagnostic contains: `collect()`
            longWords.reduceByKey(Integer::sum).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void keysOfAnEnumOfTheSourcesAreAsManyAsItsConstants() {
    tester.addSource("MatchType.java", """
        enum MatchType {
          EQUAL,
          DIFFERENT,
          MISSING
        }
        """)
        .addSource("Event.java", """
        final class Event {
          String id;
        }
        """)
        .addSource("Compare.java", """
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Compare {
          void run(JavaSparkContext sc, JavaRDD<Event> events) {
            JavaRDD<String> lines = sc.textFile("hdfs:///reads");
            JavaRDD<MatchType> tagged = lines.map(l -> l.isEmpty() ? MatchType.MISSING : MatchType.EQUAL);
            Map<MatchType, Integer> counts =
                tagged.mapToPair(t -> new Tuple2<>(t, 1)).reduceByKey(Integer::sum).collectAsMap();
            Map<MatchType, Long> byType = tagged.keyBy((MatchType t) -> t).countByKey();
            lines.mapToPair(l -> new Tuple2<>(l.isEmpty() ? MatchType.MISSING : MatchType.EQUAL, 1))
                .reduceByKey(Integer::sum).collect();
            // BUG: Diagnostic contains: `countByKey()`
            events.keyBy(e -> e).countByKey();
            // BUG: Diagnostic contains: `countByKey()`
            tagged.keyBy(t -> t.name() + lines.id()).countByKey();
            JavaRDD<Object> anything = lines.map(l -> l);
            // BUG: Diagnostic contains: `countByKey()`
            anything.keyBy(o -> o).countByKey();
          }
        }
        """)
        .expectMatches();
  }
}
