package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Datasets kept in a local {@code Map} or {@code List}, handed to a method that reads them back
 * with {@code get}, or split into an array ({@link DatasetCollections}).
 */
class DatasetCollectionsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void aLocalMapHoldsWhatWasPutInIt() {
    tester.addSource("Frames.java", """
        import java.util.ArrayList;
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        class Frames {
          void run(SparkSession spark, List<Row> rows, StructType schema) {
            Map<String, Dataset<Row>> small = new HashMap<>();
            small.put("a", spark.createDataFrame(rows, schema));
            small.put("b", spark.createDataFrame(rows, schema).limit(3));
            if (small.containsKey("a") && small.size() == 2) {
              small.get("a").collectAsList();
            }
            List<Dataset<Row>> tables = new ArrayList<>();
            tables.add(spark.createDataFrame(rows, schema));
            tables.add(spark.table("events"));
            // BUG: Diagnostic contains: unbounded
            tables.get(0).collectAsList();
          }
        }
        """).expectMatches();
  }

  @Test
  void aMapWithAnUnknownPutOrThatEscapesStaysQuiet() {
    tester.addSource("Frames.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        class Frames {
          Map<String, Dataset<Row>> kept;

          void unknownPut(SparkSession spark, List<Row> rows, StructType schema) {
            Map<String, Dataset<Row>> frames = new HashMap<>();
            frames.put("a", spark.createDataFrame(rows, schema));
            frames.put("b", Sources.load(spark));
            frames.get("a").collectAsList();
          }

          void escapes(SparkSession spark, List<Row> rows, StructType schema) {
            Map<String, Dataset<Row>> frames = new HashMap<>();
            frames.put("a", spark.createDataFrame(rows, schema));
            kept = frames;
            frames.get("a").collectAsList();
          }

          void filledElsewhere(SparkSession spark, Map<String, Dataset<Row>> given) {
            Map<String, Dataset<Row>> frames = new HashMap<>(given);
            frames.get("a").collectAsList();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void aReadUnderAConstantKeyHoldsWhatWasPutUnderThatKey() {
    tester.addSource("Frames.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        class Frames {
          static final String EVENTS = "events";

          void run(SparkSession spark, List<Row> rows, StructType schema, String name) {
            Map<String, Dataset<Row>> frames = new HashMap<>();
            frames.put("lookup", spark.createDataFrame(rows, schema));
            frames.put(EVENTS, spark.table("events"));
            frames.get("lookup").collectAsList();
            // BUG: Diagnostic contains: unbounded
            frames.get("events").collectAsList();
            // BUG: Diagnostic contains: unbounded
            frames.get(name).collectAsList();
          }

          void keyNotConstant(SparkSession spark, List<Row> rows, StructType schema, String name) {
            Map<String, Dataset<Row>> frames = new HashMap<>();
            frames.put("lookup", spark.createDataFrame(rows, schema));
            frames.put(name, spark.table("events"));
            // BUG: Diagnostic contains: unbounded
            frames.get("lookup").collectAsList();
          }

          void nothingUnderThatKey(SparkSession spark, List<Row> rows, StructType schema) {
            Map<String, Dataset<Row>> frames = new HashMap<>();
            frames.put("lookup", spark.createDataFrame(rows, schema));
            frames.get("missing").collectAsList();
          }
        }
        """).expectMatches();
  }

  @Test
  void aMapParameterReadWithGetHoldsWhatEachCallerPut() {
    tester.addSource("Deriver.java", """
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Deriver {
          public Dataset<Row> derive(Map<String, Dataset<Row>> dependencies) {
            return dependencies.get("input").filter("value > 0");
          }
        }
        """)
        .addSource("DeriverTest.java", """
            import java.util.HashMap;
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class DeriverTest {
              void small(SparkSession spark, List<Row> rows, StructType schema) {
                Map<String, Dataset<Row>> dependencies = new HashMap<>();
                dependencies.put("input", spark.createDataFrame(rows, schema));
                Deriver deriver = new Deriver();
                deriver.derive(dependencies).collectAsList();
              }

              void whole(SparkSession spark) {
                Map<String, Dataset<Row>> dependencies = new HashMap<>();
                dependencies.put("input", spark.table("events"));
                Deriver deriver = new Deriver();
                // BUG: Diagnostic contains: unbounded
                deriver.derive(dependencies).collectAsList();
              }
            }
            """).expectMatches();
  }

  @Test
  void aProjectMethodNamedGetIsNoCollectionRead() {
    tester.addSource("FileStats.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        public class FileStats {
          private final SparkSession spark;

          FileStats(SparkSession spark) {
            this.spark = spark;
          }

          public Dataset<Row> get() {
            return spark.table("db.files");
          }
        }
        """)
        .addSource("FileStatsTest.java", """
            import org.apache.spark.sql.SparkSession;

            class FileStatsTest {
              void run(SparkSession spark) {
                FileStats stats = new FileStats(spark);
                // BUG: Diagnostic contains: unbounded
                stats.get().collectAsList();
              }
            }
            """).expectMatches();
  }

  @Test
  void thePartsOfARandomSplitHoldTheRowsOfWhatWasSplit() {
    tester.addSource("Splits.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        class Splits {
          void run(SparkSession spark, List<Row> rows, StructType schema) {
            Dataset<Row>[] small = spark.createDataFrame(rows, schema).randomSplit(new double[] {0.8, 0.2});
            small[0].collectAsList();
            Dataset<Row>[] whole = spark.table("events").randomSplit(new double[] {0.8, 0.2});
            // BUG: Diagnostic contains: unbounded
            whole[1].collectAsList();
          }

          void reassigned(SparkSession spark, List<Row> rows, StructType schema) {
            Dataset<Row>[] parts = spark.createDataFrame(rows, schema).randomSplit(new double[] {0.5, 0.5});
            parts[1] = Sources.load(spark);
            parts[1].collectAsList();
          }
        }
        """).expectMatches();
  }
}
