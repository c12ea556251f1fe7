package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.flow.PartitionFunctions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a collect after {@code mapPartitionsWithIndex} of a function parameter is one row per
 * partition depends on other files: on what the callers pass, and on the code of the function
 * class they pass. A cached result of the collecting file is reused only while both stay the
 * same, so editing either one reports the collect again.
 */
class PassedFunctionCacheTest {
  private static final String STORE = """
      import java.util.Iterator;
      import java.util.List;
      import org.apache.spark.api.java.JavaSparkContext;
      import org.apache.spark.api.java.function.Function2;

      class Store {
        static List<Integer> save(JavaSparkContext sc,
            Function2<Integer, Iterator<String>, Iterator<Integer>> storage) {
          return sc.textFile("/logs").mapPartitionsWithIndex(storage, true).collect();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void editingTheFunctionClassChecksTheCollectAgain() throws Exception {
    write("new Count()");
    assertThat(analyze()).isEmpty();

    // the same class, edited to keep one element per row of its partition
    Files.writeString(dir.resolve("src/Count.java"), PartitionFunctions.keeping("Count"));

    assertThat(analyze()).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/Store.java", 9));
  }

  @Test
  void aCallerPassingAnotherFunctionChecksTheCollectAgain() throws Exception {
    write("new Count()");
    assertThat(analyze()).isEmpty();

    Files.writeString(dir.resolve("src/Job.java"), job("(index, rows) -> rows"));

    assertThat(analyze()).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/Store.java", 9));
  }

  private void write(String function) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Store.java"), STORE);
    Files.writeString(src.resolve("Count.java"), PartitionFunctions.counting("Count"));
    Files.writeString(src.resolve("Job.java"), job(function));
  }

  private static String job(String function) {
    return """
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc) {
            Store.save(sc, %s);
          }
        }
        """.formatted(function);
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings().stream().filter(f -> f.ruleId().equals("SparkUnboundedCollect")).toList();
  }
}
