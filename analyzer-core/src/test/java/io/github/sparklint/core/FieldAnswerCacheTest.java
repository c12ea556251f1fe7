package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.flow.SetterSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that reads a field another file fills through a setter depends on the rows the field
 * holds, not on how the filling call is written: its cached result is reused while those rows stay
 * the same, and not once they change.
 */
class FieldAnswerCacheTest {
  @TempDir Path dir;

  @Test
  void aReaderStaysCachedWhileTheFieldHoldsRowsOfTheSameBound() throws Exception {
    write("sc.textFile(\"hdfs://events\")");
    assertThat(analyze()).extracting(Finding::file).containsExactly("src/Read.java");
    markReadEntry();
    Files.writeString(dir.resolve("src/Fill.java"),
        SetterSources.fill("sc.textFile(\"hdfs://other\")"));

    assertThat(analyze()).extracting(Finding::message).singleElement().asString()
        .contains("CACHED");
  }

  @Test
  void aReaderIsAnalyzedAgainOnceTheFieldHoldsOtherRows() throws Exception {
    write("sc.textFile(\"hdfs://events\")");
    assertThat(analyze()).hasSize(1);
    markReadEntry();
    Files.writeString(dir.resolve("src/Fill.java"), SetterSources.fill("sc.parallelize(few)"));

    assertThat(analyze()).isEmpty();
  }

  /** Writes the three files, {@code Fill} passing {@code rows}. */
  private void write(String rows) throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Holder.java"), SetterSources.HOLDER);
    Files.writeString(src.resolve("Fill.java"), SetterSources.fill(rows));
    Files.writeString(src.resolve("Read.java"), SetterSources.READ);
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings();
  }

  /** Rewrites the cached finding of Read.java, so that a reuse of the entry shows. */
  private void markReadEntry() throws Exception {
    try (Stream<Path> walk = Files.walk(dir.resolve("cache"))) {
      List<Path> entries = walk.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> read(p).contains("holder.lines.collect()")).toList();
      assertThat(entries).hasSize(1);
      Files.writeString(entries.get(0), read(entries.get(0))
          .replaceFirst("\"message\"\\s*:\\s*\"", "$0CACHED "));
    }
  }

  private static String read(Path entry) {
    try {
      return Files.readString(entry);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
