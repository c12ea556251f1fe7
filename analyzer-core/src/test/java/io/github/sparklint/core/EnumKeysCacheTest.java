package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count per key of an enum type is bounded by the enum's constants, read from the enum's own
 * file (which never mentions Spark); the cached result of the counting file depends on it, so
 * turning the enum into a class checks that file again and reports the count.
 */
class EnumKeysCacheTest {
  private static final String JOB = """
      import java.util.Map;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      class Job {
        Map<Kind, Long> perKind(JavaSparkContext sc) {
          JavaRDD<Kind> kinds = sc.textFile("hdfs:///events").map(l -> Kind.parse(l));
          return kinds.keyBy(k -> k).countByKey();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void anEnumTurnedIntoAClassChecksItsCountersAgain() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Job.java"), JOB);
    Files.writeString(src.resolve("Kind.java"), """
        enum Kind {
          CLICK,
          VIEW;

          static Kind parse(String line) {
            return line.startsWith("c") ? CLICK : VIEW;
          }
        }
        """);
    assertThat(analyze()).isEmpty();

    Files.writeString(src.resolve("Kind.java"), """
        final class Kind {
          private final String id;

          private Kind(String id) {
            this.id = id;
          }

          static Kind parse(String line) {
            return new Kind(line);
          }
        }
        """);

    assertThat(analyze()).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/Job.java", 8));
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings();
  }
}
