package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.run.SourceText;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the analyzer with arbitrary text: no exception may escape {@link Analyzer#analyzeSource},
 * whatever the input. The fuzzed text is placed where it reaches the parser and the rules (after a
 * Spark import, inside a class, inside a method using a Dataset), not only where the Spark text
 * check would skip it.
 *
 * <p>In a normal {@code mvn verify} Jazzer runs in regression mode: only the seed inputs under
 * {@code src/test/resources/io/github/sparklint/core/AnalyzerFuzzTestInputs/} and any crash
 * reproducers stored there. To fuzz, run {@code JAZZER_FUZZ=1 mvn -pl analyzer-core test
 * -Dtest=AnalyzerFuzzTest#analyzeSourceNeverThrows} (Jazzer fuzzes one fuzz test per run, for its
 * {@code maxDuration}; {@code .ci/run} names every fuzz test of the project); a crashing input is
 * saved in that directory and then replayed by every later build.
 */
class AnalyzerFuzzTest {
  private static final Analyzer ANALYZER = new Analyzer(SparklintConfig.defaults());
  private static final String HEADER = """
      import org.apache.spark.sql.*;
      import org.apache.spark.api.java.*;
      import static org.apache.spark.sql.functions.*;
      """;

  @FuzzTest(maxDuration = "20s")
  void analyzeSourceNeverThrows(FuzzedDataProvider data) {
    int shape = data.consumeInt(0, 3);
    String text = data.consumeRemainingAsString();
    String source = switch (shape) {
      case 0 -> text;
      case 1 -> HEADER + text;
      case 2 -> HEADER + "class Fuzz {\n" + text + "\n}\n";
      default -> HEADER + "class Fuzz {\n  void run(SparkSession spark, Dataset<Row> ds, "
          + "JavaRDD<String> rdd) {\n" + text + "\n  }\n}\n";
    };

    FileAnalyzer.FileResult result = ANALYZER.analyzeSource("Fuzz.java", source);

    assertThat(result.findings()).allSatisfy(f -> assertThat(f.line()).isPositive());
    assertThat(result.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("Fuzz.java"));
  }

  @FuzzTest(maxDuration = "10s")
  void decodingArbitraryBytesOnlyFailsWithAReadableMessage(byte[] bytes) {
    try {
      assertThat(SourceText.decode(bytes, StandardCharsets.UTF_8)).isNotNull();
    } catch (SourceText.UnreadableSourceException e) {
      assertThat(e.getMessage()).contains("not valid UTF-8");
      assertThat(e.line()).isPositive();
    }
  }
}
