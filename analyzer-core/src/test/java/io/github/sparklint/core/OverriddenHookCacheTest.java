package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How sure a collect in an override is depends on the superclass's file: a cached result of the
 * overriding file is reused only while the overridden method's calls, and what they pass, stay as
 * they were, so editing the superclass into calling its hook shows the override's collect, and so
 * does editing the call into passing a file's lines instead of a literal list.
 */
class OverriddenHookCacheTest {
  private static final String FAKE = """
      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;

      class WriterFake extends Writer {
        List<String> saved;

        @Override
        void save(JavaRDD<String> documents) {
          saved = documents.collect();
        }
      }
      """;

  private static final String WRITER = """
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      class Writer {
        void write(JavaSparkContext sc, String path) {
          JavaRDD<String> documents = sc.textFile(path);
          %s
        }

        void save(JavaRDD<String> documents) {
          documents.saveAsTextFile("/out");
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aSuperclassEditedIntoCallingItsHookShowsTheOverridesCollect() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("WriterFake.java"), FAKE);
    Files.writeString(src.resolve("Writer.java"), WRITER.formatted("documents.count();"));
    // the collect of a parameter nothing fills is held back below the default threshold
    assertThat(analyze()).isEmpty();

    Files.writeString(src.resolve("Writer.java"), WRITER.formatted("save(documents);"));

    assertThat(analyze()).extracting(Finding::file, Finding::line, Finding::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/WriterFake.java", 9,
            Confidence.HIGH));
  }

  @Test
  void aCallEditedIntoPassingAFilesLinesShowsTheOverridesCollect() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("WriterFake.java"), FAKE);
    Files.writeString(src.resolve("Writer.java"),
        WRITER.formatted("save(sc.parallelize(java.util.List.of(path)));"));
    // every call of the hook passes a literal list: few rows
    assertThat(analyze()).isEmpty();

    Files.writeString(src.resolve("Writer.java"), WRITER.formatted("save(documents);"));

    assertThat(analyze()).extracting(Finding::file, Finding::line, Finding::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("src/WriterFake.java", 9,
            Confidence.HIGH));
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings().stream().filter(f -> f.ruleId().equals("SparkUnboundedCollect")).toList();
  }
}
