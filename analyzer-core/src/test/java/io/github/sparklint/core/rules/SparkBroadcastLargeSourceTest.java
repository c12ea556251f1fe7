package io.github.sparklint.core.rules;

import io.github.sparklint.core.FixTester;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkBroadcastLargeSourceTest {
  private final RuleTester tester = RuleTester.forRule(new SparkBroadcastLargeSource());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import static org.apache.spark.sql.functions.broadcast;
        import static org.apache.spark.sql.functions.col;

        import java.util.List;
        import java.util.Map;
        import jdk.incubator.vector.DoubleVector;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;

        class Negatives {
          static final String SMALL_JOIN =
              "SELECT /*+ BROADCAST(d) */ * FROM facts f JOIN (SELECT id, name FROM dims WHERE active) d ON f.id = d.id";
          static final String VIEW_JOIN = "SELECT /*+ BROADCAST(codes) */ * FROM facts JOIN codes ON facts.c = codes.c";

          static class Cluster { void broadcast(Object o) {} }

          void run(SparkSession spark, Dataset<Row> facts, JavaSparkContext sc, List<Row> rows,
              JavaPairRDD<String, Long> pairs, Cluster cluster) {
            Dataset<Row> dims = spark.read().parquet("/dims");
            facts.join(broadcast(dims.filter(col("active"))), "id");
            facts.join(broadcast(spark.table("dims").select("id", "name")), "id");
            facts.join(functions.broadcast(dims.groupBy("id").count()), "id");
            facts.join(broadcast(dims.limit(1000)), "id");
            facts.join(broadcast(spark.createDataFrame(rows, Row.class)), "id");
            facts.join(broadcast(spark.range(100).toDF("id")), "id");
            facts.join(dims.where("active").hint("broadcast"), "id");
            facts.join(spark.table("dims").hint("merge"), "id");
            Dataset<Row> codes = spark.createDataFrame(rows, Row.class);
            codes.createOrReplaceTempView("codes");
            spark.sql(VIEW_JOIN);
            spark.sql(SMALL_JOIN);
            // facts.join(broadcast(spark.table("dims")), "id") is only a comment
            String text = "broadcast(spark.table(\\"dims\\"))";
            DoubleVector v = DoubleVector.broadcast(DoubleVector.SPECIES_256, 1.0);
            cluster.broadcast(spark.table("dims"));
            sc.broadcast(pairs.filter(p -> p._2() > 0).take(100));
            sc.broadcast(facts.limit(10).collectAsList());
            Map<String, Long> lookup = pairs.collectAsMap();
            if (lookup.size() > 1000) {
              lookup = Map.of();
            }
            sc.broadcast(lookup);
            sc.broadcast(rows);
          }

          @SuppressWarnings("SparkBroadcastLargeSource")
          void suppressed(SparkSession spark, Dataset<Row> facts) {
            facts.join(broadcast(spark.table("dims")), "id");
          }
        }
        """)
        .addSource("Positives.java", """
            import static org.apache.spark.sql.functions.*;

            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.broadcast.Broadcast;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.functions;

            class Positives {
              static final String DIMS = "warehouse.dims";
              static final String HINTED =
                  "SELECT /*+ MAPJOIN(d) */ f.*, d.name FROM facts f JOIN warehouse.dims AS d ON f.id = d.id";
              static final long HUGE = 50_000_000L;
              static final String HINT = "Broadcast";

              void run(SparkSession spark, Dataset<Row> facts, JavaSparkContext sc,
                  JavaPairRDD<String, Long> pairs) {
                // BUG: Diagnostic contains: whole table read (`table("warehouse.dims")`)
                facts.join(broadcast(spark.table(DIMS)), "id");
                Dataset<Row> dims = spark.read().format("parquet").load("/data/dims");
                // BUG: Diagnostic contains: filter and select the rows and columns
                facts.join(functions.broadcast(dims.repartition(8).cache()), "id");
                facts.join(
                    // BUG: Diagnostic contains: whole file read (`parquet("/data/d")`)
                    spark.read().parquet("/data/d").hint("BROADCASTJOIN"), "id");
                // BUG: Diagnostic contains: `hint("Broadcast")` marks a whole table read
                facts.join(spark.table("big").withColumn("x", lit(1)).hint(HINT), "id");
                // BUG: Diagnostic contains: up to 50000000 rows
                facts.join(broadcast(facts.limit((int) HUGE)), "id");
                // BUG: Diagnostic contains: SQL hint `MAPJOIN(d)` broadcasts the whole table `warehouse.dims`
                spark.sql(HINTED).show();
                // BUG: Diagnostic contains: SQL hint `BROADCAST(dims)`
                spark.sql("SELECT /*+ BROADCAST(dims) */ * FROM facts JOIN dims USING (id)");
                // BUG: Diagnostic contains: unbounded `collectAsMap()`
                Broadcast<Map<String, Long>> lookup = sc.broadcast(pairs.collectAsMap());
                List<Row> all = facts.collectAsList();
                // BUG: Diagnostic contains: unbounded `collect()`
                sc.broadcast(pairs.keys().collect());
                // BUG: Diagnostic contains: then serialized and shipped to every executor
                spark.sparkContext().broadcast(all, scala.reflect.ClassTag$.MODULE$.apply(List.class));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void maxRowsOptionRaisesTheLimit() {
    tester.option("maxRows", "100000000")
        .addSource("Big.java", """
            import static org.apache.spark.sql.functions.broadcast;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            class Big {
              void run(Dataset<Row> facts) {
                facts.join(broadcast(facts.limit(50_000_000)), "id");
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void aHintOnAReadThatAHelperOfTheSameClassReturns() {
    tester.addSource("Trades.java", """
        import static org.apache.spark.sql.functions.broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Trades {
          private static final String FORMAT = "csv";

          void run(SparkSession spark) {
            Dataset<Row> all = spark.read().parquet("/data/trades");
            Dataset<Row> valid = validTrades(spark);
            // BUG: Diagnostic contains: for a broadcast join with no filter
            all.join(broadcast(valid), "trade_id");
            // BUG: Diagnostic contains: for a broadcast join with no filter
            all.join(broadcast(validTrades(spark).repartition(4)), "trade_id");
            all.join(broadcast(desks(spark)), "desk");
            all.join(broadcast(either(spark, true)), "desk");
            all.join(broadcast(validTrades(spark).filter("ok")), "trade_id");
            all.join(broadcast(lazily(spark)), "trade_id");
          }

          private static Dataset<Row> validTrades(SparkSession spark) {
            return spark.read().format(FORMAT).option("header", "true").load("/data/valid.csv");
          }

          // A filtered read: the hint may well be right.
          private static Dataset<Row> desks(SparkSession spark) {
            return spark.read().parquet("/data/desks").where("active");
          }

          // Two returns: not followed.
          private static Dataset<Row> either(SparkSession spark, boolean big) {
            if (big) {
              return spark.read().parquet("/data/desks");
            }
            return spark.range(10).toDF();
          }

          // The only return of the method itself is the small one; the read is a lambda's.
          private static Dataset<Row> lazily(SparkSession spark) {
            java.util.function.Supplier<Dataset<Row>> later = () -> {
              return spark.read().parquet("/data/all");
            };
            return spark.range(5).toDF();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void broadcastOfRowsAHelperCollected() {
    tester.addSource("Lookups.java", """
        import java.util.ArrayList;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Lookups {
          private final SparkSession spark;
          private List<Row> cached;

          Lookups(SparkSession spark) {
            this.spark = spark;
          }

          List<Row> all() {
            return spark.table("customers").collectAsList();
          }

          List<Row> viaLocal() {
            List<Row> rows = spark.table("customers").filter("active").collectAsList();
            return rows;
          }

          List<Row> again() {
            return cached != null ? cached : all();
          }

          List<Row> preview() {
            return spark.table("customers").limit(10).collectAsList();
          }

          List<Row> configured() {
            return new ArrayList<>();
          }

          static List<Row> rowsOf(Dataset<Row> ds) {
            return ds.collectAsList();
          }

          static Dataset<Row> countries(SparkSession spark) {
            return spark.read().json("/ref/countries.json");
          }
        }
        """)
        .addSource("Other.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;

            class Other {
              List<Row> all() {
                return List.of();
              }
            }
            """)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark, JavaSparkContext jsc, Lookups lookups, Other other,
                  List<Row> given) {
                // BUG: Diagnostic contains: `broadcast(...)` of the rows that `all(...)` collects from an unbounded source
                jsc.broadcast(lookups.all());
                List<Row> filled = lookups.viaLocal();
                // BUG: Diagnostic contains: the rows come from `Lookups.viaLocal()`
                jsc.broadcast(filled);
                // BUG: Diagnostic contains: the rows come from `Lookups.all()`
                jsc.broadcast(lookups.again());
                // BUG: Diagnostic contains: `rowsOf(...)` collects
                jsc.broadcast(Lookups.rowsOf(Lookups.countries(spark)));
                jsc.broadcast(lookups.preview());
                jsc.broadcast(lookups.configured());
                jsc.broadcast(other.all());
                jsc.broadcast(Lookups.rowsOf(Lookups.countries(spark).limit(100)));
                jsc.broadcast(given);
                jsc.broadcast(new Object().toString());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aHelperThatBroadcastsWhatItCollectsFromItsArgumentIsReportedAtTheCallsPassingUnboundedRows() {
    tester.addSource("Medians.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;

        class Medians {
          private final JavaSparkContext sc;

          Medians(JavaSparkContext sc) {
            this.sc = sc;
          }

          Broadcast<HashMap<String, Long>> counts(JavaPairRDD<String, Double> scores) {
            return sc.broadcast(new HashMap<>(scores.aggregateByKey(0L, (c, v) -> c + 1L, Long::sum)
                .collectAsMap()));
          }

          Broadcast<Map<String, Double>> held(JavaPairRDD<String, Double> scores) {
            Map<String, Double> all = scores.collectAsMap();
            return sc.broadcast(all);
          }

          List<String> keysOnly(JavaPairRDD<String, Double> scores) {
            Map<String, Double> all = scores.collectAsMap();
            return List.copyOf(all.keySet());
          }
        }
        """)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import scala.Tuple2;

            class Job {
              void run(JavaSparkContext sc, List<Tuple2<String, Double>> fixture) {
                // BUG: Diagnostic contains: `counts(...)` collects the rows of its argument and broadcasts them (in `Medians.counts()` (Medians.java:17))
                new Medians(sc).counts(sc.textFile("scores").mapToPair(l -> new Tuple2<>(l, 1.0)));
                Medians medians = new Medians(sc);
                // BUG: Diagnostic contains: `held(...)` collects the rows of its argument and broadcasts them
                medians.held(sc.textFile("scores").mapToPair(l -> new Tuple2<>(l, 1.0)));
                medians.counts(sc.parallelizePairs(fixture));
                medians.held(sc.parallelizePairs(fixture));
                medians.keysOnly(sc.textFile("scores").mapToPair(l -> new Tuple2<>(l, 1.0)));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void broadcastOfADriverCollectionFilledFromCollectedRows() {
    tester.addSource("Lookups.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Row;

        class Lookups {
          void run(JavaSparkContext sc, JavaRDD<String> events, Map<String, Long> given,
              List<Row> rows) {
            Map<String, Long> counts = events.countByValue();
            Map<String, Long> copy = new HashMap<>(counts);
            // BUG: Diagnostic contains: `copy`, filled from `counts`, itself filled from `countByValue()`
            sc.broadcast(copy);
            Map<String, Integer> index = new HashMap<>();
            for (Map.Entry<String, Long> e : events.distinct().zipWithIndex().collectAsMap()
                .entrySet()) {
              index.put(e.getKey(), e.getValue().intValue());
            }
            // BUG: Diagnostic contains: `index`, filled from `collectAsMap()`
            sc.broadcast(index);

            // Filled from bounded rows, a literal, a parameter: nothing to report.
            Map<String, Long> top = new HashMap<>();
            for (String s : events.take(10)) {
              top.put(s, 1L);
            }
            sc.broadcast(top);
            Map<String, Long> fixed = new HashMap<>(Map.of("a", 1L, "b", 2L));
            sc.broadcast(fixed);
            Map<String, Long> passed = new HashMap<>(given);
            sc.broadcast(passed);
            Map<String, Long> limited = new HashMap<>(events.sample(false, 0.1).countByValue());
            sc.broadcast(new HashMap<>(rows.size()));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void broadcastOfACopyMadeInPlaceOfCollectedRows() {
    tester.addSource("Names.java", """
        import java.util.HashSet;
        import java.util.List;
        import java.util.Set;
        import java.util.TreeSet;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Names {
          void run(JavaSparkContext sc, JavaRDD<String> reads, List<String> given) {
            List<String> names = reads.map(String::trim).collect();
            // BUG: Diagnostic contains: `new HashSet<>(names)`, filled from `names`, itself filled from `collect()`
            sc.broadcast(new HashSet<>(names));
            // BUG: Diagnostic contains: `new TreeSet<>(reads.collect())`, filled from `collect()`
            sc.broadcast(new TreeSet<>(reads.collect()));

            // A copy of bounded rows, of a parameter, or an empty collection: nothing to report.
            List<String> few = reads.take(10);
            sc.broadcast(new HashSet<>(few));
            sc.broadcast(new HashSet<>(given));
            sc.broadcast(new HashSet<>(names.size()));
            Set<String> fixed = Set.of("a");
            sc.broadcast(new TreeSet<>(fixed));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void broadcastOfAnArrayALoopFillsWithOneEntryPerCollectedRow() {
    tester.addSource("Tables.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Tables {
          void run(JavaSparkContext sc, Dataset<Row> table, JavaRDD<int[]> records, int columns,
              List<Row> given) {
            long count = table.count();
            int[][] cells = new int[(int) count][columns];
            int row = 0;
            for (Row r : table.collectAsList()) {
              for (int c = 0; c < columns; c++) {
                cells[row][c] = r.getInt(c);
              }
              row++;
            }
            // BUG: Diagnostic contains: `cells`, filled from `collectAsList()`
            sc.broadcast(cells);
            List<int[]> collected = records.collect();
            double[] firsts = new double[collected.size()];
            int i = 0;
            for (int[] record : collected) {
              firsts[i++] = record[0];
            }
            // BUG: Diagnostic contains: `firsts`, filled from `collected`, itself filled from `collect()`
            sc.broadcast(firsts);

            // A few rows, a constant-size array, a slot chosen by the data or by an inner loop's
            // counter rather than one per row, the driver's own rows: nothing to report.
            int[] top = new int[(int) count];
            int t = 0;
            for (Row r : table.takeAsList(10)) {
              top[t++] = r.getInt(0);
            }
            sc.broadcast(top);
            int[] three = new int[3];
            int k = 0;
            for (Row r : table.collectAsList()) {
              three[k++ % 3] = r.getInt(0);
            }
            sc.broadcast(three);
            long[] histogram = new long[columns];
            for (Row r : table.collectAsList()) {
              histogram[r.getInt(0)] = 1L;
            }
            sc.broadcast(histogram);
            double[] lastRow = new double[columns];
            for (Row r : table.collectAsList()) {
              for (int c = 0; c < columns; c++) {
                lastRow[c] = r.getDouble(c);
              }
            }
            sc.broadcast(lastRow);
            int[][] local = new int[given.size()][columns];
            int g = 0;
            for (Row r : given) {
              local[g++][0] = r.getInt(0);
            }
            sc.broadcast(local);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void broadcastOfACollectionAHelperBuiltFromCollectedRows() {
    tester.addSource("Ids.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;

        class Ids {
          // Copies a collected map: as many entries as the RDD it is given has distinct values.
          static Map<String, Integer> index(JavaRDD<String> rdd) {
            Map<String, Long> ids = rdd.distinct().zipWithIndex().collectAsMap();
            Map<String, Integer> out = new HashMap<>();
            for (Map.Entry<String, Long> e : ids.entrySet()) {
              out.put(e.getKey(), e.getValue().intValue());
            }
            return new HashMap<>(out);
          }
          static Map<String, Integer> firstTen(JavaRDD<String> rdd) {
            Map<String, Integer> out = new HashMap<>();
            for (String s : rdd.take(10)) {
              out.put(s, out.size());
            }
            return out;
          }
          static Map<String, Integer> fixed() {
            Map<String, Integer> out = new HashMap<>();
            out.put("a", 1);
            return new HashMap<>(out);
          }
          static Map<Integer, String> inverted(Map<String, Integer> map) {
            Map<Integer, String> out = new HashMap<>(map.size());
            for (Map.Entry<String, Integer> e : map.entrySet()) {
              out.put(e.getValue(), e.getKey());
            }
            return out;
          }
        }
        """)
        .addSource("Job.java", """
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc) {
            JavaRDD<String> users = sc.textFile("hdfs:///users");
            Map<String, Integer> index = Ids.index(users);
            // BUG: Diagnostic contains: of the rows that `index(...)` collects from an unbounded source
            sc.broadcast(index);
            sc.broadcast(Ids.index(sc.parallelize(java.util.List.of("a", "b"))));
            sc.broadcast(Ids.firstTen(users));
            sc.broadcast(Ids.fixed());
            sc.broadcast(Ids.inverted(Map.of("a", 1)));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void fixRemovesBroadcastHints() {
    FixTester.forRule(new SparkBroadcastLargeSource()).input("""
        import static org.apache.spark.sql.functions.broadcast;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;

        class Job {
          long run(SparkSession spark, Dataset<Row> facts) {
            Dataset<Row> dims = spark.table("dims");
            long a = facts.join(functions.broadcast(spark.table("dims")), "id").count();
            long b = facts.join(broadcast(dims), "id").count();
            long c = facts.join(dims
                    .hint("broadcast"), "id").count();
            return a + b + c;
          }
        }
        """).expectOutput("""
        import static org.apache.spark.sql.functions.broadcast;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.functions;

        class Job {
          long run(SparkSession spark, Dataset<Row> facts) {
            Dataset<Row> dims = spark.table("dims");
            long a = facts.join(spark.table("dims"), "id").count();
            long b = facts.join(dims, "id").count();
            long c = facts.join(dims, "id").count();
            return a + b + c;
          }
        }
        """);
  }

  @Test
  void noFixForSqlHintsBroadcastVariablesOrAHintStatement() {
    FixTester.forRule(new SparkBroadcastLargeSource()).input("""
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark, JavaSparkContext sc, JavaRDD<String> lines) {
            spark.sql("SELECT /*+ BROADCAST(d) */ * FROM facts f JOIN dims d ON f.id = d.id");
            sc.broadcast(lines.collect());
            spark.table("dims").hint("broadcast");
          }
        }
        """).expectFindingsWithoutFix();
  }
}
