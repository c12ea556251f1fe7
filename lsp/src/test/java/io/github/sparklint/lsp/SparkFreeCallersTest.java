package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class that never mentions Spark but calls a project helper that runs the query it is given
 * and collects its rows is analyzed, as in a CLI run: on disk and as an open document, and an
 * unsaved edit that stops the call clears the finding.
 */
class SparkFreeCallersTest {
  private static final String QUERIES = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class Queries {
        private Queries() {}

        public static List<Row> rowsOf(SparkSession spark, String query) {
          return spark.sql(query).collectAsList();
        }
      }
      """;

  /** Gets its session from elsewhere: never names a Spark type. */
  private static final String REPORT = """
      package jobs;

      class DailyReport {
        int lines(Context context) {
          int all = Queries.rowsOf(context.spark(), "SELECT * FROM events").size();
          return all + Queries.rowsOf(context.spark(), "SELECT count(*) FROM events").size();
        }
      }
      """;

  @TempDir Path workspace;
  private LspSession session;

  @AfterEach
  void stop() throws Exception {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void aSparkFreeCallerGetsTheFindingTheCliReports() throws Exception {
    Jobs.write(workspace, "Queries.java", QUERIES);
    Path report = Jobs.write(workspace, "DailyReport.java", REPORT);
    session = LspSession.indexed(workspace);

    List<Diagnostic> diagnostics = session.open(report, REPORT).getDiagnostics();

    List<Finding> cli = new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().input(workspace.resolve("src")).baseDir(workspace).build()).findings();
    assertThat(cli).extracting(f -> f.line() + ":" + f.ruleId())
        .containsExactly("5:SparkUnboundedCollect");
    assertThat(diagnostics).extracting(d -> (d.getRange().getStart().getLine() + 1) + ":"
        + d.getCode().getLeft()).containsExactly("5:SparkUnboundedCollect");

    int mark = session.client.mark();
    session.change(report, 2, REPORT.replace("SELECT * FROM events", "SHOW TABLES"));
    assertThat(session.client.await(LspSession.uri(report), mark, p -> true).getDiagnostics())
        .isEmpty();
  }
}
