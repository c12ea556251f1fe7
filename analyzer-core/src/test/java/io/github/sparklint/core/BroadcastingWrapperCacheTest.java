package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a call of a project method is checked as a broadcast depends on that method's file: a
 * cached result of the calling file is reused only while no method starts or stops broadcasting
 * its parameter, so editing the helper into a broadcast reports the call.
 */
class BroadcastingWrapperCacheTest {
  private static final String JOB = """
      import java.util.Map;
      import org.apache.spark.api.java.JavaSparkContext;
      import scala.Tuple2;

      class Job {
        void run(JavaSparkContext sc, Shipper shipper) {
          Map<String, String> all =
              sc.textFile("hdfs:///ids").mapToPair(l -> new Tuple2<>(l, l)).collectAsMap();
          shipper.ship(all);
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aHelperEditedIntoABroadcastChecksItsCallersAgain() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Job.java"), JOB);
    Files.writeString(src.resolve("Shipper.java"), """
        import java.util.Map;
        import org.apache.spark.api.java.JavaSparkContext;

        class Shipper {
          private final JavaSparkContext sc;

          Shipper(JavaSparkContext sc) {
            this.sc = sc;
          }

          int ship(Map<String, String> value) {
            return value.size();
          }
        }
        """);
    assertThat(analyze("SparkBroadcastLargeSource")).isEmpty();

    Files.writeString(src.resolve("Shipper.java"), """
        import java.util.Map;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;

        class Shipper {
          private final JavaSparkContext sc;

          Shipper(JavaSparkContext sc) {
            this.sc = sc;
          }

          Broadcast<Map<String, String>> ship(Map<String, String> value) {
            return sc.broadcast(value);
          }
        }
        """);

    assertThat(analyze("SparkBroadcastLargeSource")).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/Job.java", 9));
  }

  private List<Finding> analyze(String rule) {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }
}
