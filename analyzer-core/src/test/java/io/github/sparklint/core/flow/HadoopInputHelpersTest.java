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
}
