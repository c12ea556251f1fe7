package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Gate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding about the rows of a parameter no analyzed call shows is of low confidence: a run at the
 * default threshold counts it without showing it, one at {@code low} shows it, and every report
 * says how sure each finding is.
 */
class ConfidenceReportTest {
  /** One collect of a whole table, one of a parameter nothing in sight fills. */
  private static final String JOB = """
      package jobs;
      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;
      public class Export {
        List<Row> all(SparkSession spark) {
          return spark.table("orders").collectAsList();
        }
        public List<Row> rows(Dataset<Row> frame) {
          return frame.collectAsList();
        }
      }
      """;

  @TempDir Path dir;

  private AnalysisResult analyze(String threshold) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("Export.java"), JOB);
    SparklintConfig.Builder config = SparklintConfig.builder();
    if (threshold != null) {
      config.confidence(threshold);
    }
    return new Analyzer(config.build())
        .analyze(AnalysisRequest.builder().input(dir.resolve("src")).baseDir(dir).build());
  }

  @Test
  void theDefaultThresholdCountsALowConfidenceFindingWithoutShowingIt() throws IOException {
    AnalysisResult result = analyze(null);

    assertThat(result.findings()).extracting(Finding::line).containsExactly(8);
    assertThat(result.belowConfidence()).isEqualTo(1);
    assertThat(TextReport.summary(result))
        .endsWith(", 1 more below the confidence threshold not shown");
    JsonObject summary = JsonParser.parseString(JsonReport.render(result)).getAsJsonObject()
        .getAsJsonObject("summary");
    assertThat(summary.get("belowConfidence").getAsInt()).isEqualTo(1);
  }

  @Test
  void atLowEveryReportSaysHowSureEachFindingIs() throws IOException {
    AnalysisResult result = analyze("low");

    assertThat(result.belowConfidence()).isZero();
    assertThat(result.findings()).extracting(Finding::line, Finding::confidence)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(8, Confidence.HIGH),
            org.assertj.core.groups.Tuple.tuple(11, Confidence.LOW));
    assertThat(TextReport.lines(result)).satisfiesExactly(
        high -> assertThat(high).doesNotContain("confidence"),
        low -> assertThat(low).contains(": [SparkUnboundedCollect] (low confidence) `collectAsList()`"));
    assertThat(JsonParser.parseString(JsonReport.render(result)).getAsJsonObject()
        .getAsJsonArray("findings")).extracting(f -> f.getAsJsonObject().get("confidence")
            .getAsString()).containsExactly("high", "low");
    assertThat(JsonParser.parseString(SarifReport.render(result, dir)).getAsJsonObject()
        .getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results"))
        .extracting(r -> r.getAsJsonObject().getAsJsonObject("properties").get("confidence")
            .getAsString()).containsExactly("high", "low");
    String html = HtmlReport.render(Gate.on(dir).apply(result), dir);
    assertThat(html).containsOnlyOnce("<span class=\"badge confidence\">low confidence</span>");
  }

  @Test
  void atHighOnlyWhatTheCodeShowsIsLeft() throws IOException {
    AnalysisResult result = analyze("high");

    assertThat(result.findings()).extracting(Finding::line).containsExactly(8);
    assertThat(result.belowConfidence()).isEqualTo(1);
  }
}
