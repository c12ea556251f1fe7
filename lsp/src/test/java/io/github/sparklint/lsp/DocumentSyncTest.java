package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open, change, save and close over the protocol: what the client sees for each. */
class DocumentSyncTest {
  @TempDir Path workspace;
  private LspSession session;
  private Path job;

  @BeforeEach
  void start() throws Exception {
    job = Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    session = LspSession.indexed(workspace);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
    assertThat(session.exitCode()).isZero();
  }

  @Test
  void openingABadJobShowsTheFindingOnTheFlaggedMethodName() throws Exception {
    PublishDiagnosticsParams published = session.open(job, Jobs.REPORT_JOB);

    assertThat(published.getVersion()).isEqualTo(1);
    assertThat(published.getDiagnostics()).hasSize(1);
    Diagnostic d = published.getDiagnostics().get(0);
    assertThat(d.getCode().getLeft()).isEqualTo("SparkUnboundedCollect");
    assertThat(d.getSource()).isEqualTo("sparklint");
    assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Warning);
    assertThat(d.getRange()).isEqualTo(range(9, 25, 9, 38));
    assertThat(Jobs.REPORT_JOB.lines().toList().get(9).substring(25, 38))
        .isEqualTo("collectAsList");
    assertThat(d.getMessage()).contains("collectAsList").contains("Fix:");
    Path page = Path.of(java.net.URI.create(d.getCodeDescription().getHref()));
    assertThat(page.getFileName()).hasToString("SparkUnboundedCollect.md");
    assertThat(Files.readString(page)).contains("SparkUnboundedCollect");
  }

  @Test
  void aBoundedCollectShowsNothing() throws Exception {
    assertThat(session.open(job, Jobs.BOUNDED_JOB).getDiagnostics()).isEmpty();
  }

  @Test
  void editsAreAnalyzedFromTheUnsavedBufferNotTheFileOnDisk() throws Exception {
    session.open(job, Jobs.REPORT_JOB);

    assertThat(session.change(job, 2, Jobs.BOUNDED_JOB).getDiagnostics()).isEmpty();
    assertThat(Files.readString(job)).isEqualTo(Jobs.REPORT_JOB);
    List<Diagnostic> again = session.change(job, 3, Jobs.REPORT_JOB).getDiagnostics();
    assertThat(again).extracting(d -> d.getCode().getLeft())
        .containsExactly("SparkUnboundedCollect");
  }

  @Test
  void savingAnalyzesTheBufferAgainAndClosingClearsTheDiagnostics() throws Exception {
    session.open(job, Jobs.REPORT_JOB);
    int mark = session.client.mark();
    session.save(job);
    assertThat(session.client.await(LspSession.uri(job), mark, p -> true).getDiagnostics())
        .hasSize(1);

    mark = session.client.mark();
    session.close(job);
    PublishDiagnosticsParams cleared = session.client.await(LspSession.uri(job), mark, p -> true);
    assertThat(cleared.getDiagnostics()).isEmpty();
    assertThat(cleared.getVersion()).isNull();
  }

  @Test
  void aBurstOfEditsIsAnalyzedOnceAtItsLastVersion() throws Exception {
    session.open(job, Jobs.BOUNDED_JOB);
    int mark = session.client.mark();
    session.send(job, 2, Jobs.REPORT_JOB);
    session.send(job, 3, Jobs.REPORT_JOB.replace("amount > 100", "amount > 200"));
    session.send(job, 4, Jobs.BOUNDED_JOB);
    session.send(job, 5, Jobs.REPORT_JOB);

    PublishDiagnosticsParams last = session.client.await(LspSession.uri(job), mark,
        p -> Integer.valueOf(5).equals(p.getVersion()));
    assertThat(last.getDiagnostics()).hasSize(1);
    assertThat(session.client.since(LspSession.uri(job), mark))
        .extracting(PublishDiagnosticsParams::getVersion).containsExactly(5);
  }

  @Test
  void aFileThatDoesNotParseGetsOneDiagnosticNamingThePositionAndTheServerGoesOn()
      throws Exception {
    Path broken = Jobs.path(workspace, "BrokenJob.java");
    List<Diagnostic> shown = session.open(broken, Jobs.BROKEN_JOB).getDiagnostics();

    assertThat(shown).hasSize(1);
    assertThat(shown.get(0).getMessage()).startsWith("syntax error");
    assertThat(shown.get(0).getRange().getStart().getLine()).isEqualTo(4);
    assertThat(shown.get(0).getCode()).isNull();
    assertThat(session.change(broken, 2, Jobs.REPORT_JOB).getDiagnostics())
        .extracting(d -> d.getCode().getLeft()).containsExactly("SparkUnboundedCollect");
  }

  @Test
  void aFileOutsideTheWorkspaceIsAnalyzedOnItsOwn(@TempDir Path elsewhere) throws Exception {
    Path outside = elsewhere.resolve("Scratch.java");

    assertThat(session.open(outside, Jobs.REPORT_JOB).getDiagnostics())
        .extracting(d -> d.getCode().getLeft()).containsExactly("SparkUnboundedCollect");
    assertThat(session.open(elsewhere.resolve("Other.java"), Jobs.BOUNDED_JOB).getDiagnostics())
        .isEmpty();
  }

  private static Range range(int line, int start, int endLine, int end) {
    return new Range(new org.eclipse.lsp4j.Position(line, start),
        new org.eclipse.lsp4j.Position(endLine, end));
  }
}
