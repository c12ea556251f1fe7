package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Gate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reactor's report: every module's results in one run that code scanning accepts. */
class SarifMergeTest {
  private static final Path ROOT = Path.of("/repo").toAbsolutePath();
  private static final String JOB = """
      package jobs;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class %s {
        void run(Dataset<Row> events) {
          events.collect();
          events.show(Integer.MAX_VALUE);
        }
      }
      """;

  private static List<Finding> findings(String file, String name) {
    return new Analyzer(SparklintConfig.defaults()).analyzeSource(file, JOB.formatted(name))
        .findings();
  }

  private static SarifMerge.Document module(String source, AnalysisResult result, Baseline baseline) {
    Gate gate = Gate.on(ROOT);
    if (baseline != null) {
      gate.baseline(baseline, f -> true);
    }
    return new SarifMerge.Document(source, SarifReport.render(gate.apply(result), ROOT));
  }

  @Test
  void modulesBecomeOneRunWithEveryResultAndNotification() {
    List<Finding> a = findings("a/src/jobs/A.java", "A");
    List<Finding> b = findings("b/src/jobs/B.java", "B");
    AnalysisResult withError = new AnalysisResult(b,
        List.of(new AnalysisError("b/src/jobs/Broken.java", 3, 1, "syntax error: ...")), 2, 0);

    String merged = SarifMerge.merge(List.of(
        module("a", new AnalysisResult(a, List.of(), 1, 0), Baseline.of(a.subList(0, 1))),
        module("b", withError, null)));

    JsonObject root = JsonParser.parseString(merged).getAsJsonObject();
    JsonArray runs = root.getAsJsonArray("runs");
    assertThat(runs).hasSize(1);
    JsonObject run = runs.get(0).getAsJsonObject();
    assertThat(run.getAsJsonArray("results")).extracting(r -> r.getAsJsonObject()
            .getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
            .getAsJsonObject("artifactLocation").get("uri").getAsString())
        .containsExactly("a/src/jobs/A.java", "a/src/jobs/A.java", "b/src/jobs/B.java",
            "b/src/jobs/B.java");
    assertThat(run.getAsJsonArray("invocations").get(0).getAsJsonObject()
        .getAsJsonArray("toolExecutionNotifications")).hasSize(1);

    SarifMerge.Tally tally = SarifMerge.tally(new SarifMerge.Document("merged", merged));
    assertThat(tally.findings()).isEqualTo(4);
    assertThat(tally.baselined()).isEqualTo(1);
    assertThat(tally.unanalyzed()).isEqualTo(1);
    assertThat(tally.fresh()).hasSize(3).containsOnly(Severity.WARNING);
    assertThat(tally.freshAtLeast(Severity.WARNING)).isEqualTo(3);
    assertThat(tally.freshAtLeast(Severity.ERROR)).isZero();
  }

  @Test
  void oneModuleStaysAsItWasAndNoModuleOrAForeignFileIsAClearError() {
    SarifMerge.Document only = module("a", new AnalysisResult(List.of(), List.of(), 0, 0), null);
    assertThat(JsonParser.parseString(SarifMerge.merge(List.of(only))))
        .isEqualTo(JsonParser.parseString(only.text()));

    assertThatThrownBy(() -> SarifMerge.merge(List.of())).isInstanceOf(ConfigException.class)
        .hasMessage("no sparklint SARIF report to aggregate");
    assertThatThrownBy(() -> SarifMerge.merge(List.of(only,
        new SarifMerge.Document("b/target/sparklint/sparklint.sarif", "{\"runs\": []}"))))
        .hasMessageStartingWith("b/target/sparklint/sparklint.sarif is not a sparklint SARIF report");
    assertThatThrownBy(() -> SarifMerge.tally(new SarifMerge.Document("x.sarif", "not json {")))
        .hasMessageStartingWith("x.sarif is not a sparklint SARIF report");
  }
}
