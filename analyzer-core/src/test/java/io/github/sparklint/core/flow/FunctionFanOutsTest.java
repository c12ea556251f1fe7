package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A function given to {@code flatMap}, {@code mapPartitions} and the like makes its output from
 * its input unless it reads outside data or loops large: over driver data its rows stay driver
 * data, over a table read they stay unbounded. Each through lambdas, method references, anonymous
 * classes and function classes in other files, with project helpers the function calls.
 */
class FunctionFanOutsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void transformingFunctionsOverDriverDataStayDriverSized() {
    tester.addSource("Fixtures.java", """
        import java.util.ArrayList;
        import java.util.Arrays;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.FlatMapFunction;
        import scala.Tuple2;

        class Fixtures {
          static List<String> reads() {
            return Arrays.asList("r1 a b", "r2 c", "r3 d e f");
          }

          static Iterator<String> words(String read) {
            List<String> out = new ArrayList<>();
            for (String w : read.split(" ")) {
              out.add(w.toLowerCase());
            }
            return out.iterator();
          }

          void run(JavaSparkContext sc) {
            JavaRDD<String> reads = sc.parallelize(reads(), 4);
            reads.flatMap(r -> Arrays.asList(r.split(" ")).iterator()).collect();
            reads.flatMap(Fixtures::words).collect();
            reads.flatMap(new FlatMapFunction<String, String>() {
              @Override
              public Iterator<String> call(String read) {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                  pairs.add(read + i);
                }
                return pairs.iterator();
              }
            }).collect();
            reads.flatMap(new SplitReads()).collect();
            reads.flatMap(new Tokenize()).collect();
            reads.mapPartitionsWithIndex((index, it) -> {
              List<String> tagged = new ArrayList<>();
              while (it.hasNext()) {
                tagged.add(index + ":" + it.next());
              }
              return tagged.iterator();
            }, false).collect();
            sc.parallelizePairs(Arrays.asList(new Tuple2<>(1, "A"), new Tuple2<>(2, "B")))
                .flatMapValues(v -> Arrays.asList(v, v + v))
                .foldByKey("", (a, b) -> a + b)
                .collectAsMap();
          }
        }
        """)
        .addSource("SplitReads.java", """
            import java.util.Iterator;
            import org.apache.spark.api.java.function.FlatMapFunction;

            class SplitReads implements FlatMapFunction<String, String> {
              @Override
              public Iterator<String> call(String read) {
                return Fixtures.words(read);
              }
            }
            """)
        .addSource("Tokenize.java", """
            import java.util.Arrays;
            import java.util.Iterator;
            import org.apache.spark.api.java.function.FlatMapFunction;

            class Tokenize implements FlatMapFunction<String, String> {
              @Override
              public Iterator<String> call(String read) {
                return Arrays.asList(read.split(",")).iterator();
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void functionsThatReadOrLoopLargeStillGrowWithoutBound() {
    tester.addSource("Loader.java", """
        import java.io.BufferedReader;
        import java.io.FileReader;
        import java.io.IOException;
        import java.nio.file.Files;
        import java.nio.file.Paths;
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import java.util.stream.IntStream;
        import java.util.stream.Stream;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.FlatMapFunction;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Loader {
          private Storage storage;

          static Iterator<String> readLines(String path) throws IOException {
            return Files.readAllLines(Paths.get(path)).iterator();
          }

          static Iterator<String> viaHelper(String path) throws IOException {
            return readLines(path);
          }

          void run(JavaSparkContext sc, SparkSession spark, List<String> paths) {
            JavaRDD<String> files = sc.parallelize(paths);
            // BUG: Diagnostic contains: unbounded RDD
            files.flatMap(p -> readLines(p)).collect();
            // BUG: Diagnostic contains: unbounded RDD
            files.flatMap(Loader::viaHelper).collect();
            files.flatMap(new FlatMapFunction<String, String>() {
              @Override
              public Iterator<String> call(String path) throws IOException {
                List<String> lines = new ArrayList<>();
                try (BufferedReader in = new BufferedReader(new FileReader(path))) {
                  for (String l = in.readLine(); l != null; l = in.readLine()) {
                    lines.add(l);
                  }
                }
                return lines.iterator();
              }
            // BUG: Diagnostic contains: unbounded RDD
            }).collect();
            // BUG: Diagnostic contains: unbounded RDD
            files.flatMap(new ReadFile()).collect();
            files.flatMap(p -> {
              List<String> many = new ArrayList<>();
              for (int i = 0; i < 10_000_000; i++) {
                many.add(p + i);
              }
              return many.iterator();
            // BUG: Diagnostic contains: unbounded RDD
            }).collect();
            // BUG: Diagnostic contains: unbounded RDD
            files.flatMap(p -> IntStream.range(0, 50_000_000).mapToObj(i -> p).iterator()).collect();
            // BUG: Diagnostic contains: unbounded RDD
            files.flatMap(p -> Stream.iterate(p, q -> q + "x").iterator()).collect();
            files.flatMap(p -> Stream.iterate(p, q -> q + "x").limit(3).iterator()).collect();
            files.flatMap(p -> java.util.Arrays.asList(storage.open(p).split(",")).iterator())
                // BUG: Diagnostic contains: unbounded RDD
                .collect();
            Dataset<Row> table = spark.read().parquet("/events");
            // BUG: Diagnostic contains: unbounded RDD
            table.javaRDD().flatMap(r -> java.util.Arrays.asList(r, r).iterator()).collect();
          }
        }
        """)
        .addSource("Storage.java", """
            /** Implemented elsewhere: which code opens the path is out of sight. */
            interface Storage {
              String open(String path);
            }
            """)
        .addSource("ReadFile.java", """
            import java.util.Iterator;
            import org.apache.spark.SparkFiles;
            import org.apache.spark.api.java.function.FlatMapFunction;

            class ReadFile implements FlatMapFunction<String, String> {
              @Override
              public Iterator<String> call(String name) throws Exception {
                return Loader.readLines(SparkFiles.get(name));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void perPartitionSummariesBuiltByAProjectHelperAreOneRowPerPartition() {
    tester.addSource("MinMax.java", """
        import java.util.Iterator;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.function.FlatMapFunction;
        import org.apache.spark.sql.SparkSession;
        import scala.Tuple2;

        class MinMax {
          void run(SparkSession spark) {
            JavaRDD<String> numbers = spark.read().textFile("/numbers").javaRDD();
            numbers.mapPartitions(it -> {
              int min = Integer.MAX_VALUE;
              int max = Integer.MIN_VALUE;
              while (it.hasNext()) {
                int n = Integer.parseInt(it.next());
                min = Math.min(min, n);
                max = Math.max(max, n);
              }
              return Pairs.toIterator(min, max);
            }).collect();
            numbers.mapPartitions(new FlatMapFunction<Iterator<String>, Tuple2<Integer, Integer>>() {
              @Override
              public Iterator<Tuple2<Integer, Integer>> call(Iterator<String> it) {
                return Pairs.toList(0, 0).iterator();
              }
            }).collect();
            numbers.mapPartitions(it -> {
              long lines = java.nio.file.Files.lines(java.nio.file.Paths.get("/etc/hosts")).count();
              return java.util.Collections.singletonList(lines).iterator();
            }).collect();
            // BUG: Diagnostic contains: unbounded RDD
            numbers.mapPartitions(it -> Pairs.both(1, 2)).collect();
            // BUG: Diagnostic contains: unbounded RDD
            numbers.mapPartitions(it -> Pairs.each(it)).collect();
            // BUG: Diagnostic contains: unbounded RDD
            numbers.mapPartitions(it -> Pairs.handed(it)).collect();
            numbers.mapPartitions(it -> Pairs.otherHanded(it)).collect();
          }
        }
        """)
        .addSource("Pairs.java", """
            import java.util.ArrayList;
            import java.util.Collections;
            import java.util.Iterator;
            import java.util.List;
            import scala.Tuple2;

            /** A helper in a file that never mentions Spark: summarized because functions call it. */
            class Pairs {
              static Iterator<Tuple2<Integer, Integer>> toIterator(int min, int max) {
                List<Tuple2<Integer, Integer>> list = new ArrayList<>();
                list.add(new Tuple2<>(min, max));
                return list.iterator();
              }

              static List<Tuple2<Integer, Integer>> toList(int min, int max) {
                return Collections.singletonList(new Tuple2<>(min, max));
              }

              static Iterator<Integer> both(int a, int b) {
                List<Integer> list = new ArrayList<>();
                list.add(a);
                list.add(b);
                return list.iterator();
              }

              static Iterator<String> each(Iterator<String> rows) {
                List<String> all = new ArrayList<>();
                while (rows.hasNext()) {
                  all.add(rows.next());
                }
                return all.iterator();
              }

              /** The local handed as a method reference: filled once per row. */
              static Iterator<String> handed(Iterator<String> rows) {
                List<String> list = new ArrayList<>();
                list.add("first");
                rows.forEachRemaining(list::add);
                return list.iterator();
              }

              /** Another list handed as a method reference: the returned one keeps one element. */
              static Iterator<String> otherHanded(Iterator<String> rows) {
                List<String> seen = new ArrayList<>();
                List<String> list = new ArrayList<>();
                list.add("first");
                rows.forEachRemaining(seen::add);
                return list.iterator();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aJsonOrCsvReaderOverDatasetOfLinesHasItsRows() {
    tester.addSource("People.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Encoders;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class People {
          void run(SparkSession spark, JavaSparkContext sc, String path) {
            List<String> json = Arrays.asList("{\\"name\\":\\"Yin\\"}");
            JavaRDD<String> lines = sc.parallelize(json);
            Dataset<Row> people = spark.read().json(lines);
            people.createOrReplaceTempView("people");
            people.select("name").collectAsList();
            Dataset<String> csvLines = spark.createDataset(json, Encoders.STRING());
            spark.read().csv(csvLines).collectAsList();
            // BUG: Diagnostic contains: unbounded Dataset
            spark.read().json(path).collectAsList();
            Dataset<String> logs = spark.read().textFile("/logs");
            // BUG: Diagnostic contains: unbounded Dataset
            spark.read().json(logs).collectAsList();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void theJavaRddConversionsKeepTheRowsOfTheRddTheyWrap() {
    tester.addSource("Pairs.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaPairRDD;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import scala.Tuple2;

        class Pairs {
          void run(JavaSparkContext sc) {
            JavaPairRDD<String, String> visits = JavaPairRDD.fromJavaRDD(
                sc.parallelize(Arrays.asList(new Tuple2<>("index.html", "1.2.3.4"))));
            visits.collect();
            JavaPairRDD<String, String> names = JavaPairRDD.fromJavaRDD(
                sc.parallelize(Arrays.asList(new Tuple2<>("index.html", "Home"))));
            visits.join(names).collect();
            JavaRDD.fromRDD(JavaRDD.toRDD(sc.parallelize(Arrays.asList("x"))), null).collect();
            JavaPairRDD<String, String> lines = JavaPairRDD.fromJavaRDD(
                sc.textFile("/logs").map(l -> new Tuple2<>(l, l)));
            // BUG: Diagnostic contains: unbounded RDD
            lines.collect();
            // BUG: Diagnostic contains: unbounded RDD
            JavaRDD.fromRDD(sc.textFile("/logs").rdd(), null).collect();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aOneEntryMapsEntriesKeysOrValuesAreOneRowPerPartition() {
    tester.addSource("PartitionCounts.java", """
        import java.util.Collections;
        import java.util.HashMap;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class PartitionCounts {
          void run(JavaSparkContext sc) {
            JavaRDD<String> lines = sc.textFile("hdfs:///logs");
            lines.mapPartitionsWithIndex((idx, it) -> {
              long n = 0L;
              while (it.hasNext()) {
                it.next();
                n++;
              }
              return Collections.singletonMap(idx, n).entrySet().iterator();
            }, true).collect();
            lines.mapPartitions(it -> {
              Map<String, Integer> one = Map.of("rows", 1);
              return one.values().iterator();
            }).collect();
            lines.mapPartitions(it -> Collections.<String, Long>emptyMap().keySet().iterator())
                .collect();
            JavaRDD<Map.Entry<String, Long>> counted = lines.mapPartitions(it -> {
              Map<String, Long> counts = new HashMap<>();
              while (it.hasNext()) {
                counts.merge(it.next(), 1L, Long::sum);
              }
              return counts.entrySet().iterator();
            });
            // BUG: Diagnostic contains: `collect()`
            counted.collect();
            JavaRDD<String> words = lines.mapPartitions(it -> {
              Map<String, String> byWord = new HashMap<>(Collections.singletonMap("", ""));
              it.forEachRemaining(w -> byWord.put(w, w));
              return byWord.values().iterator();
            });
            // BUG: Diagnostic contains: `collect()`
            words.collect();
          }
        }
        """)
        .expectMatches();
  }

  /**
   * A function class whose two branches each return a new list of one element, both named
   * {@code result}, returns one element per partition: each local counts its own adds. Two adds
   * to one of them still make it more than one.
   */
  @Test
  void sameNamedListsInSiblingBlocksAreCountedApart() {
    tester.addSource("Headers.java", """
        import java.util.ArrayList;
        import java.util.Iterator;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.api.java.function.Function2;

        class Headers {
          void run(JavaSparkContext sc) {
            JavaRDD<String> paths = sc.textFile("hdfs:///vcf-paths");
            paths.mapPartitionsWithIndex(new CombineHeaders("/out"), false).collect();
            paths.mapPartitionsWithIndex((idx, it) -> {
              if (!it.hasNext()) {
                List<String> result = new ArrayList<>();
                result.add("none");
                return result.iterator();
              }
              List<String> result = new ArrayList<>();
              result.add("first:" + idx);
              result.add("last:" + idx);
              return result.iterator();
            // BUG: Diagnostic contains: `collect()`
            }, false).collect();
          }
        }
        """)
        .addSource("CombineHeaders.java", """
            import java.util.ArrayList;
            import java.util.Iterator;
            import org.apache.spark.api.java.function.Function2;

            class CombineHeaders implements Function2<Integer, Iterator<String>, Iterator<String>> {
              private final String outdir;

              CombineHeaders(String outdir) {
                this.outdir = outdir;
              }

              @Override
              public Iterator<String> call(Integer idx, Iterator<String> paths) {
                ArrayList<String> all = new ArrayList<>();
                while (paths.hasNext()) {
                  all.add(paths.next());
                }
                if (all.isEmpty()) {
                  ArrayList<String> returnValue = new ArrayList<>();
                  returnValue.add("null");
                  return returnValue.iterator();
                }
                ArrayList<String> returnValue = new ArrayList<>();
                returnValue.add(outdir + "/header." + idx + ".vcf.gz");
                return returnValue.iterator();
              }
            }
            """)
        .expectMatches();
  }
}
