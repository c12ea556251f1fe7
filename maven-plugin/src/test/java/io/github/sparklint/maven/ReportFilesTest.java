package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
  @TempDir Path repo;

  @Test
  void writesSarifAndJsonWithRepositoryRelativePaths() throws Exception {
    Path src = Files.createDirectories(repo.resolve("module/src/main/java/jobs"));
    Files.writeString(src.resolve("Job.java"), """
        package jobs;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        class Job {
          Object run(Dataset<Row> events) {
            return events.collectAsList();
          }
        }
        """);
    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(
        AnalysisRequest.builder().input(repo.resolve("module/src/main/java")).baseDir(repo).build());

    Path sarif = ReportFiles.write(result, repo, repo.resolve("module/target/sparklint"));

    assertThat(sarif).isEqualTo(repo.resolve("module/target/sparklint/sparklint.sarif"));
    assertThat(Files.readString(sarif))
        .contains("\"uri\": \"module/src/main/java/jobs/Job.java\"")
        .contains("\"ruleId\": \"SparkUnboundedCollect\"");
    assertThat(Files.readString(sarif.resolveSibling(ReportFiles.JSON)))
        .contains("\"file\": \"module/src/main/java/jobs/Job.java\"")
        .contains("\"line\": 6");
  }
}
