package io.github.sparklint.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkUnboundedCollectTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A test base class whose varargs {@code sql(..)} formats, runs and collects its statement. */
  private static final String SQL_TEST_BASE = """
      import static java.lang.String.format;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      class SqlTestBase {
        protected static SparkSession spark;

        protected static List<Row> sql(String query, Object... args) {
          return spark.sql(format(query, args)).collectAsList();
        }
      }
      """;

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.stream.Collectors;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import static org.apache.spark.sql.functions.*;

        class Negatives {
          static final int PREVIEW = 10;

          static class Bag { List<String> collect() { return List.of(); } }

          void run(SparkSession spark, Dataset<Row> events, JavaSparkContext sc, List<Integer> ids) {
            List<String> names = Stream.of("a", "b").collect(Collectors.toList());
            new Bag().collect();
            List<Row> preview = events.limit(10).collectAsList();
            Row[] top = events.orderBy(col("ts").desc()).limit(PREVIEW).collect();
            Row[] stats = events.agg(max("ts"), count(lit(1))).collect();
            Row[] stats2 = events.select(min("ts").alias("first"), max("ts")).collect();
            Row[] total = spark.sql("SELECT count(*) FROM events").collect();
            Row[] limited = spark.sql("SELECT * FROM events ORDER BY ts DESC LIMIT 20").collect();
            Row[] chosen =
                spark.sql("SELECT * FROM events ORDER BY ts DESC LIMIT " + ids.size()).collect();
            Dataset<Row> small = events.filter("kind = 'x'").limit(5);
            List<Row> fromSmall = small.collectAsList();
            var alsoSmall = events.limit(3);
            alsoSmall.collect();
            List<Integer> back = sc.parallelize(ids).map(i -> i + 1).collect();
            Row[] summary = events.describe("ts").collect();
            Row[] range = spark.range(100).toDF().collect();
            // events.collect() in a comment is not code
            String text = "events.collect()";
          }

          @SuppressWarnings("SparkUnboundedCollect")
          void suppressed(Dataset<Row> events) {
            events.collect();
          }

          @SuppressWarnings("sparklint")
          void suppressedAll(Dataset<Row> events) {
            events.collectAsList();
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.*;
            import static org.apache.spark.sql.functions.*;

            class Positives {
              private Dataset<Row> table;

              void setUp(SparkSession spark) {
                table = spark.table("events");
              }

              void run(SparkSession spark, JavaSparkContext sc, JavaPairRDD<String, Long> pairs) {
                Dataset<Row> events = spark.read().parquet("/data/events");
                // BUG: Diagnostic contains: `collectAsList()` copies every row of an unbounded Dataset
                List<Row> all = events.collectAsList();
                var filtered = events.filter("kind = 'click'");
                // BUG: Diagnostic contains: write the result out
                Row[] rows = filtered.collect();
                JavaRDD<String> lines = sc.textFile("/logs");
                // BUG: Diagnostic contains: unbounded RDD into driver memory; nothing upstream (limit, take, a global aggregate) bounds it. Fix: write the result out from the executors (rdd.saveAsTextFile
                List<String> everything = lines.collect();
                // BUG: Diagnostic contains: `collectAsMap()`
                Map<String, Long> lookup = pairs.collectAsMap();
                // BUG: Diagnostic contains: `countByValue()`
                Map<String, Long> counts = lines.countByValue();
                // BUG: Diagnostic contains: copies every row
                this.table.collect();
                Row[] perKey = events.groupBy("k").agg(max("v"))
                    // BUG: Diagnostic contains: collect()
                    .collect();
                // BUG: Diagnostic contains: unbounded Dataset
                Row[] lists = events.agg(collect_list("v")).collect();
                // BUG: Diagnostic contains: unbounded Dataset
                Row[] grouped = spark.sql("SELECT k, count(*) FROM t GROUP BY k").collect();
                Dataset<Row> reassigned = events.limit(10);
                reassigned = events;
                // BUG: Diagnostic contains: unbounded Dataset
                reassigned.collect();
                // BUG: Diagnostic contains: unbounded Dataset
                Row[] joined = spark.createDataFrame(List.of(), Row.class).crossJoin(events).collect();
              }
            }
            """)
        .expectMatches();
  }

  /**
   * Spark core calls less often written: fixed-length records of a file, {@code groupWith} (the
   * pair RDD's other name for {@code cogroup}) and an approximate distinct count per key.
   */
  @Test
  void binaryRecordsGroupWithAndApproximateCountsPerKey() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Negatives {
          static class Pairs { Pairs groupWith(Pairs other) { return this; } List<String> collect() { return List.of(); } }

          void run(JavaSparkContext sc, List<Tuple2<String, Integer>> local) {
            List<byte[]> firstRecords = sc.binaryRecords("/data/fixed", 16).take(5);
            long records = sc.binaryRecords("/data/fixed", 16).count();
            JavaPairRDD<String, Integer> a = sc.parallelizePairs(local);
            JavaPairRDD<String, Integer> b = sc.parallelizePairs(local);
            a.groupWith(b).collect();
            a.countApproxDistinctByKey(0.05).collect();
            new Pairs().groupWith(new Pairs()).collect();
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import scala.Tuple2;

            class Positives {
              void run(JavaSparkContext sc) {
                // BUG: Diagnostic contains: unbounded RDD
                List<byte[]> records = sc.binaryRecords("/data/fixed", 16).collect();
                JavaPairRDD<String, String> users = sc.textFile("/data/users")
                    .mapToPair(line -> new Tuple2<>(line.split(",")[0], line));
                JavaPairRDD<String, String> orders = sc.textFile("/data/orders")
                    .mapToPair(line -> new Tuple2<>(line.split(",")[0], line));
                // BUG: Diagnostic contains: unbounded RDD
                users.groupWith(orders).collect();
                // BUG: Diagnostic contains: `collectAsMap()`
                users.countApproxDistinctByKey(0.05).collectAsMap();
              }
            }
            """)
        .expectMatches();
  }

  /**
   * {@code ds.na()} and {@code ds.stat()} hand back helper objects whose Datasets keep the rows of
   * {@code ds}: dropping or filling missing values, a stratified sample. Their frequent items are
   * one row.
   */
  @Test
  void missingValueAndStatisticsHelpersKeepTheirDatasetsRows() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class Na { Na drop() { return this; } List<Row> collectAsList() { return List.of(); } }
          static class Frame { Na na() { return new Na(); } }

          void run(SparkSession spark, Map<String, Double> fractions) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            List<Row> firstClean = events.limit(10).na().drop().collectAsList();
            long clean = events.na().drop().count();
            List<Row> frequent = events.stat().freqItems(new String[] {"k"}).collectAsList();
            List<Row> sampled = events.stat().sampleBy("k", fractions, 1L).limit(5).collectAsList();
            new Frame().na().drop().collectAsList();
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              void run(SparkSession spark, Map<String, Double> fractions) {
                Dataset<Row> events = spark.read().parquet("/data/events");
                // BUG: Diagnostic contains: unbounded Dataset
                List<Row> complete = events.na().drop().collectAsList();
                Dataset<Row> filled = spark.read().parquet("/data/events").na().fill(0L);
                // BUG: Diagnostic contains: unbounded Dataset
                List<Row> all = filled.collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                events.stat().sampleBy("k", fractions, 1L).collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void followsRealCodeShapes() {
    tester.addSource("Negatives.java", """
        import java.util.Collections;
        import java.util.Iterator;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.Function2;
        import org.apache.spark.api.java.function.MapPartitionsFunction;
        import org.apache.spark.sql.*;

        class Negatives {
          private LocalTestSession session; // a SparkSession subclass the engine cannot see

          void driverDataThroughUnknownSession(List<String> words) {
            Dataset<String> ds = session.createDataset(words, Encoders.STRING());
            ds.collectAsList();
          }

          void reassignedLocals(JavaSparkContext sc, Dataset<Row> events, List<Integer> ids,
              List<scala.Tuple2<Integer, Integer>> pairs) {
            JavaRDD<Integer> sorted = sc.parallelize(ids).sortBy(i -> i, true, 2);
            sorted.collect();
            sorted = sc.parallelize(ids).filter(i -> i > 0);
            sorted.collect();
            Dataset<Row> recent = events.limit(10);
            recent = recent.filter("x > 0");
            recent.collectAsList();
            JavaPairRDD<Integer, Integer> byKey = sc.parallelizePairs(pairs).sortByKey();
            byKey.filterByRange(1, 5).collect();
          }

          void perPartitionSummaries(JavaRDD<String> lines, Dataset<String> words) {
            List<Integer> sizes = lines.mapPartitions(it -> {
              int n = 0;
              while (it.hasNext()) {
                it.next();
                n++;
              }
              return Collections.singletonList(n).iterator();
            }).collect();
            JavaRDD<Integer> ids = lines.mapPartitionsWithIndex(
                new Function2<Integer, Iterator<String>, Iterator<Integer>>() {
                  @Override
                  public Iterator<Integer> call(Integer index, Iterator<String> it) {
                    return Collections.singletonList(index).iterator();
                  }
                }, true);
            ids.collect();
            words.mapPartitions((MapPartitionsFunction<String, Long>) it ->
                List.of(1L).iterator(), Encoders.LONG()).collectAsList();
          }

          static class RddWrapper<T> {
            private JavaRDD<T> rdd;

            List<T> collectAsList() {
              return rdd.collect();
            }

            Map<T, Long> countByValue() {
              return rdd.countByValue();
            }
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.*;
            import org.apache.spark.sql.types.StructType;

            class Positives {
              void run(SparkSession spark, JavaSparkContext sc, JavaRDD<Row> rows, StructType schema,
                  List<Integer> ids, boolean full) {
                // BUG: Diagnostic contains: unbounded Dataset
                spark.createDataFrame(rows, schema).collectAsList();
                Dataset<Row> ds = spark.read().parquet("/x");
                ds = ds.filter("y > 0");
                // BUG: Diagnostic contains: unbounded Dataset
                ds.collectAsList();
                JavaRDD<Integer> grown = sc.parallelize(ids);
                for (int i = 0; i < 3; i++) {
                  // BUG: Diagnostic contains: unbounded RDD
                  grown.collect();
                  grown = grown.union(sc.textFile("/more").map(Integer::parseInt));
                }
                Dataset<Row> maybe = spark.createDataFrame(List.of(), schema);
                if (full) {
                  maybe = spark.table("t");
                }
                // BUG: Diagnostic contains: unbounded Dataset
                maybe.collectAsList();
                JavaRDD<String> lines = sc.textFile("/logs");
                // BUG: Diagnostic contains: unbounded RDD
                lines.mapPartitions(it -> it).collect();
                // BUG: Diagnostic contains: unbounded RDD
                lines.flatMap(l -> List.of(l.split(" ")).iterator()).collect();
              }

              List<Row> load(SparkSession spark) {
                // BUG: Diagnostic contains: unbounded Dataset
                return spark.table("t").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void kafkaStreamsAndRddsAreKnownWithoutDeclaredTypes() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class Negatives {
          static class KafkaUtils {
            static List<String> createRDD(Object... args) { return List.of(); }
          }

          void run(JavaStreamingContext jssc) {
            var notSpark = KafkaUtils.createRDD(jssc);
            notSpark.stream().collect(java.util.stream.Collectors.toList());
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.streaming.api.java.JavaStreamingContext;
            import org.apache.spark.streaming.kafka010.*;

            class Positives {
              void run(JavaStreamingContext jssc, JavaSparkContext sc, List<String> topics,
                  Map<String, Object> params, OffsetRange[] ranges) {
                var stream = KafkaUtils.createDirectStream(jssc,
                    LocationStrategies.PreferConsistent(), ConsumerStrategies.Subscribe(topics, params));
                stream.foreachRDD(rdd -> {
                  // BUG: Diagnostic contains: unbounded RDD
                  var records = rdd.collect();
                });
                var batch = KafkaUtils.createRDD(sc, params, ranges, LocationStrategies.PreferConsistent());
                // BUG: Diagnostic contains: unbounded RDD
                batch.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void dStreamBatchesReachTheDriverInForeachRddAndTransform() {
    tester.addSource("Negatives.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.streaming.api.java.JavaDStream;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;

        class Negatives {
          static class Feed { void foreachRDD(java.util.function.Consumer<List<String>> f) {} }

          void run(JavaStreamingContext jssc, Feed feed) {
            JavaDStream<String> lines = jssc.socketTextStream("localhost", 9999);
            lines.foreachRDD(rdd -> {
              rdd.foreachPartition(it -> it.forEachRemaining(System.out::println));
              List<String> sample = rdd.take(10);
              long n = rdd.count();
            });
            lines.countByValue().print();
            lines.map(String::trim).count().print();
            feed.foreachRDD(all -> all.stream().collect(java.util.stream.Collectors.toList()));
            lines.foreachRDD(rdd -> rdd.isEmpty());
            lines.transform(rdd -> rdd.distinct());
          }
        }
        """)
        .addSource("Positives.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.function.VoidFunction;
            import org.apache.spark.streaming.api.java.*;
            import scala.Tuple2;

            class Positives {
              void run(JavaStreamingContext jssc, JavaInputDStream<String> input) {
                jssc.socketTextStream("localhost", 9999)
                    .flatMap(l -> List.of(l.split(" ")).iterator())
                    .mapToPair(w -> new Tuple2<>(w, 1))
                    .reduceByKey(Integer::sum)
                    .foreachRDD(counts -> {
                      // BUG: Diagnostic contains: `collectAsMap()` copies every pair of an unbounded RDD
                      Map<String, Integer> all = counts.collectAsMap();
                    });
                input.foreachRDD((rdd, time) -> {
                  // BUG: Diagnostic contains: `collect()` copies every row of an unbounded RDD
                  List<String> batch = rdd.collect();
                });
                input.foreachRDD((JavaRDD<String> rdd) -> {
                  // BUG: Diagnostic contains: `countByValue()`
                  rdd.countByValue();
                });
                input.foreachRDD(new VoidFunction<JavaRDD<String>>() {
                  @Override
                  public void call(JavaRDD<String> rdd) {
                    // BUG: Diagnostic contains: unbounded RDD
                    rdd.collect();
                  }
                });
                input.transform(rdd -> {
                  // BUG: Diagnostic contains: unbounded RDD
                  System.out.println(rdd.collect());
                  return rdd;
                });
                JavaPairDStream<String, Integer> pairs = input.mapToPair(w -> new Tuple2<>(w, 1));
                pairs.transformToPair((rdd, time) -> {
                  // BUG: Diagnostic contains: unbounded RDD
                  rdd.collect();
                  return rdd;
                });
                input.transformWith(pairs, (rdd, other, time) -> {
                  // BUG: Diagnostic contains: `countByKey()`
                  other.countByKey();
                  return rdd;
                });
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void followsDataAcrossMethodsAndFiles() {
    tester.addSource("Fixtures.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Fixtures {
          static Dataset<Row> people(SparkSession spark, List<Row> rows) {
            return spark.createDataFrame(rows, Row.class);
          }
          static Dataset<Row> events(SparkSession spark) {
            return spark.read().parquet("/data/events");
          }
          static Dataset<Row> small(SparkSession spark) {
            return spark.range(0, 1000).toDF();
          }
          static Dataset<Row> huge(SparkSession spark) {
            return spark.range(0, 20_000_000L).toDF();
          }
          static JavaRDD<Integer> numbers(JavaSparkContext sc) {
            return sc.parallelize(List.of(1, 2, 3));
          }
          static Dataset<Row> firstOf(Dataset<Row> ds) {
            return ds.limit(10);
          }
          static Dataset<Row> query(SparkSession spark, String sql) {
            return spark.sql(sql);
          }
          static Dataset<Row> same(Dataset<Row> ds) {
            return ds.filter("x > 0");
          }
        }
        """)
        .addSource("Rows.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Rows {
              // Collecting is this method's contract: its callers decide how much it collects.
              static List<Row> of(Dataset<Row> ds) {
                return ds.collectAsList();
              }
              static List<Row> sorted(Dataset<Row> ds) {
                return of(ds.orderBy("id"));
              }
            }
            """)
        .addSource("Checks.java", """
            import java.util.ArrayList;
            import java.util.List;
            import java.util.function.BiConsumer;
            import java.util.function.Consumer;
            import java.util.function.ToIntFunction;
            import java.util.stream.Stream;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Checks {
              private final List<Consumer<Dataset<Row>>> checks = new ArrayList<>();

              static void withCheck(Dataset<Row> ds, ToIntFunction<Dataset<Row>> check) {
                check.applyAsInt(ds);
              }
              static void withBoth(String name, BiConsumer<String, Dataset<Row>> check) {
                check.accept(name, SparkSession.active().table(name));
              }
              static void withStrings(Consumer<Stream<String>> check) {}
              static void withFixture(Consumer<Dataset<Row>> check) {
                check.accept(SparkSession.active().createDataFrame(List.of(), Row.class));
              }
              Checks then(Consumer<Dataset<Row>> check) {
                checks.add(check);
                return this;
              }
              void run() {
                Dataset<Row> data = SparkSession.active().read().parquet("/data/events");
                for (Consumer<Dataset<Row>> check : checks) {
                  check.accept(data);
                }
              }
            }
            """)
        .addSource("Base.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            abstract class Base {
              protected Dataset<Row> table;
            }
            """)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job extends Base {
              void negatives(SparkSession spark, JavaSparkContext sc, List<Row> rows) {
                Fixtures.people(spark, rows).collectAsList();
                Fixtures.small(spark).collect();
                Fixtures.numbers(sc).collect();
                Fixtures.firstOf(Fixtures.events(spark)).collectAsList();
                Rows.of(Fixtures.small(spark));
                Fixtures.people(spark, rows).join(Fixtures.small(spark), "id").collectAsList();
                Fixtures.small(spark).union(Fixtures.people(spark, rows)).collectAsList();
                Fixtures.query(spark, "SELECT count(*) FROM events").collectAsList();
                Fixtures.query(spark, "SELECT * FROM events LIMIT 10").collectAsList();
              }

              void positives(SparkSession spark) {
                // BUG: Diagnostic contains: the rows come from `Fixtures.events()` (Fixtures.java:12)
                Fixtures.events(spark).collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                Fixtures.huge(spark).collect();
                // BUG: Diagnostic contains: unbounded Dataset
                Fixtures.same(Fixtures.events(spark)).collectAsList();
                // BUG: Diagnostic contains: in `Rows.of()` (Rows.java:8)
                Rows.of(Fixtures.events(spark));
                // BUG: Diagnostic contains: in `Rows.of()` (Rows.java:8)
                Rows.sorted(spark.table("events"));
                // BUG: Diagnostic contains: unbounded Dataset
                Fixtures.small(spark).join(spark.table("events"), "id").collectAsList();
                // BUG: Diagnostic contains: the rows come from `Fixtures.query()`
                Fixtures.query(spark, "SELECT * FROM events").collectAsList();
              }

              void harness(SparkSession spark, List<Row> rows) {
                // BUG: Diagnostic contains: unbounded Dataset
                Checks.withCheck(spark.table("events"), ds -> ds.collectAsList().size());
                // BUG: Diagnostic contains: unbounded Dataset
                Checks.withBoth("rows", (name, ds) -> ds.collectAsList());
                Checks.withStrings(list -> list.collect(java.util.stream.Collectors.toList()));
                // Only driver data reaches these lambdas.
                Checks.withFixture(ds -> ds.collectAsList());
                Checks.withCheck(spark.range(10).toDF(), ds -> ds.collectAsList().size());
                // No code in sight assigns the inherited field: unknown, never an alarm.
                table.collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                new Checks().then(ds -> ds.collectAsList()).then(ds -> ds.count());
              }

              // No project method calls this one: its parameter is unbounded as far as we know.
              List<Row> entryPoint(Dataset<Row> input) {
                // BUG: Diagnostic contains: unbounded Dataset
                return input.collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void unknownOriginsStayQuietUnlessQueriesOrInputsTellTheRows() {
    tester.addSource("Queries.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import com.acme.Kylin;

        class Queries {
          // Runs the text on an engine sparklint cannot see.
          static Dataset<Row> query(String project, String sql) {
            return Kylin.run(project, sql);
          }
        }
        """)
        .addSource("Engine.java", """
        import java.util.function.Function;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import com.acme.Matrices;

        class Engine {
          void run(SparkSession spark, Matrices m, Function<Dataset<Row>, Dataset<Row>> clean) {
            // Out of sight: a library's own result.
            Dataset<Row> matrix = m.toDataFrame();
            matrix.collectAsList();
            matrix.flatMap(r -> java.util.List.of(r, r).iterator(), null).collectAsList();
            // The query text tells the rows, whoever runs it.
            Queries.query("proj", "select count(*) from t where d = '2020-11-05'").collectAsList();
            Queries.query("proj", "select k, count(*) from t where k in ('a', 'b') group by k")
                .collectAsList();
            Queries.query("proj", "select x from t where 1 = 0").collectAsList();
            // BUG: Diagnostic contains: unbounded Dataset
            Queries.query("proj", "select k, count(*) from t group by k").collectAsList();
            // A function of a table read holds as many rows as the read.
            Dataset<Row> cleaned = clean.apply(spark.table("events"));
            // BUG: Diagnostic contains: unbounded Dataset
            cleaned.collectAsList();
            Dataset<Row> tiny = clean.apply(spark.range(10).toDF());
            tiny.collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aHundredWithColumnCallsInOneChainStillReachTheCollect() {
    // A chain deeper than SparkTypes' recursion limit (64): resolved bottom-up, not given up on.
    StringBuilder chain = new StringBuilder("spark.read().parquet(\"/data/wide\")");
    for (int i = 0; i < 100; i++) {
      chain.append("\n        .withColumn(\"c").append(i).append("\", lit(").append(i).append("))");
    }
    tester.addSource("Wide.java", """
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import static org.apache.spark.sql.functions.lit;

        class Wide {
          Object run(SparkSession spark) {
            Object bounded = %s
                .limit(10).collect();
            return %s
                // BUG: Diagnostic contains: `collect()` copies every row of an unbounded Dataset
                .collect();
          }
        }
        """.formatted(chain, chain))
        .expectMatches();
  }

  @Test
  void patternBindingsHoldTheDatasetTheyMatched() {
    tester.addSource("Holder.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        record Holder(String name, Dataset<Row> ds) {}
        """)
        .addSource("Negatives.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Negatives {
              static class Table { Object[] collect() { return new Object[0]; } }
              record Named(Table ds) {}

              void run(Dataset<Row> events, Object o, Object h) {
                Object few = events.limit(10);
                if (few instanceof Dataset<?> ds) {
                  ds.collect();
                }
                if (o instanceof com.acme.data.Dataset ds) {
                  ds.collect();
                }
                if (o instanceof Table ds) {
                  ds.collect();
                }
                if (h instanceof Named(Table ds)) {
                  ds.collect();
                }
                Object r = switch (o) {
                  case Table ds -> ds.collect();
                  case Named(var ds) -> ds.collect();
                  default -> null;
                };
              }
            }
            """)
        .addSource("Positives.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Positives {
              void run(Object o, Holder h) {
                if (o instanceof Dataset<?> ds) {
                  // BUG: Diagnostic contains: `collect()` copies every row of an unbounded Dataset
                  ds.collect();
                }
                if (h instanceof Holder(String name, Dataset<Row> ds) && name != null) {
                  // BUG: Diagnostic contains: `collectAsList()` copies every row
                  ds.collectAsList();
                }
                // BUG: Diagnostic contains: `collect()` copies every row
                Object[] rows = o instanceof Dataset<?> ds ? (Object[]) ds.collect() : null;
                if (!(o instanceof Dataset<?> all)) {
                  return;
                }
                // BUG: Diagnostic contains: `collectAsList()` copies every row
                all.collectAsList();
              }

              Object bySwitch(Object o) {
                return switch (o) {
                  // BUG: Diagnostic contains: `collect()` copies every row
                  case Dataset<?> ds -> ds.collect();
                  case Holder(String name, Dataset<Row> ds) when !name.isEmpty() ->
                      // BUG: Diagnostic contains: `collectAsList()` copies every row
                      ds.collectAsList();
                  default -> null;
                };
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void queryTextGivenToAHelperThatCollectsItIsJudgedAtTheCall() {
    tester.addSource("SqlHelpers.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class SqlHelpers {
          protected SparkSession spark;

          // Collecting whatever query it is given is this helper's contract.
          List<Row> rows(String query) {
            return spark.sql(query).collectAsList();
          }
          List<Row> tableData(String table) {
            // BUG: Diagnostic contains: brings every row of the query it is given
            return rows("SELECT * FROM " + table);
          }
          static String selectAll(String table) {
            return String.format("SELECT * FROM %s ORDER BY id", table);
          }
          static String countAll(String table) {
            return "SELECT count(*) FROM " + table;
          }
        }
        """)
        .addSource("CatalogTest.java", """
        import java.util.List;

        // Names no Spark type: its Spark comes from the base class in another file.
        class CatalogTest extends SqlHelpers {
          static final String TABLE = System.getenv("TABLE");
          static final String SELECT_TABLE = String.format("SELECT * FROM %s", TABLE);
          static final String COUNT_TABLE = "SELECT count(*) FROM " + TABLE;

          void constants() {
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql(SELECT_TABLE).collectAsList();
            spark.sql(COUNT_TABLE).collectAsList();
          }

          void test(String ns, String table) {
            rows("SELECT count(*) FROM events");
            rows(String.format("SHOW TABLES IN %s", ns));
            rows("DESCRIBE TABLE " + table);
            rows("SELECT k, count(*) FROM events WHERE k IN ('a', 'b') GROUP BY k");
            // BUG: Diagnostic contains: `rows(...)` brings every row of the query it is given
            rows("SELECT * FROM events");
            String grouped = "SELECT k, count(*) FROM " + table + " GROUP BY k";
            // BUG: Diagnostic contains: brings every row of what its argument `grouped` selects
            rows(grouped);
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql("SELECT * FROM " + table).collectAsList();
            spark.sql("SHOW DATABASES").collectAsList();
            // The text a helper method returns is read too.
            rows(countAll(table));
            // BUG: Diagnostic contains: `rows(...)` brings every row
            rows(selectAll(table));
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql(selectAll(table)).collectAsList();
            spark.catalog().listTables().collectAsList();
            spark.catalog().listColumns(table).collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aQueryTemplateFormattedInsideTheHelperIsJudgedAtTheCall() {
    tester.addSource("SqlTestBase.java", """
        import static java.lang.String.format;

        import java.util.List;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class SqlTestBase {
          protected static SparkSession spark;

          protected static List<Row> sql(String query, Object... args) {
            return spark.sql(format(query, args)).collectAsList();
          }
          protected List<Row> sqlOf(String statement, Object... args) {
            return spark.sql(String.format(statement, args)).collectAsList();
          }
          protected List<Row> sqlFormatted(String statement, Object... args) {
            return spark.sql(statement.formatted(args)).collectAsList();
          }
        }
        """)
        .addSource("BranchTest.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;

        class BranchTest extends SqlTestBase {
          void test(String catalog, String table) {
            List<Row> branches = sql("LIST BRANCHES IN %s", catalog);
            // BUG: Diagnostic contains: `sql(...)` brings every row of the query it is given
            sql("SELECT * FROM %s", table);
            // BUG: Diagnostic contains: `sqlOf(...)` brings every row of the query it is given
            sqlOf("SELECT * FROM %s VERSION AS OF 1", table);
            // BUG: Diagnostic contains: `sqlFormatted(...)` brings every row of the query it is given
            sqlFormatted("SELECT id, data FROM %s ORDER BY id", table);
            sql("SELECT count(*) FROM %s", table);
            sqlOf("SHOW TABLES IN %s", catalog);
            sql("CREATE TABLE %s (id int)", table);
            // An extension's own command is out of sight, not a table read.
            sql("LIST REFERENCES IN %s", catalog);
            sqlOf("ASSIGN BRANCH dev TO main IN %s", catalog);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aVarargsHelperIsJudgedAtCallsWithAnyNumberOfFormatArguments() {
    tester.addSource("SqlTestBase.java", SQL_TEST_BASE)
        .addSource("TableTest.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;

        class TableTest extends SqlTestBase {
          void test(String ns, String table, String ref) {
            // BUG: Diagnostic contains: `sql(...)` brings every row of the query it is given
            sql("SELECT * FROM %s.%s", ns, table);
            // BUG: Diagnostic contains: `sql(...)` brings every row of the query it is given
            sql("SELECT * FROM nessie.db.`tbl@%s` WHERE id > %d ORDER BY %s", ref, 3, "id");
            // BUG: Diagnostic contains: `sql(...)` brings every row of the query it is given
            sql("SELECT * FROM nessie.db.tbl");
            // BUG: Diagnostic contains: `sql(...)` brings every row of the query it is given
            sql("SELECT * FROM %s.%s", new Object[] {ns, table});
            sql("SELECT count(*) FROM %s.%s", ns, table);
            sql("SHOW TABLES IN %s", ns);
            sql("DESCRIBE TABLE %s.%s", ns, table);
            sql("INSERT INTO %s.%s VALUES (1, 'a')", ns, table);
            sql("LIST REFERENCES IN %s", ns);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aFixedArityOverloadIsPreferredToTheVarargsOneAsJavaDoes() {
    tester.addSource("Frames.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Frames {
          // Writes its frames out: never reached by a call that fits the fixed-arity overload.
          static void rows(Dataset<Row> first, Dataset<Row> second) {
            first.write().parquet("/out/a");
            second.write().parquet("/out/b");
          }

          static List<Row> rows(Dataset<Row> first, Dataset<Row>... more) {
            return first.collectAsList();
          }
        }
        """)
        .addSource("Job.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark) {
            Dataset<Row> events = spark.table("events");
            Dataset<Row> few = spark.table("events").limit(10);
            Frames.rows(events, events);
            // BUG: Diagnostic contains: `rows(...)` brings every row of its argument `events`
            Frames.rows(events);
            // BUG: Diagnostic contains: `rows(...)` brings every row of its argument `events`
            Frames.rows(events, few, few);
            Frames.rows(few);
            Frames.rows(few, events, events);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aPrivateHelperThatCollectsItsParameterIsJudgedOnlyAtItsCalls() {
    tester.addSource("PairDataSet.java", """
        import java.util.List;
        import java.util.Map;
        import java.util.Set;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class PairDataSet {
          private JavaSparkContext sc;

          // No call in sight: dead code, nothing fills its parameter.
          private Set<String> keySet(JavaPairRDD<String, Long> right) {
            return right.collectAsMap().keySet();
          }

          private List<Tuple2<String, Long>> pairs(JavaPairRDD<String, Long> right) {
            return right.collect();
          }

          // Not private: any class may call it, so it is judged with its parameter unbounded,
          // and the message says why.
          Map<String, Long> asMap(JavaPairRDD<String, Long> right) {
            // BUG: Diagnostic contains: (low confidence) `collectAsMap()` copies every pair of an unbounded RDD into a driver-side map; the driver can run out of memory; the rows depend on the parameter `right`, and no call in the analyzed sources shows what its callers pass
            return right.collectAsMap();
          }

          void join(String path) {
            JavaPairRDD<String, Long> all = sc.textFile(path).mapToPair(l -> new Tuple2<>(l, 1L));
            // BUG: Diagnostic contains: `pairs(...)` brings every row of its argument `all`
            pairs(all);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void sparkOneDataFramesAndHiveContextsAreDatasetsAndSqlContexts() {
    tester.addSource("HiveJob.java", """
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.DataFrame;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.hive.HiveContext;

        class HiveJob {
          void run(JavaSparkContext jsc) {
            HiveContext hive = new HiveContext(jsc.sc());
            // BUG: Diagnostic contains: `collect()` copies every row of an unbounded Dataset
            Row[] all = hive.table("good_student_infos").collect();
            DataFrame joined = hive.sql("SELECT a.name, b.score FROM a JOIN b ON a.name = b.name");
            // BUG: Diagnostic contains: `collectAsList()` copies every row of an unbounded Dataset
            joined.collectAsList();
            DataFrame total = hive.sql("SELECT count(*) FROM news_access");
            total.collect();
            joined.groupBy("name").count().limit(10).collect();
            hive.sql("SHOW TABLES").collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aParameterizedTestsStatementsAreTheValuesJUnitGivesIt() {
    tester.addSource("SqlTestBase.java", SQL_TEST_BASE)
        .addSource("CommandsTest.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.junit.jupiter.params.ParameterizedTest;
        import org.junit.jupiter.params.provider.MethodSource;
        import org.junit.jupiter.params.provider.ValueSource;

        class CommandsTest extends SqlTestBase {
          @ParameterizedTest
          @ValueSource(strings = {"SHOW TABLES IN %s", "DESCRIBE NAMESPACE %s", "USE REF %s IN x"})
          void commands(String statement) {
            sql(statement, "db");
          }

          @ParameterizedTest
          @ValueSource(strings = {"SHOW TABLES IN %s", "SELECT * FROM %s.events"})
          void reads(String statement) {
            // BUG: Diagnostic contains: `sql(...)` brings every row
            sql(statement, "db");
          }

          @ParameterizedTest
          @ValueSource(strings = {"SELECT count(*) FROM t", "SELECT * FROM t"})
          void direct(String query) {
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql(query).collectAsList();
          }

          @ParameterizedTest
          @MethodSource("frames")
          void frames(Dataset<Row> frame, String query) {
            frame.collectAsList();
            sql(query);
          }

          // Not a parameterized test: nothing in sight calls it, so its statement is unbounded.
          void helper(String query) {
            // BUG: Diagnostic contains: `sql(...)` brings every row
            sql(query);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aStatementSparkDoesNotKnowIsNoTableRead() {
    tester.addSource("Extensions.java", """
        import org.apache.spark.sql.SparkSession;

        class Extensions {
          void run(SparkSession spark, String ref) {
            spark.sql("LIST REFERENCES IN nessie").collectAsList();
            spark.sql("MERGE BRANCH dev INTO main IN nessie").collectAsList();
            spark.sql("SHOW LOG " + ref + " IN nessie").collectAsList();
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql("SELECT * FROM nessie.db.events").collectAsList();
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            spark.sql("WITH t AS (SELECT * FROM events) SELECT * FROM t").collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void namedFunctionClassesEmittingOneElementPerPartitionBoundTheRows() {
    tester.addSource("CountPartitions.java", """
        import java.util.Collections;
        import java.util.Iterator;
        import org.apache.spark.api.java.function.Function2;

        class CountPartitions implements Function2<Integer, Iterator<String>, Iterator<long[]>> {
          @Override
          public Iterator<long[]> call(Integer partition, Iterator<String> rows) {
            long n = 0;
            while (rows.hasNext()) {
              rows.next();
              n++;
            }
            return Collections.singletonList(new long[] {partition, n}).iterator();
          }
        }
        """)
        .addSource("CopyAll.java", """
        import java.util.Iterator;
        import org.apache.spark.api.java.function.Function2;

        class CopyAll implements Function2<Integer, Iterator<String>, Iterator<String>> {
          @Override
          public Iterator<String> call(Integer partition, Iterator<String> rows) {
            return rows;
          }
        }
        """)
        .addSource("Balance.java", """
        import org.apache.spark.api.java.JavaSparkContext;

        class Balance {
          void run(JavaSparkContext sc) {
            sc.textFile("/logs").mapPartitionsWithIndex(new CountPartitions(), false).collect();
            // BUG: Diagnostic contains: unbounded RDD
            sc.textFile("/logs").mapPartitionsWithIndex(new CopyAll(), false).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aFunctionInALocalReturningALocalOfOneElementBoundsTheRowsToThePartitions() {
    tester.addSource("Writer.java", """
        import java.util.Arrays;
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.Function2;

        class Writer {
          List<String> write(JavaRDD<String> rdd) {
            Function2<Integer, Iterator<String>, Iterator<String>> writeFunc = (index, rows) -> {
              long n = 0;
              while (rows.hasNext()) {
                rows.next();
                n++;
              }
              String result = index + ":" + n;
              List<String> results = Arrays.asList(result);
              return results.iterator();
            };
            return rdd.mapPartitionsWithIndex(writeFunc, true).collect();
          }

          List<String> copy(JavaRDD<String> rdd) {
            Function2<Integer, Iterator<String>, Iterator<String>> copyFunc = (index, rows) -> {
              List<String> all = new ArrayList<>();
              rows.forEachRemaining(all::add);
              List<String> out = all;
              return out.iterator();
            };
            // BUG: Diagnostic contains: unbounded RDD
            return rdd.mapPartitionsWithIndex(copyFunc, true).collect();
          }

          List<String> spread(JavaRDD<String> rdd) {
            Function2<Integer, Iterator<String>, Iterator<String>> splitFunc = (index, rows) -> {
              String[] words = rows.next().split(" ");
              List<String> out = Arrays.asList(words);
              return out.iterator();
            };
            // BUG: Diagnostic contains: unbounded RDD
            return rdd.mapPartitionsWithIndex(splitFunc, true).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void emptyDatasetsAndRddsHoldNoRowsAlsoThroughAHelperUnion() {
    tester.addSource("Mappings.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.SQLContext;
        import org.apache.spark.sql.SparkSession;

        class Mappings {
          static JavaRDD<String> merge(JavaRDD<String> a, JavaRDD<String> b) {
            return a.union(b).distinct();
          }

          void run(JavaSparkContext jsc, SparkSession spark, SQLContext sql) {
            JavaRDD<String> some = jsc.parallelize(Arrays.asList("a", "b"));
            JavaRDD<String> none = jsc.emptyRDD();
            merge(some, none).collect();
            spark.emptyDataFrame().collectAsList();
            spark.emptyDataset(null).collectAsList();
            sql.emptyDataFrame().collectAsList();
            // BUG: Diagnostic contains: unbounded RDD
            merge(jsc.textFile("/x"), none).collect();
            // BUG: Diagnostic contains: unbounded RDD
            jsc.emptyRDD().union(jsc.textFile("/y")).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void hadoopRddsCastToTheirOwnClassesAreStillFileReads() {
    tester.addSource("Files.java", """
        import org.apache.hadoop.io.LongWritable;
        import org.apache.hadoop.io.Text;
        import org.apache.hadoop.mapred.JobConf;
        import org.apache.hadoop.mapred.lib.CombineTextInputFormat;
        import org.apache.spark.api.java.JavaHadoopRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Files {
          static JavaHadoopRDD<LongWritable, Text> combined(JavaSparkContext sc, JobConf conf) {
            var rdd = sc.hadoopRDD(conf, CombineTextInputFormat.class, LongWritable.class,
                Text.class, 2);
            return (JavaHadoopRDD<LongWritable, Text>) rdd;
          }

          static JavaRDD<String> input(JavaSparkContext sc, JobConf conf, boolean exists) {
            if (!exists) {
              return sc.emptyRDD();
            }
            return combined(sc, conf).map(t -> t._2().toString());
          }

          void run(JavaSparkContext sc, JobConf conf) {
            // BUG: Diagnostic contains: unbounded RDD
            combined(sc, conf).collect();
            // BUG: Diagnostic contains: unbounded RDD
            input(sc, conf, true).collect();
            combined(sc, conf).take(10);
          }
        }
        """)
        .expectMatches();
  }

  /** The imports of the MLlib matrix tests. */
  private static final String MATRIX_IMPORTS = """
      import java.util.Arrays;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;
      import org.apache.spark.mllib.linalg.Matrix;
      import org.apache.spark.mllib.linalg.Vector;
      import org.apache.spark.mllib.linalg.Vectors;
      import org.apache.spark.mllib.linalg.distributed.BlockMatrix;
      import org.apache.spark.mllib.linalg.distributed.CoordinateMatrix;
      import org.apache.spark.mllib.linalg.distributed.DistributedMatrix;
      import org.apache.spark.mllib.linalg.distributed.IndexedRow;
      import org.apache.spark.mllib.linalg.distributed.IndexedRowMatrix;
      import org.apache.spark.mllib.linalg.distributed.MatrixEntry;
      import org.apache.spark.mllib.linalg.distributed.RowMatrix;
      import org.apache.spark.mllib.stat.MultivariateStatisticalSummary;
      """;

  @Test
  void mllibDistributedMatricesHoldTheRowsOfTheRddTheyAreMadeFrom() {
    tester.addSource("Negatives.java", MATRIX_IMPORTS + """

        class Negatives {
          static class Grid {
            Grid(JavaRDD<Vector> rows) {}
            Matrix toLocalMatrix() { return null; }
          }

          void fromTheDriver(JavaSparkContext sc, Matrix pc) {
            JavaRDD<Vector> literal =
                sc.parallelize(Arrays.asList(Vectors.dense(1, 2), Vectors.dense(3, 4)));
            RowMatrix matrix = new RowMatrix(literal.rdd());
            Object product = matrix.multiply(pc).rows().collect();
            IndexedRowMatrix indexed = new IndexedRowMatrix(
                sc.parallelize(Arrays.asList(new IndexedRow(0, Vectors.dense(1, 2)))).rdd());
            Matrix local = indexed.toBlockMatrix().transpose().toLocalMatrix();
          }

          void driverSizedResults(JavaSparkContext sc) {
            RowMatrix matrix = new RowMatrix(sc.textFile("/data/points").map(Negatives::parse).rdd());
            Matrix gramian = matrix.computeGramianMatrix();
            long rows = matrix.numRows();
            MultivariateStatisticalSummary stats = matrix.computeColumnSummaryStatistics();
            Matrix components = matrix.computePrincipalComponents(3);
          }

          void notMllib(JavaSparkContext sc) {
            new Grid(sc.textFile("/data/points").map(Negatives::parse)).toLocalMatrix();
          }

          static Vector parse(String line) {
            return Vectors.dense(Double.parseDouble(line));
          }
        }
        """)
        .addSource("Positives.java", MATRIX_IMPORTS + """

        class Positives {
          void wholeFiles(JavaSparkContext sc, Matrix pc) {
            JavaRDD<Vector> points = sc.textFile("/data/points").map(Positives::parse);
            RowMatrix matrix = new RowMatrix(points.rdd());
            // BUG: Diagnostic contains: `collect()` copies every row of an unbounded RDD
            Object projected = matrix.multiply(pc).rows().collect();
            JavaRDD<MatrixEntry> entries = sc.textFile("/data/entries").map(Positives::entry);
            CoordinateMatrix coordinates = new CoordinateMatrix(entries.rdd());
            // BUG: Diagnostic contains: every block of an unbounded distributed matrix
            Matrix local = coordinates.toBlockMatrix(1024, 1024).toLocalMatrix();
            IndexedRowMatrix indexed = coordinates.transpose().toIndexedRowMatrix();
            // BUG: Diagnostic contains: unbounded RDD
            indexed.rows().toJavaRDD().collect();
          }

          static Vector parse(String line) {
            return Vectors.dense(Double.parseDouble(line));
          }

          static MatrixEntry entry(String line) {
            return new MatrixEntry(0, 0, Double.parseDouble(line));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void mllibMatricesAreFollowedThroughHelpersThatMakeOrCollectThem() {
    tester.addSource("Blocks.java", MATRIX_IMPORTS + """

        class Blocks {
          static BlockMatrix load(JavaSparkContext sc, String path) {
            JavaRDD<IndexedRow> rows = sc.textFile(path).map(Blocks::row);
            return new IndexedRowMatrix(rows.rdd()).toBlockMatrix(1024, 1024);
          }

          static BlockMatrix identity(JavaSparkContext sc) {
            return new IndexedRowMatrix(sc.parallelize(Arrays.asList(
                new IndexedRow(0, Vectors.dense(1, 0)), new IndexedRow(1, Vectors.dense(0, 1))))
                .rdd()).toBlockMatrix();
          }

          static void write(DistributedMatrix matrix) {
            if (matrix.getClass() == IndexedRowMatrix.class) {
              rowsOf((IndexedRowMatrix) matrix);
            }
          }

          private static void rowsOf(IndexedRowMatrix matrix) {
            matrix.rows().toJavaRDD().collect();
          }

          void run(JavaSparkContext sc) {
            // BUG: Diagnostic contains: `toLocalMatrix()` copies every block
            load(sc, "/data/a").toLocalMatrix();
            identity(sc).toLocalMatrix();
            identity(sc).add(identity(sc)).toLocalMatrix();
            // BUG: Diagnostic contains: every block of an unbounded distributed matrix
            identity(sc).multiply(load(sc, "/data/b")).toLocalMatrix();
            write(identity(sc).toIndexedRowMatrix());
            // BUG: Diagnostic contains: `write(...)` brings every row of its argument
            write(load(sc, "/data/c").toIndexedRowMatrix());
          }

          static IndexedRow row(String line) {
            return new IndexedRow(0, Vectors.dense(Double.parseDouble(line)));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void zipHasTheRowsOfItsReceiver() {
    tester.addSource("Zips.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Zips {
          void run(JavaSparkContext sc) {
            JavaRDD<String> driver = sc.parallelize(Arrays.asList("a", "b"));
            driver.zip(driver.map(String::length)).collect();
            // BUG: Diagnostic contains: unbounded RDD
            sc.textFile("/reads").zip(driver).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aFunctionReturningALocalFilledByAOneElementHelperEmitsOnePerPartition() {
    tester.addSource("Align.java", """
        import java.util.ArrayList;
        import java.util.Iterator;
        import org.apache.spark.api.java.function.Function2;

        class Align implements Function2<Integer, Iterator<String>, Iterator<String>> {
          @Override
          public Iterator<String> call(Integer index, Iterator<String> reads) {
            ArrayList<String> outputs = new ArrayList<>();
            while (reads.hasNext()) {
              reads.next();
            }
            if (index >= 0) {
              outputs = align(index);
            }
            return outputs.iterator();
          }

          ArrayList<String> align(int index) {
            return copyResult("part-" + index);
          }

          ArrayList<String> copyResult(String name) {
            ArrayList<String> copied = new ArrayList<>();
            copied.add("/out/" + name);
            return copied;
          }
        }
        """)
        .addSource("Split.java", """
        import java.util.ArrayList;
        import java.util.Iterator;
        import org.apache.spark.api.java.function.Function2;

        class Split implements Function2<Integer, Iterator<String>, Iterator<String>> {
          @Override
          public Iterator<String> call(Integer index, Iterator<String> reads) {
            ArrayList<String> outputs = new ArrayList<>();
            outputs = every(reads);
            return outputs.iterator();
          }

          ArrayList<String> every(Iterator<String> reads) {
            ArrayList<String> all = new ArrayList<>();
            while (reads.hasNext()) {
              all.add(reads.next());
            }
            return all;
          }
        }
        """)
        .addSource("Aligner.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Aligner {
          List<String> outputs(JavaRDD<String> reads) {
            return reads.mapPartitionsWithIndex(new Align(), true).collect();
          }

          List<String> copies(JavaRDD<String> reads) {
            // BUG: Diagnostic contains: unbounded RDD
            return reads.mapPartitionsWithIndex(new Split(), true).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void userClassNamedDatasetIsNotSpark() {
    tester.addSource("Mine.java", """
        import org.apache.spark.sql.Row;
        class Dataset<T> { Object[] collect() { return new Object[0]; } }
        class Mine {
          void run(Dataset<Row> spark) {
            spark.collect();
          }
        }
        """)
        .expectNoFindings();
  }

  @Test
  void queryTextAnInheritedHelperFormatsIsReadAtTheCall() {
    tester.addSource("V2TestBase.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        abstract class V2TestBase {
          protected SparkSession spark;

          protected void check(String sql, List<Row> expected) {
            if (!spark.sql(sql).collectAsList().equals(expected)) {
              throw new AssertionError(sql);
            }
          }
          protected static String str(String format, Object... args) {
            return String.format(format, args);
          }
          protected static String same(String text) {
            return text;
          }
          protected static String changed(String format, Object arg) {
            format = format.trim();
            return String.format(format, arg);
          }
        }
        """)
        .addSource("V2ReadTest.java", """
        import java.util.List;
        import org.apache.spark.sql.Row;

        class V2ReadTest extends V2TestBase {
          void reads(String path, List<Row> rows) {
            // BUG: Diagnostic contains: `check(...)` brings every row
            check(str("SELECT * FROM dsv2.delta.`%s` ORDER BY id", path), rows);
            // BUG: Diagnostic contains: `check(...)` brings every row
            check(same("SELECT * FROM events"), rows);
            check(str("SELECT count(*) FROM dsv2.delta.`%s`", path), rows);
            check(str("SELECT * FROM dsv2.delta.`%s` LIMIT 10", path), rows);
            check(same("SHOW TABLES"), rows);
            // The format is reassigned in the helper: its text is not the caller's any more.
            check(changed("SELECT * FROM %s", path), rows);
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void helpersReachedThroughAStaticImportAreJudgedAtTheCall() {
    tester.addSource("p/TestFrames.java", """
        package p;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class TestFrames {
          // Collecting its arguments is this helper's contract: judged where it is called.
          public static void assertFramesEqual(Dataset<Row> expected, Dataset<Row> actual) {
            if (!expected.collectAsList().equals(actual.collectAsList())) {
              throw new AssertionError();
            }
          }
        }
        """)
        .addSource("p/ReadTest.java", """
        package p;
        import static p.TestFrames.assertFramesEqual;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class ReadTest {
          void run(SparkSession spark) {
            Dataset<Row> expected = spark.range(3).toDF();
            Dataset<Row> read = spark.read().format("tiledb").load("array");
            // BUG: Diagnostic contains: `assertFramesEqual(...)` brings every row of its argument `read`
            assertFramesEqual(expected, read);
            assertFramesEqual(spark.range(3).toDF(), read.limit(3));
          }
        }
        """)
        .addSource("p/Shadowing.java", """
        package p;
        import static p.TestFrames.*;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Shadowing {
          // The class's own method hides the imported one: it compares schemas only.
          static void assertFramesEqual(Dataset<Row> expected, Dataset<Row> actual) {
            if (!expected.schema().equals(actual.schema())) {
              throw new AssertionError();
            }
          }
          void run(SparkSession spark) {
            assertFramesEqual(spark.table("a"), spark.table("b"));
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void sqlThroughTheSqlContextOfADataset() {
    tester.addSource("TempViews.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class TempViews {
          void run(SparkSession spark) {
            Dataset<Row> dfRead = spark.read().format("tiledb").load("array");
            dfRead.createOrReplaceTempView("tmp");
            // BUG: Diagnostic contains: copies every row of an unbounded Dataset
            List<Row> rows = dfRead.sqlContext().sql("SELECT * FROM tmp").collectAsList();
            List<Row> count = dfRead.sqlContext().sql("SELECT count(*) FROM tmp").collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aLocalFirstSetToNullHoldsWhatItsBranchesGiveIt() {
    tester.addSource("LogQuery.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class LogQuery {
          static final List<String> EXAMPLE = List.of("a,1", "b,2");

          void run(JavaSparkContext sc, String[] args, JavaRDD<String> given) {
            JavaRDD<String> logs = null;
            if (args.length == 1) {
              logs = sc.textFile(args[0]);
            } else {
              logs = sc.parallelize(EXAMPLE);
            }
            // BUG: Diagnostic contains: unbounded RDD
            logs.collect();

            JavaRDD<String> sample = null;
            if (args.length == 1) {
              sample = sc.parallelize(EXAMPLE);
            } else {
              sample = sc.parallelize(List.of("c,3"));
            }
            sample.collect();

            JavaRDD<String> fromCaller = null;
            if (args.length == 2) {
              fromCaller = sc.parallelize(EXAMPLE);
            } else {
              fromCaller = helper();
            }
            fromCaller.collect();
          }

          static JavaRDD<String> helper() {
            return Registry.lookup("logs");
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void lambdaParametersTakeTheTypesTheirDeclaredTargetGives() {
    tester.addSource("Apps.java", """
        import java.util.List;
        import java.util.concurrent.Callable;
        import java.util.function.BiConsumer;
        import java.util.function.Consumer;
        import java.util.function.Function;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Apps {
          static final BiConsumer<SparkSession, JavaSparkContext> APP = (spark, sc) -> {
            // BUG: Diagnostic contains: unbounded RDD
            System.out.println(sc.textFile("in").map(l -> l.split(",")).collect());
            // BUG: Diagnostic contains: unbounded Dataset
            spark.read().parquet("events").collectAsList();
            spark.range(10).collectAsList();
          };

          // a Dataset the function is given: its rows are whatever its callers pass
          static Function<Dataset<Row>, List<Row>> dump() {
            return ds -> ds.filter("x > 0").collectAsList();
          }

          static Function<SparkSession, List<Row>> readAll() {
            // BUG: Diagnostic contains: unbounded Dataset
            return spark -> spark.table("events").collectAsList();
          }

          void run(List<String> words) {
            Consumer<JavaSparkContext> local = sc -> {
              // BUG: Diagnostic contains: unbounded RDD
              sc.textFile("words").collect();
              sc.parallelize(words).collect();
            };
            Object cast = (Consumer<SparkSession>) s -> s.sql("SHOW TABLES").collectAsList();
            // not a java.util.function type: the parameter's type stays unknown
            Handler<JavaSparkContext> custom = sc -> sc.textFile("x").collect();
            // a var has no declared target
            Callable<Object> outer = () -> (Consumer<String>) text -> text.length();
          }

          interface Handler<T> { Object handle(T t); }
        }
        """)
        .expectMatches();
  }


  @Test
  void aSessionFieldReachedThroughAStaticImportIsKnown() {
    tester.addSource("base/SparkTestBase.java", """
        package base;

        import org.apache.spark.sql.SparkSession;

        public class SparkTestBase {
          protected static SparkSession spark;
        }
        """)
        .addSource("tests/SelectTest.java", """
            package tests;

            import static base.SparkTestBase.*;
            import static other.Fixtures.session;

            import java.util.List;
            import org.apache.spark.sql.Row;

            class SelectTest {
              void select() {
                // BUG: Diagnostic contains: unbounded Dataset
                List<Row> all = spark.sql("SELECT * FROM openhouse.db.tbl").collectAsList();
                List<Row> history = spark.sql("SELECT * FROM openhouse.db.tbl.snapshots").collectAsList();
                List<Row> one = spark.sql("SELECT count(*) FROM openhouse.db.tbl").collectAsList();
                // a class the sources do not declare: its field's type is unknown, and quiet
                session.sql("SELECT * FROM openhouse.db.tbl").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void historyTablesReadByNameAreSmallAsInSql() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("History.java", """
            import org.apache.spark.sql.SparkSession;

            class History {
              void run(SparkSession spark, String name) {
                spark.table("`t1$snapshots`").select("snapshot_id").collectAsList();
                spark.read().table("cat.db.events.refs").collectAsList();
                spark.sql("CALL cat.system.rewrite_manifests(table => 'db.events')").collectAsList();
                // BUG: Diagnostic contains: `collectAsList()`
                spark.table("`t1$files`").collectAsList();
                // BUG: Diagnostic contains: `collectAsList()`
                spark.table("cat.db.events").collectAsList();
                // BUG: Diagnostic contains: `collectAsList()`
                spark.table(name + "$snapshots").collectAsList();
                // BUG: Diagnostic contains: `collectAsList()`
                spark.sql("CALL cat.system.remove_orphan_files(table => 'db.events')").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  /**
   * The parameter of an anonymous function class Spark calls holds what Spark gives it, as a
   * lambda's does: a finding about it is of high confidence. A public method's parameter that no
   * analyzed call fills is of low confidence, and says why.
   */
  @Test
  void anAnonymousFunctionsParameterIsFilledBySparkAndAnUncalledMethodsIsNot() {
    tester.addSource("Batches.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.VoidFunction;
        import org.apache.spark.streaming.api.java.JavaDStream;

        public class Batches {
          void run(JavaDStream<String> input) {
            input.foreachRDD(new VoidFunction<JavaRDD<String>>() {
              @Override
              public void call(JavaRDD<String> rdd) {
                rdd.collect();
              }
            });
          }

          public List<String> all(JavaRDD<String> lines) {
            return lines.collect();
          }
        }
        """);

    assertThat(tester.findings()).extracting(Finding::line, Finding::confidence).containsExactly(
        org.assertj.core.groups.Tuple.tuple(11, Confidence.HIGH),
        org.assertj.core.groups.Tuple.tuple(17, Confidence.LOW));
    assertThat(tester.findings().get(0).message()).doesNotContain("no call in the analyzed sources");
  }

  /**
   * An anonymous function class handed to a project method holds what that method hands its
   * functions, as a lambda there does: a table's rows, or only driver data. A private method of
   * such a class is never the function the receiving method calls: its parameter holds what the
   * class's own calls pass it.
   */
  @Test
  void anAnonymousFunctionHandedToAProjectMethodHoldsWhatThatMethodHandsIt() {
    tester.addSource("Checks.java", """
        import java.util.List;
        import java.util.function.Consumer;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Checks {
          static void withTable(String name, Consumer<Dataset<Row>> check) {
            check.accept(SparkSession.active().table(name));
          }

          static void withFixture(Consumer<Dataset<Row>> check) {
            check.accept(SparkSession.active().createDataFrame(List.of(), Row.class));
          }
        }
        """)
        .addSource("Job.java", """
            import java.util.function.Consumer;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark) {
                Checks.withTable("events", new Consumer<Dataset<Row>>() {
                  @Override
                  public void accept(Dataset<Row> ds) {
                    // BUG: Diagnostic contains: unbounded Dataset
                    ds.collectAsList();
                  }
                });
                Checks.withFixture(new Consumer<Dataset<Row>>() {
                  @Override
                  public void accept(Dataset<Row> ds) {
                    ds.collectAsList();
                  }
                });
                Checks.withTable("events", new Consumer<Dataset<Row>>() {
                  @Override
                  public void accept(Dataset<Row> ds) {
                    firstFew(ds.limit(5));
                  }

                  private void firstFew(Dataset<Row> few) {
                    few.collectAsList();
                  }
                });
              }
            }
            """)
        .expectMatches();
    assertThat(tester.findings()).extracting(Finding::confidence).containsExactly(Confidence.HIGH);
  }
}
