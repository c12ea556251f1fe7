package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session field inherited through a superclass whose file never mentions Spark (a test's
 * {@code Setup extends Base}, with the {@code SparkSession} in {@code Base}): the skipped file is
 * brought into the project index, so the subclass's reads are known. The cached result of the
 * subclass depends on it: a middle class that stops extending the base checks it again.
 */
class SparkFreeSuperclassTest {
  private static final String BASE = """
      package jobs;
      import org.apache.spark.sql.SparkSession;
      public class Base {
        protected static SparkSession spark;
      }
      """;
  private static final String SETUP = """
      package jobs;
      import java.util.Map;
      public abstract class Setup extends Base {
        protected Map<String, String> options() {
          return Map.of("table", "events");
        }
      }
      """;
  private static final String READ_IT = """
      package jobs;
      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class ReadIT extends Setup {
        List<Row> all() {
          Dataset<Row> df = spark.read().format("jdbc").options(options()).load();
          return df.collectAsList();
        }
        List<Row> few() {
          return spark.read().format("jdbc").options(options()).load().limit(3).collectAsList();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aSessionInheritedThroughASparkFreeClassIsKnownAndItsFileIsADependency() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Base.java"), BASE);
    Files.writeString(src.resolve("Setup.java"), SETUP);
    Files.writeString(src.resolve("ReadIT.java"), READ_IT);

    assertThat(analyze()).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/ReadIT.java", 8));

    Files.writeString(src.resolve("Setup.java"), SETUP.replace(" extends Base", ""));
    assertThat(analyze()).as("the field is no longer inherited: its kind is unknown").isEmpty();

    Files.writeString(src.resolve("Setup.java"), SETUP);
    assertThat(analyze()).hasSize(1);
  }

  @Test
  void aMethodInheritedThroughASparkFreeClassIsFound() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Base.java"), BASE.replace("  protected static SparkSession spark;",
        """
          protected static SparkSession spark;
          protected org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> events() {
            return spark.read().parquet("/warehouse/events");
          }
          protected org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> latest() {
            return events().limit(10);
          }
        """));
    Files.writeString(src.resolve("Setup.java"), SETUP);
    Files.writeString(src.resolve("ReportIT.java"), """
        package jobs;
        import java.util.List;
        import org.apache.spark.sql.Row;
        class ReportIT extends Setup {
          List<Row> all() {
            return events().collectAsList();
          }
          List<Row> few() {
            return latest().collectAsList();
          }
        }
        """);

    assertThat(analyze()).extracting(Finding::file, Finding::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/ReportIT.java", 6));
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings();
  }
}
