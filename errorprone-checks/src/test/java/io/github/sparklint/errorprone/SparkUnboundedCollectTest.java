package io.github.sparklint.errorprone;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkUnboundedCollectTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkUnboundedCollect.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("DailyReport.java", """
        import static org.apache.spark.sql.functions.count;
        import static org.apache.spark.sql.functions.lit;
        import static org.apache.spark.sql.functions.max;

        import java.util.List;
        import java.util.Map;
        import java.util.stream.Collectors;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class DailyReport {
          static class Basket {
            List<String> collect() {
              return List.of();
            }
          }

          List<Row> preview(Dataset<Row> events) {
            return events.orderBy("ts").limit(20).collectAsList();
          }

          Row totals(Dataset<Row> events) {
            return events.agg(max("ts"), count(lit(1))).collectAsList().get(0);
          }

          List<String> notSpark() {
            new Basket().collect();
            return Stream.of("a", "b").collect(Collectors.toList());
          }

          List<Row> everything(SparkSession spark) {
            Dataset<Row> events = spark.read().parquet("/data/events");
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collectAsList()` copies every row
            return events.collectAsList();
          }

          Object clicks(SparkSession spark) {
            Dataset<Row> events = spark.table("events");
            // BUG: Diagnostic contains: write the result out
            return events.filter("kind = 'click'").collect();
          }

          Map<String, Long> lookup(JavaSparkContext sc) {
            JavaPairRDD<String, Long> pairs = JavaPairRDD.fromJavaRDD(sc.objectFile("/pairs"));
            // BUG: Diagnostic contains: `collectAsMap()`
            return pairs.collectAsMap();
          }

          List<String> nonEmptyLines(JavaSparkContext sc) {
            JavaRDD<String> lines = sc.textFile("/logs");
            return lines.filter(l -> !l.isEmpty())
                // BUG: Diagnostic contains: unbounded RDD
                .collect();
          }
        }
        """)
        .doTest();
  }

  @Test
  void aCountTheCodeChecksFirstBoundsTheCollect() {
    helper.addSourceLines("Checked.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Checked {
          List<Row> single(SparkSession spark) {
            Dataset<Row> one = spark.read().parquet("/data/one");
            if (one.count() != 1) {
              throw new IllegalStateException("expected one row");
            }
            return one.collectAsList();
          }

          List<Row> checkedTooLate(SparkSession spark) {
            Dataset<Row> all = spark.read().parquet("/data/all");
            // BUG: Diagnostic contains: [SparkUnboundedCollect]
            List<Row> rows = all.collectAsList();
            if (all.count() != rows.size()) {
              throw new IllegalStateException();
            }
            return rows;
          }
        }
        """)
        .doTest();
  }

  @Test
  void theRddsARunnerReturnsInAMapHoldWhatItStoredInIt() {
    helper.addSourceLines("Runner.java", """
        import java.util.HashMap;
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Runner {
          private final JavaSparkContext context;

          public Runner(JavaSparkContext context) {
            this.context = context;
          }

          public Map<String, JavaRDD<String>> go(List<String> inputs) {
            Map<String, JavaRDD<String>> rdds = new HashMap<>();
            for (String input : inputs) {
              rdds.put(input, context.textFile(input));
            }
            return rdds;
          }

          public Map<String, JavaRDD<String>> literals(List<String> lines) {
            Map<String, JavaRDD<String>> rdds = new HashMap<>();
            rdds.put("lines", context.parallelize(lines));
            return rdds;
          }
        }
        """)
        .addSourceLines("RunnerCheck.java", """
            import static org.junit.jupiter.api.Assertions.assertEquals;

            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class RunnerCheck {
              void run(JavaSparkContext sc, List<String> inputs, List<String> lines) {
                Runner runner = new Runner(sc);
                Map<String, JavaRDD<String>> ret = runner.go(inputs);
                // BUG: Diagnostic contains: [SparkUnboundedCollect]
                List<String> signals = ret.get("signals").collect();
                assertEquals(3, ret.get("points").count());
                List<String> points = ret.get("points").collect();
                Map<String, JavaRDD<String>> small = runner.literals(lines);
                List<String> few = small.get("lines").collect();
              }
            }
            """)
        .doTest();
  }

  @Test
  void rowsConstructorsInAnotherFileKeepInAFieldAreFollowedThroughItsGetter() {
    helper.addSourceLines("Tracks.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        public class Tracks {
          private Dataset<Row> rows;

          public Tracks(SparkSession spark, String path) {
            setRows(spark.read().json(path));
          }

          public final void setRows(Dataset<Row> rows) {
            this.rows = rows;
          }

          public Dataset<Row> rows() {
            return rows;
          }
        }
        """)
        .addSourceLines("TrackReport.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class TrackReport {
              int run(SparkSession spark) {
                Tracks tracks = new Tracks(spark, "/data/tracks.json");
                // BUG: Diagnostic contains: unbounded Dataset
                List<Row> all = tracks.rows().collectAsList();
                return all.size();
              }
            }
            """)
        .doTest();
  }

  @Test
  void dStreamBatchesReachTheDriverInForeachRddAndTransform() {
    helper.addSourceLines("WordCountStream.java", """
        import java.util.*;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.VoidFunction;
        import org.apache.spark.streaming.api.java.*;
        import scala.Tuple2;

        class WordCountStream {
          void bounded(JavaDStream<String> lines, Feed feed) {
            lines.foreachRDD(rdd -> {
              rdd.foreachPartition(it -> it.forEachRemaining(System.out::println));
              List<String> sample = rdd.take(10);
              long n = rdd.count();
            });
            lines.countByValue().print();
            feed.foreachRDD(all -> all.forEach(System.out::println));
          }

          void everyBatch(JavaStreamingContext jssc) {
            JavaPairDStream<String, Integer> counts = jssc.socketTextStream("localhost", 9999)
                .flatMap(l -> Arrays.asList(l.split(" ")).iterator())
                .mapToPair(w -> new Tuple2<>(w, 1))
                .reduceByKey(Integer::sum);
            counts.foreachRDD(rdd -> {
              // BUG: Diagnostic contains: `collectAsMap()` copies every pair of an unbounded RDD
              Map<String, Integer> all = rdd.collectAsMap();
            });
            counts.foreachRDD((rdd, time) -> {
              // BUG: Diagnostic contains: `collect()` copies every row of an unbounded RDD
              List<Tuple2<String, Integer>> batch = rdd.collect();
            });
            counts.toJavaDStream().foreachRDD(new VoidFunction<JavaRDD<Tuple2<String, Integer>>>() {
              @Override
              public void call(JavaRDD<Tuple2<String, Integer>> rdd) {
                // BUG: Diagnostic contains: unbounded RDD
                rdd.collect();
              }
            });
            JavaDStream<String> words = counts.transform(rdd -> {
              // BUG: Diagnostic contains: `countByKey()`
              rdd.countByKey();
              return rdd.keys();
            });
          }
        }

        /** Not Spark: a user type with a foreachRDD method. */
        interface Feed {
          void foreachRDD(VoidFunction<List<String>> f);
        }
        """)
        .doTest();
  }

  @Test
  void partitionsAndConstantGroupsReducedToASizeAreFewButWholeGroupsAreNot() {
    helper.addSourceLines("PartitionSizes.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class PartitionSizes {
          List<Integer> sizes(JavaSparkContext sc) {
            return sc.textFile("hdfs:///logs").glom().map(List::size).collect();
          }

          List<Integer> perBin(JavaSparkContext sc, int limit) {
            JavaPairRDD<String, Iterable<String>> bins =
                sc.textFile("hdfs:///logs").groupBy(l -> l.length() > limit ? "long" : "short");
            return bins.map(bin -> {
              int n = 0;
              for (String line : bin._2()) {
                n++;
              }
              return n;
            }).collect();
          }

          Object wholeGroups(JavaSparkContext sc, int limit) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collect()`
            lines.glom().collect();
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collect()`
            return lines.groupBy(l -> l.length() > limit ? "long" : "short").collect();
          }

          List<Integer> perLine(JavaSparkContext sc) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collect()`
            return lines.groupBy(l -> l).map(group -> group._1().length()).collect();
          }
        }
        """)
        .doTest();
  }

  @Test
  void keysOfOneCharacterOrATestAreFewButLongerPrefixesAreNot() {
    helper.addSourceLines("Initials.java", """
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Initials {
          List<Tuple2<Character, Integer>> perInitial(JavaSparkContext sc) {
            JavaRDD<String> words = sc.textFile("hdfs:///dict/words");
            return words.mapToPair(w -> new Tuple2<>(w.charAt(0), 1)).reduceByKey(Integer::sum)
                .collect();
          }

          Map<Boolean, Long> longOrShort(JavaSparkContext sc) {
            return sc.textFile("hdfs:///dict/words").keyBy(w -> w.length() > 8).countByKey();
          }

          List<Tuple2<String, Integer>> perPrefix(JavaSparkContext sc) {
            JavaRDD<String> words = sc.textFile("hdfs:///dict/words");
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collect()`
            return words.mapToPair(w -> new Tuple2<>(w.substring(0, 2), 1)).reduceByKey(Integer::sum).collect();
          }
        }
        """)
        .doTest();
  }

  @Test
  void mllibDistributedMatricesCompiledAgainstTheRealClasses() {
    helper.addSourceLines("Projection.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.mllib.linalg.Matrix;
        import org.apache.spark.mllib.linalg.Vector;
        import org.apache.spark.mllib.linalg.Vectors;
        import org.apache.spark.mllib.linalg.distributed.IndexedRow;
        import org.apache.spark.mllib.linalg.distributed.IndexedRowMatrix;
        import org.apache.spark.mllib.linalg.distributed.RowMatrix;

        class Projection {
          static Vector parse(String line) {
            return Vectors.dense(Double.parseDouble(line));
          }

          Object project(JavaSparkContext sc, Matrix components) {
            RowMatrix points = new RowMatrix(sc.textFile("hdfs:///points").map(Projection::parse).rdd());
            Matrix gramian = points.computeGramianMatrix();
            long rows = points.numRows();
            // BUG: Diagnostic contains: [SparkUnboundedCollect] `collect()` copies every row
            return points.multiply(components).rows().collect();
          }

          Matrix small(JavaSparkContext sc) {
            List<IndexedRow> identity = Arrays.asList(
                new IndexedRow(0, Vectors.dense(1, 0)), new IndexedRow(1, Vectors.dense(0, 1)));
            return new IndexedRowMatrix(sc.parallelize(identity).rdd()).toBlockMatrix().toLocalMatrix();
          }

          Matrix whole(JavaSparkContext sc) {
            JavaRDD<IndexedRow> rows = sc.textFile("hdfs:///rows").map(l -> new IndexedRow(0, parse(l)));
            // BUG: Diagnostic contains: `toLocalMatrix()` copies every block of an unbounded distributed matrix
            return new IndexedRowMatrix(rows.rdd()).toBlockMatrix().toLocalMatrix();
          }
        }
        """)
        .doTest();
  }

  /** One public method collecting its parameter, which no call in the compilation fills. */
  private CompilationTestHelper library(String marker) {
    return helper.addSourceLines("Rows.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Rows {
          public static List<Row> of(Dataset<Row> frame) {
            %s
            return frame.collectAsList();
          }
        }
        """.formatted(marker));
  }

  @Test
  void aCollectOfAParameterNoCallFillsIsOfLowConfidenceAndNotReportedByDefault() {
    library("// nothing in sight fills `frame`").doTest();
  }

  @Test
  void theConfidenceFlagShowsItMarked() {
    library("// BUG: Diagnostic contains: (low confidence) `collectAsList()` copies every row")
        .setArgs("-XepOpt:sparklint:confidence=low").doTest();
  }

  /** A method nothing in the compilation calls, collecting a field its object is given. */
  private CompilationTestHelper pages(String marker) {
    return helper.addSourceLines("Pages.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Pages {
          private final JavaRDD<String> pages;

          public Pages(JavaRDD<String> pages) {
            this.pages = pages;
          }

          public List<String> collectPages() {
            %s
            return pages.collect();
          }

          static Pages read(JavaSparkContext sc) {
            return new Pages(sc.textFile("/data/pages"));
          }
        }
        """.formatted(marker));
  }

  @Test
  void aCollectOfAGivenFieldNoCallReachesIsShownAtMediumConfidenceByDefault() {
    pages("// BUG: Diagnostic contains: (medium confidence) `collect()` copies every row")
        .doTest();
  }

  @Test
  void aConfidenceThresholdOfHighDropsIt() {
    pages("// shown at medium, not at high").setArgs("-XepOpt:sparklint:confidence=high").doTest();
  }
}
