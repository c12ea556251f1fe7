package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.ReportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path repo;

  @Test
  void writesSarifAndJsonWithRepositoryRelativePaths() throws Exception {
    AnalysisResult result = analyzeAModuleWithOneFinding();

    Path sarif = ReportFiles.write(result, repo, repo.resolve("module/target/sparklint"));

    assertThat(sarif).isEqualTo(repo.resolve("module/target/sparklint/sparklint.sarif"));
    assertThat(Files.readString(sarif))
        .contains("\"uri\": \"module/src/main/java/jobs/Job.java\"")
        .contains("\"ruleId\": \"SparkUnboundedCollect\"");
    assertThat(Files.readString(sarif.resolveSibling(ReportFiles.JSON)))
        .contains("\"file\": \"module/src/main/java/jobs/Job.java\"")
        .contains("\"line\": 6");
  }

  @Test
  void aGateWritesEveryFormatsFileIncludingGitLabCodeQuality() throws Exception {
    GateResult gate = Gate.on(repo).apply(analyzeAModuleWithOneFinding());
    Path out = repo.resolve("module/target/sparklint");

    ReportFiles.write(gate, repo, out, null);

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
          ReportFormat.files().stream().map(ReportFormat::fileName).toList());
    }
    assertThat(Files.readString(out.resolve("gl-code-quality-report.json")))
        .contains("\"check_name\": \"SparkUnboundedCollect\"")
        .contains("\"path\": \"module/src/main/java/jobs/Job.java\"");
  }

  private AnalysisResult analyzeAModuleWithOneFinding() throws Exception {
    Path src = Files.createDirectories(repo.resolve("module/src/main/java/jobs"));
    Files.writeString(src.resolve("Job.java"), """
        package jobs;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        class Job {
          Object run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("e");
            return events.collectAsList();
          }
        }
        """);
    return new Analyzer(SparklintConfig.defaults()).analyze(
        AnalysisRequest.builder().input(repo.resolve("module/src/main/java")).baseDir(repo).build());
  }
}
