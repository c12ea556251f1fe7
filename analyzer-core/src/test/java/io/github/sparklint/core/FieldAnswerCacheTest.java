package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.flow.SetterSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    CacheEntries.mark(dir.resolve("cache"), "holder.lines.collect()");
    Files.writeString(dir.resolve("src/Fill.java"),
        SetterSources.fill("sc.textFile(\"hdfs://other\")"));

    assertThat(analyze()).extracting(Finding::message).singleElement().asString()
        .contains("CACHED");
  }

  @Test
  void aReaderIsAnalyzedAgainOnceTheFieldHoldsOtherRows() throws Exception {
    write("sc.textFile(\"hdfs://events\")");
    assertThat(analyze()).hasSize(1);
    CacheEntries.mark(dir.resolve("cache"), "holder.lines.collect()");
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
}
