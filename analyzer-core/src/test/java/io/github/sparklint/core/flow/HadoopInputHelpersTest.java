package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A job framework's input helpers read Hadoop input formats into the RDD subclasses Spark's
 * {@code hadoopRDD} and {@code newAPIHadoopRDD} make ({@code JavaHadoopRDD}, {@code
 * JavaNewHadoopRDD}), kept in a Lombok {@code val} and cast: a task reading its input through the
 * base class's {@code readInput(context, type)} collects a whole file. Empty and driver-built
 * inputs, bounded reads and a project class named like Spark's stay quiet.
 */
class HadoopInputHelpersTest {
  private static final String FILES = """
      package com.acme.core;

      import lombok.val;
      import org.apache.hadoop.mapred.JobConf;
      import org.apache.hadoop.mapred.SequenceFileInputFormat;
      import org.apache.hadoop.mapred.TextInputFormat;
      import org.apache.hadoop.mapreduce.lib.input.SequenceFileInputFormat;
      import org.apache.spark.api.java.JavaHadoopRDD;
      import org.apache.spark.api.java.JavaNewHadoopRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      public final class Files {
        public static <K, V> JavaHadoopRDD<K, V> sequenceFile(JavaSparkContext sc, String paths,
            Class<K> keys, Class<V> values, JobConf conf) {
          FileInputFormat.setInputPaths(conf, paths);
          val hadoopRDD = sc.hadoopRDD(conf, SequenceFileInputFormat.class, keys, values,
              sc.defaultMinPartitions());
          return (JavaHadoopRDD<K, V>) hadoopRDD;
        }

        public static JavaNewHadoopRDD<Long, String> newApiFile(JavaSparkContext sc, String path) {
          JavaNewHadoopRDD<Long, String> read = (JavaNewHadoopRDD<Long, String>) sc
              .newAPIHadoopFile(path, TextInputFormat.class, Long.class, String.class, null);
          return read;
        }
      }
      """;

  private static final String BASE_TASK = """
      package com.acme.core;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      public abstract class GenericTask {
        protected JavaSparkContext sc;

        protected JavaRDD<String> readInput(Context context, FileType type) {
          if (!context.exists(type)) {
            return sc.emptyRDD();
          }
          return Files.sequenceFile(sc, context.path(type), String.class, String.class, null)
              .values();
        }

        protected JavaRDD<String> readFixture() {
          return sc.parallelize(java.util.List.of("a", "b"));
        }

        protected JavaRDD<String> readNothing(Context context) {
          return sc.emptyRDD();
        }
      }
      """;

  @Test
  void aTaskCollectingWhatTheBaseClassReadsFromAHadoopFormatIsReported() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Files.java", FILES)
        .addSource("GenericTask.java", BASE_TASK)
        .addSource("ResolveGenesTask.java", """
            package com.acme.genes;

            import com.acme.core.Context;
            import com.acme.core.FileType;
            import com.acme.core.Files;
            import com.acme.core.GenericTask;
            import java.util.Map;

            class ResolveGenesTask extends GenericTask {
              Map<String, Iterable<String>> genes;

              void execute(Context context) {
                genes = readInput(context, FileType.GENE)
                    .groupBy(line -> line.substring(0, 4))
                    // BUG: Diagnostic contains: the rows come from `Files.sequenceFile()`
                    .collectAsMap();
                // BUG: Diagnostic contains: `collect()`
                Files.newApiFile(sc, "hdfs:///genes").collect();
                readInput(context, FileType.GENE).take(20);
                readInput(context, FileType.GENE).count();
                readFixture().collect();
                readNothing(context).collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aProjectClassNamedLikeSparksHadoopRddIsNotAnRdd() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("JavaHadoopRDD.java", """
            package com.acme.local;

            import java.util.List;

            public class JavaHadoopRDD<K, V> {
              public List<V> collect() {
                return List.of();
              }
            }
            """)
        .addSource("Job.java", """
            package com.acme.local;

            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              JavaHadoopRDD<String, String> open(JavaSparkContext sc) {
                return new JavaHadoopRDD<>();
              }

              void run(JavaSparkContext sc) {
                open(sc).collect();
                new JavaHadoopRDD<String, String>().collect();
              }
            }
            """)
        .expectMatches();
  }

  /**
   * A reader that maps each input split of a Hadoop file ({@code mapPartitionsWithInputSplit} of
   * the cast {@code JavaNewHadoopRDD}) in a base class, and a subclass counting per key of what it
   * read: one row per key of a file. Bounded and driver-built inputs, and a project class with a
   * method of that name, stay quiet.
   */
  @Test
  void rowsMappedPerInputSplitOfAHadoopFileAreTheFilesRows() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("SplitReader.java", """
            package com.acme.fasta;

            import java.util.Iterator;
            import org.apache.hadoop.io.LongWritable;
            import org.apache.hadoop.io.Text;
            import org.apache.hadoop.mapreduce.InputSplit;
            import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
            import org.apache.spark.api.java.JavaNewHadoopRDD;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.Function2;
            import scala.Tuple2;

            public abstract class SplitReader {
              protected JavaSparkContext jsc;

              protected <T> JavaPairRDD<String, T> loadWithMapper(Function2<InputSplit,
                  Iterator<Tuple2<LongWritable, Text>>, Iterator<Tuple2<String, T>>> mapper) {
                JavaPairRDD<LongWritable, Text> lines = jsc.newAPIHadoopFile(path(),
                    TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
                return ((JavaNewHadoopRDD<LongWritable, Text>) lines)
                    .mapPartitionsWithInputSplit(mapper, true)
                    .mapToPair(tuple -> tuple);
              }

              protected abstract String path();
            }
            """)
        .addSource("GeneCounts.java", """
            package com.acme.fasta;

            import java.util.List;
            import org.apache.spark.api.java.JavaPairRDD;
            import scala.Tuple2;

            class GeneCounts extends SplitReader {
              protected String path() {
                return "hdfs:///fasta";
              }

              JavaPairRDD<String, Integer> countsPerProteome() {
                return this.<Integer>loadWithMapper(null).aggregateByKey(0, Integer::sum, Integer::sum);
              }

              void run() {
                // BUG: Diagnostic contains: the rows come from `SplitReader.loadWithMapper()`
                List<Tuple2<String, Integer>> counts = countsPerProteome().collect();
                List<Tuple2<String, Integer>> first = countsPerProteome().take(10);
                long proteomes = countsPerProteome().count();
              }
            }
            """)
        .addSource("Splits.java", """
            package com.acme.fasta;

            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Splits {
              List<String> mapPartitionsWithInputSplit(Object f, boolean keep) {
                return List.of();
              }

              void run(JavaSparkContext sc) {
                new Splits().mapPartitionsWithInputSplit(null, true).stream().toList();
                sc.parallelize(List.of("a", "b")).mapPartitions(it -> it).collect();
              }
            }
            """)
        .expectMatches();
  }
}
