package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.flow.NamesakeSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's cached result depends on the class of the simple name it uses, not on its namesakes in
 * other packages: editing {@code b.Loader} analyzes its readers again and reuses those of {@code
 * a.Loader}.
 */
class NamesakeCacheTest {
  @TempDir Path dir;

  @Test
  void editingOneNamesakeChecksOnlyItsReadersAgain() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    for (String pkg : List.of("a", "b")) {
      Files.createDirectories(src.resolve(pkg));
      Files.writeString(src.resolve(pkg + "/Read.java"),
          NamesakeSources.reader(pkg, "", "Read", ""));
    }
    Files.writeString(src.resolve("a/Loader.java"),
        NamesakeSources.loader("a", NamesakeSources.READ));
    Files.writeString(src.resolve("b/Loader.java"),
        NamesakeSources.loader("b", NamesakeSources.LITERAL));
    assertThat(analyze()).extracting(Finding::file)
        .containsExactly("src/a/Read.java", "src/a/Read.java");
    CacheEntries.mark(dir.resolve("cache"), "loader.lines.collect()", "\"a.Read\"");

    Files.writeString(src.resolve("b/Loader.java"),
        NamesakeSources.loader("b", NamesakeSources.READ));

    List<Finding> again = analyze();
    assertThat(again).filteredOn(f -> f.file().equals("src/a/Read.java"))
        .extracting(Finding::message).hasSize(2).allMatch(m -> m.startsWith("CACHED"));
    assertThat(again).filteredOn(f -> f.file().equals("src/b/Read.java"))
        .extracting(Finding::message).hasSize(2).noneMatch(m -> m.startsWith("CACHED"));
  }

  private List<Finding> analyze() {
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).cacheDir(dir.resolve("cache")).threads(2).build())
        .findings();
  }
}
