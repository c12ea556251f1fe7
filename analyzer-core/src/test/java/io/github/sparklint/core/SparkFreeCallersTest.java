package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.run.FileAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that never mentions Spark but calls a project method that collects what it is given (a
 * test calling its base class's {@code sql(..)} helper) is analyzed, in a run over files and in
 * one over in-memory sources (the Error Prone front), whatever the order of the files; a
 * Spark-free file calling another class's method of the same name reports nothing.
 */
class SparkFreeCallersTest {
  private static final String BASE = """
      package t;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public class SqlTestBase {
        protected SparkSession session;

        protected List<Row> sql(String statement, Object... args) {
          return session.sql(String.format(statement, args)).collectAsList();
        }
      }
      """;
  private static final String CALLER = """
      package t;

      class TableTest extends SqlTestBase {
        void test(String table) {
          sql("CREATE TABLE %s (i INT) USING PARQUET", table);
          sql("SELECT * FROM %s", table);
          sql("SELECT count(*) FROM %s", table);
        }
      }
      """;
  /** A JDBC helper with the same method name, in a file without Spark. */
  private static final String UNRELATED = """
      package t;

      import java.sql.Connection;
      import java.sql.SQLException;

      class Jdbc {
        private final Connection connection;

        Jdbc(Connection connection) {
          this.connection = connection;
        }

        boolean sql(String statement, Object... args) throws SQLException {
          return connection.createStatement().execute(String.format(statement, args));
        }

        void load(String table) throws SQLException {
          sql("SELECT * FROM %s", table);
        }
      }
      """;
  private static final String PLAIN = """
      package t;

      class Plain {
        int twice(int n) {
          return Math.addExact(n, n);
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void aSparkFreeFileCallingACollectingHelperIsAnalyzedAndOnlyThatOne() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/t"));
    Files.writeString(src.resolve("SqlTestBase.java"), BASE);
    Files.writeString(src.resolve("TableTest.java"), CALLER);
    Files.writeString(src.resolve("Jdbc.java"), UNRELATED);
    Files.writeString(src.resolve("Plain.java"), PLAIN);

    AnalysisResult forward = analyze(List.of("SqlTestBase", "TableTest", "Jdbc", "Plain"));
    AnalysisResult backward = analyze(List.of("Plain", "Jdbc", "TableTest", "SqlTestBase"));

    assertThat(forward.findings()).extracting(f -> f.file() + ":" + f.line())
        .containsExactly("src/t/TableTest.java:6");
    assertThat(forward.findings().get(0).message())
        .contains("`sql(...)` brings every row of the query it is given");
    assertThat(backward.findings()).isEqualTo(forward.findings());
    // Jdbc.java calls a method named sql, so it is parsed, and finds its own; Plain.java is not.
    assertThat(forward.filesAnalyzed()).isEqualTo(3);
    assertThat(forward.filesSkipped()).isEqualTo(1);
  }

  @Test
  void inMemorySourcesAdmitTheSameCaller() {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("t/TableTest.java", CALLER);
    sources.put("t/Jdbc.java", UNRELATED);
    sources.put("t/SqlTestBase.java", BASE);

    Map<String, FileAnalyzer.FileResult> results = new Analyzer(SparklintConfig.defaults())
        .analyzeSources(sources, Duration.ofSeconds(30));

    assertThat(results.get("t/TableTest.java").findings()).extracting(Finding::line)
        .containsExactly(6);
    assertThat(results.get("t/Jdbc.java").findings()).isEmpty();
    assertThat(results.get("t/SqlTestBase.java").findings()).isEmpty();
  }

  private AnalysisResult analyze(List<String> order) {
    AnalysisRequest.Builder request = AnalysisRequest.builder().baseDir(dir).threads(2);
    for (String type : order) {
      request.input(dir.resolve("src/t/" + type + ".java"));
    }
    return new Analyzer(SparklintConfig.defaults()).analyze(request.build());
  }
}
