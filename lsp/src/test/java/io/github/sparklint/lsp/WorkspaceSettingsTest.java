package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workspace's sparklint.yaml (read, reloaded, rejected) and Spark configuration files. */
class WorkspaceSettingsTest {
  @TempDir Path workspace;

  @Test
  void savingSparklintYamlAppliesItsSeveritiesToOpenDocuments() throws Exception {
    Path job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    try (LspSession session = LspSession.indexed(workspace)) {
      assertThat(session.open(job, Jobs.REPORT_JOB).getDiagnostics())
          .extracting(Diagnostic::getSeverity).containsExactly(DiagnosticSeverity.Warning);
      Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"), """
          rules:
            SparkUnboundedCollect:
              severity: error
          """);
      int mark = session.client.mark();

      session.save(yaml);

      assertThat(session.client.await(LspSession.uri(job), mark,
          p -> !p.getDiagnostics().isEmpty()
              && p.getDiagnostics().get(0).getSeverity() == DiagnosticSeverity.Error))
          .isNotNull();
    }
  }

  @Test
  void aLowConfidenceFindingAppearsMarkedOnceSparklintYamlLowersTheThreshold() throws Exception {
    String library = """
        package jobs;

        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public final class Rows {
          public static List<Row> of(Dataset<Row> frame) {
            return frame.collectAsList();
          }
        }
        """;
    Path job = Jobs.write(workspace, "Rows.java", library);
    try (LspSession session = LspSession.indexed(workspace)) {
      assertThat(session.open(job, library).getDiagnostics())
          .as("no call in the workspace fills `frame`: low confidence, not shown by default").isEmpty();
      Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"), "confidence: low\n");
      int mark = session.client.mark();

      session.save(yaml);

      assertThat(session.client.await(LspSession.uri(job), mark,
          p -> !p.getDiagnostics().isEmpty()).getDiagnostics())
          .singleElement().satisfies(d -> assertThat(d.getMessage())
              .startsWith("(low confidence) `collectAsList()`"));
    }
  }

  @Test
  void aWatchedSparklintYamlThatSwitchesTheRuleOffClearsItsFindings() throws Exception {
    Path job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    try (LspSession session = LspSession.indexed(workspace)) {
      session.open(job, Jobs.REPORT_JOB);
      Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"),
          "rules:\n  SparkUnboundedCollect: off\n");
      int mark = session.client.mark();

      session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
          List.of(new FileEvent(LspSession.uri(yaml), FileChangeType.Created))));

      assertThat(session.client.await(LspSession.uri(job), mark, p -> true).getDiagnostics())
          .isEmpty();
    }
  }

  @Test
  void theModelsOfSparklintYamlDescribeMethodsTheWorkspaceCannotSee() throws Exception {
    String job = """
        package jobs;

        import com.acme.platform.Tables;
        import java.util.List;

        final class ModelJob {
          List<?> all() {
            return Tables.read("events").collectAsList();
          }
        }
        """;
    Path file = Jobs.write(workspace, "ModelJob.java", job);
    try (LspSession session = LspSession.indexed(workspace)) {
      assertThat(session.open(file, job).getDiagnostics()).isEmpty();
      Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"), """
          models:
            version: 1
            methods:
              - {class: com.acme.platform.Tables, method: read, fact: returns, argument: dataset}
              - {class: com.acme.platform.Tables, method: read, fact: rows, argument: unbounded}
          """);
      int mark = session.client.mark();

      session.save(yaml);

      PublishDiagnosticsParams modelled = session.client.await(LspSession.uri(file), mark,
          p -> !p.getDiagnostics().isEmpty());
      assertThat(modelled.getDiagnostics()).extracting(d -> d.getCode().getLeft())
          .containsExactly("SparkUnboundedCollect");
      assertThat(modelled.getDiagnostics().get(0).getMessage()).contains("sparklint.yaml");
    }
  }

  @Test
  void excludedFilesGetNoDiagnostics() throws Exception {
    Path job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    Path other = Jobs.write(workspace, "OtherJob.java", Jobs.REPORT_JOB);
    Files.writeString(workspace.resolve("sparklint.yaml"),
        "exclude:\n  - \"**/ReportJob.java\"\n");
    try (LspSession session = LspSession.indexed(workspace)) {
      assertThat(session.open(job, Jobs.REPORT_JOB).getDiagnostics()).isEmpty();
      assertThat(session.open(other, Jobs.REPORT_JOB).getDiagnostics()).hasSize(1);
    }
  }

  @Test
  void closedFilesThatDoNotParseAreReportedUnlessExcluded() throws Exception {
    Path broken = Jobs.write(workspace, "BrokenJob.java", Jobs.BROKEN_JOB);
    Path skipped = Jobs.write(workspace, "SkippedJob.java", Jobs.BROKEN_JOB);
    Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"),
        "exclude:\n  - \"**/SkippedJob.java\"\n");
    try (LspSession session = LspSession.indexed(workspace)) {
      PublishDiagnosticsParams closed = session.client.await(LspSession.uri(broken), 0,
          p -> !p.getDiagnostics().isEmpty());
      assertThat(closed.getVersion()).isNull();
      assertThat(closed.getDiagnostics()).singleElement().satisfies(d -> {
        assertThat(d.getMessage()).startsWith("syntax error");
        assertThat(d.getRange().getStart().getLine()).isEqualTo(4);
      });
      assertThat(session.client.since(LspSession.uri(skipped), 0)).isEmpty();

      int mark = session.client.mark();
      Files.writeString(yaml, "exclude:\n  - \"**/*Job.java\"\n");
      session.save(yaml);
      assertThat(session.client.await(LspSession.uri(broken), mark, p -> true).getDiagnostics())
          .isEmpty();
    }
  }

  @Test
  void aBadSparklintYamlIsReportedOnItAndTheLastGoodSettingsStay() throws Exception {
    Path job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    Path yaml = Files.writeString(workspace.resolve("sparklint.yaml"),
        "rules:\n  SparkUnboundedCollect:\n    severity: error\n");
    try (LspSession session = LspSession.indexed(workspace)) {
      session.open(job, Jobs.REPORT_JOB);
      Files.writeString(yaml, "rules:\n  SparkUnboundedCollect:\n    severity: loud\n");
      int mark = session.client.mark();

      session.save(yaml);

      PublishDiagnosticsParams onYaml = session.client.await(LspSession.uri(yaml), mark,
          p -> !p.getDiagnostics().isEmpty());
      assertThat(onYaml.getDiagnostics().get(0).getMessage()).contains("loud");
      assertThat(onYaml.getDiagnostics().get(0).getSeverity()).isEqualTo(DiagnosticSeverity.Error);
      assertThat(session.change(job, 2, Jobs.REPORT_JOB).getDiagnostics())
          .extracting(Diagnostic::getSeverity).containsExactly(DiagnosticSeverity.Error);
    }
  }

  @Test
  void sparkDefaultsConfIsCheckedWithTheRangeOnTheKey() throws Exception {
    Path conf = workspace.resolve("conf/spark-defaults.conf");
    String text = "spark.executor.memory 4g\nspark.driver.maxResultSize 0\n";
    try (LspSession session = LspSession.indexed(workspace)) {
      List<Diagnostic> shown = session.open(conf, text).getDiagnostics();

      assertThat(shown).extracting(d -> d.getCode().getLeft())
          .containsExactly("SparkUnlimitedMaxResultSize");
      assertThat(shown.get(0).getRange()).isEqualTo(new Range(
          new org.eclipse.lsp4j.Position(1, 0), new org.eclipse.lsp4j.Position(1, 26)));
      assertThat(session.change(conf, 2, "spark.driver.maxResultSize 1g\n").getDiagnostics())
          .isEmpty();
    }
  }

  @Test
  void aDocsUrlTemplateFromTheClientIsTheRuleLink() throws Exception {
    Path job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    JsonObject options = new JsonObject();
    options.addProperty(SparklintServer.DOCS_URL, "https://docs.example.com/rules/{rule}.html");
    try (LspSession session = LspSession.started(workspace, options)) {
      assertThat(session.open(job, Jobs.REPORT_JOB).getDiagnostics().get(0)
          .getCodeDescription().getHref())
          .isEqualTo("https://docs.example.com/rules/SparkUnboundedCollect.html");
    }
  }
}
