package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A row count the code checks before it collects ({@link CountGuards}): an enclosing {@code if},
 * an early exit, a test assertion, on a variable (from its latest value on) or on an element of
 * a collection under a constant key; with checks on another variable or key, a variable or
 * collection changed after the check, a check after the collect, or an {@code ||} as negatives.
 */
class CountGuardsTest {
  @Test
  void aCheckedCountBoundsTheRowsThatFollow() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Checks.java", """
            import static org.assertj.core.api.Assertions.assertThat;
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.junit.jupiter.api.Assertions.assertTrue;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Checks {
              long single(SparkSession spark) {
                Dataset<Row> expected = spark.read().parquet("/data/expected");
                if (expected.count() == 1 && expected.schema().fields().length == 1) {
                  return expected.collectAsList().get(0).getLong(0);
                }
                throw new IllegalStateException("one row expected");
              }

              List<Row> capped(SparkSession spark) {
                Dataset<Row> rows = spark.read().parquet("/data/rows");
                if (rows.count() > 1000) {
                  throw new IllegalArgumentException("too many rows");
                }
                return rows.collectAsList();
              }

              void tested(JavaRDD<String> lines) {
                JavaRDD<String> cached = lines.cache();
                assertEquals(20, cached.count());
                List<Integer> lengths = cached.map(String::length).collect();
                assertThat(cached.count()).isEqualTo(20L);
                assertTrue(cached.count() <= 20, "at most twenty");
              }

              void assertJ(SparkSession spark) {
                Dataset<Row> result = spark.read().parquet("/data/result");
                assertThat(result.count()).isEqualTo(3);
                result.collectAsList();
              }

              void otherVariable(SparkSession spark, Dataset<Row> small) {
                Dataset<Row> all = spark.read().parquet("/data/all");
                assertEquals(3, small.count());
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                all.collectAsList();
              }

              void reassigned(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                assertEquals(3, ds.count());
                ds = spark.read().parquet("/data/b");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                ds.collectAsList();
              }

              void checkedAfter(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                List<Row> rows = ds.collectAsList();
                assertEquals(3, ds.count());
              }

              void either(SparkSession spark, boolean force) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                if (ds.count() < 10 || force) {
                  // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                  ds.collectAsList();
                }
              }

              void atLeast(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                if (ds.count() > 0) {
                  // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                  ds.collectAsList();
                }
              }

              void hugeCheck(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                if (ds.count() <= 50_000_000L) {
                  // BUG: Diagnostic contains: copies every row
                  ds.collectAsList();
                }
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anAssertionsMessageMayComeFirstOrLast() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Messages.java", """
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import static org.junit.jupiter.api.Assertions.assertTrue;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Messages {
              void junit5(SparkSession spark) {
                Dataset<Row> authors = spark.read().parquet("/data/authors");
                assertEquals(15, authors.count(), "Should have 1 row per author document.");
                authors.collectAsList();
              }

              void junit5True(SparkSession spark) {
                Dataset<Row> few = spark.read().parquet("/data/few");
                assertTrue(few.count() <= 5, "at most five");
                few.collectAsList();
              }

              void junit4(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                org.junit.Assert.assertEquals("three rows", 3, ds.count());
                ds.collectAsList();
              }

              void otherDataset(SparkSession spark, Dataset<Row> small) {
                Dataset<Row> all = spark.read().parquet("/data/all");
                assertEquals(15, small.count(), "fifteen");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                all.collectAsList();
              }

              void noConstant(SparkSession spark, Dataset<Row> expected) {
                Dataset<Row> actual = spark.read().parquet("/data/actual");
                assertEquals(expected.count(), actual.count(), "same size");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                actual.collectAsList();
              }

              void messageIsNotACount(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                assertEquals(2, ds.columns().length, "two columns: " + ds.count());
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                ds.collectAsList();
              }

              void assertedAfter(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                ds.collectAsList();
                assertEquals(15, ds.count(), "fifteen");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aReassignedVariableIsCheckedFromItsLatestValue() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Checks.java", """
            import static org.junit.jupiter.api.Assertions.assertEquals;

            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Checks {
              void eachInTurn(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                assertEquals(4, ds.count());
                ds.collectAsList();
                ds = spark.read().parquet("/data/b");
                assertEquals(15, ds.count());
                for (Row row : ds.collectAsList()) {
                  System.out.println(row);
                }
                ds = spark.read().parquet("/data/c");
                // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                ds.collectAsList();
              }

              void reassignedInTheLoop(SparkSession spark, List<String> paths) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                assertEquals(4, ds.count());
                for (String path : paths) {
                  // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                  ds.collectAsList();
                  ds = spark.read().parquet(path);
                }
              }

              void reassignedInTheCheckedBranch(SparkSession spark) {
                Dataset<Row> ds = spark.read().parquet("/data/a");
                if (ds.count() == 1) {
                  ds = spark.read().parquet("/data/b");
                  // BUG: Diagnostic contains: copies every row of an unbounded Dataset
                  ds.collectAsList();
                }
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anElementIsCheckedUnderItsKey() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Checks.java", """
            import static org.junit.jupiter.api.Assertions.assertEquals;

            import java.util.HashMap;
            import java.util.Map;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Checks {
              void sameKey(JavaSparkContext sc) {
                Map<String, JavaRDD<String>> rdds = new HashMap<>();
                rdds.put("a", sc.textFile("/data/a"));
                rdds.put("b", sc.textFile("/data/b"));
                JavaRDD<String> a = rdds.get("a");
                assertEquals(28, a.count());
                rdds.get("a").collect();
                assertEquals(3, rdds.get("b").count());
                rdds.get("b").collect();
              }

              void otherKey(JavaSparkContext sc) {
                Map<String, JavaRDD<String>> rdds = new HashMap<>();
                rdds.put("a", sc.textFile("/data/a"));
                rdds.put("b", sc.textFile("/data/b"));
                assertEquals(3, rdds.get("b").count());
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                rdds.get("a").collect();
              }

              void storedAfterTheCheck(JavaSparkContext sc) {
                Map<String, JavaRDD<String>> rdds = new HashMap<>();
                rdds.put("a", sc.textFile("/data/a"));
                assertEquals(3, rdds.get("a").count());
                rdds.put("a", sc.textFile("/data/other"));
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                rdds.get("a").collect();
              }
            }
            """)
        .expectMatches();
  }
}
