package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Rows narrowed to the keys a driver-side collection holds (a filter function testing {@code
 * ids.contains(..)} of the row, {@code ids::contains}, a broadcast set's {@code value().contains},
 * a Column {@code isin(ids.toArray())} or {@code isInCollection(ids)}) are as many as share those
 * keys: a finding says so; on a key the code made unique they are at most the collection's size
 * and need no finding. Such findings are of low confidence: the labeled samples call them safe.
 * A collection the code shows to be large (collected from a whole table, filled by a long loop)
 * or that the method is given (a parameter), a negated test, an {@code ||}, a test of a value of
 * the row or of a string narrow nothing.
 */
class MemberLookupsTest {
  private static final String NOTE = "which the driver holds; how many rows share them is not known";

  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void aFilterByMembershipInADriverCollectionSaysSo() {
    tester.addSource("Members.java", """
        import static org.apache.spark.sql.functions.col;

        import java.util.Arrays;
        import java.util.HashSet;
        import java.util.List;
        import java.util.Set;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.FilterFunction;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Members {
          void run(SparkSession spark, JavaSparkContext sc, String[] args) {
            List<String> ids = sc.textFile("/data/ids").take(100);
            Set<String> keys = new HashSet<>(Arrays.asList(args));
            JavaPairRDD<String, String> chains = sc.textFile("/data/chains")
                .mapToPair(line -> new scala.Tuple2<>(line.substring(0, 4), line));
            // BUG: Diagnostic contains: the rows are narrowed to the keys in `ids`, which the driver holds; how many rows share them is not known
            chains.filter(t -> ids.contains(t._1)).collectAsMap();
            // BUG: Diagnostic contains: narrowed to the keys in `keys`
            chains.filter(t -> t._2 != null && keys.contains(t._1)).collect();
            JavaRDD<String> lines = sc.textFile("/data/lines");
            // BUG: Diagnostic contains: narrowed to the keys in `ids`
            lines.filter(ids::contains).collect();
            Broadcast<Set<String>> wanted = sc.broadcast(keys);
            // BUG: Diagnostic contains: narrowed to the keys in `wanted`
            lines.filter(l -> wanted.value().contains(l)).collect();
            Dataset<Row> events = spark.read().parquet("/data/events");
            // BUG: Diagnostic contains: narrowed to the keys in `ids`
            events.filter(col("id").isin(ids.toArray())).collectAsList();
            // BUG: Diagnostic contains: narrowed to the keys in `keys`
            events.where(col("id").isInCollection(keys)).collectAsList();
            // BUG: Diagnostic contains: narrowed to the keys in `keys`
            events.filter((FilterFunction<Row>) r -> keys.contains(r.getString(0))).collectAsList();
          }
        }
        """)
        .expectMatches();
    assertThat(tester.findings()).extracting(Finding::message).allMatch(m -> m.contains(NOTE));
    // measured on the labeled samples: such collects were called safe (docs/precision.md)
    assertThat(tester.findings()).extracting(Finding::confidence).containsOnly(Confidence.LOW);
  }

  @Test
  void keysOfALargeCollectionNegatedOrWidenedTestsAndTestsOfTheRowNarrowNothing() {
    tester.addSource("NotMembers.java", """
        import static org.apache.spark.sql.functions.col;

        import java.util.HashSet;
        import java.util.List;
        import java.util.Set;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class NotMembers {
          static native Broadcast<Set<String>> ship(JavaSparkContext sc, Set<String> keys);

          void run(SparkSession spark, JavaSparkContext sc, Set<String> ids, String prefix) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            List<String> all = spark.read().parquet("/data/users").select("id")
                // BUG: Diagnostic contains: `collectAsList()`
                .as(Encoders.STRING()).collectAsList();
            // the keys of a whole table: no comfort
            // BUG: Diagnostic contains: `collectAsList()`
            events.filter(col("id").isin(all.toArray())).collectAsList();
            Set<String> many = new HashSet<>();
            for (int i = 0; i < 50_000_000; i++) {
              many.add("k" + i);
            }
            JavaRDD<String> lines = sc.textFile("/data/lines");
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> many.contains(l)).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> !ids.contains(l)).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> ids.contains(l) || l.isEmpty()).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> l.contains("@")).collect();
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> prefix.contains(l)).collect();
            // a membership test of the collection, not of the row
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> ids.contains(prefix)).collect();
            // a collection the method is given: its callers decide what it holds
            // BUG: Diagnostic contains: `collect()`
            lines.filter(ids::contains).collect();
            Broadcast<Set<String>> passed = sc.broadcast(ids);
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> passed.value().contains(l)).collect();
            // a broadcast made out of sight: what it ships is not shown
            Broadcast<Set<String>> shipped = NotMembers.ship(sc, new HashSet<>());
            // BUG: Diagnostic contains: `collect()`
            lines.filter(l -> shipped.value().contains(l)).collect();
          }
        }
        """)
        .expectMatches();
    assertThat(tester.findings()).extracting(Finding::message).noneMatch(m -> m.contains("narrowed"));
    assertThat(tester.findings()).extracting(Finding::confidence).containsOnly(Confidence.HIGH);
  }

  @Test
  void keysOfADriverCollectionOnAKeyTheCodeMadeUniqueNeedNoFinding() {
    tester.addSource("UniqueMembers.java", """
        import static org.apache.spark.sql.functions.col;

        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class UniqueMembers {
          void run(SparkSession spark, String[] args) {
            List<String> terms = Arrays.asList(args);
            Dataset<Row> counts = spark.read().parquet("/data/events").groupBy("term").count();
            counts.filter(col("term").isin(terms.toArray())).collectAsList();
            counts.where(col("term").isInCollection(terms)).collectAsList();
            // another column than the key
            // BUG: Diagnostic contains: narrowed to the keys in `terms`
            counts.where(col("count").isInCollection(terms)).collectAsList();
          }
        }
        """)
        .expectMatches();
  }
}
