package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm project index: indexing with progress, and callers re-checked when a helper changes. */
class ProjectIndexTest {
  private static final String UNBOUNDED_LOADER =
      Jobs.EVENT_LOADER.replace(".parquet(\"/warehouse/events\").limit(100)",
          ".parquet(\"/warehouse/events\")");

  @TempDir Path workspace;
  private LspSession session;
  private Path loader;
  private Path nightly;

  @BeforeEach
  void start() throws Exception {
    loader = Jobs.write(workspace, "EventLoader.java", Jobs.EVENT_LOADER);
    nightly = Jobs.write(workspace, "NightlyJob.java", Jobs.NIGHTLY_JOB);
    Jobs.write(workspace, "ReportJob.java", Jobs.REPORT_JOB);
    session = LspSession.indexed(workspace);
  }

  @AfterEach
  void stop() throws Exception {
    session.close();
  }

  @Test
  void indexingReportsWorkDoneProgressOverEveryJavaFile() throws Exception {
    List<WorkDoneProgressNotification> progress = session.client.awaitIndexed();

    assertThat(progress.get(0)).isInstanceOfSatisfying(WorkDoneProgressBegin.class,
        begin -> assertThat(begin.getTitle()).isEqualTo(ClientProgress.TITLE));
    assertThat(progress.get(progress.size() - 1)).isInstanceOfSatisfying(
        WorkDoneProgressEnd.class, end -> assertThat(end.getMessage()).contains("3 Java files"));
  }

  @Test
  void editingAHelperReChecksTheOpenFileThatCallsIt() throws Exception {
    assertThat(session.open(nightly, Jobs.NIGHTLY_JOB).getDiagnostics()).isEmpty();
    session.open(loader, Jobs.EVENT_LOADER);
    int mark = session.client.mark();

    session.change(loader, 2, UNBOUNDED_LOADER);

    PublishDiagnosticsParams caller = session.client.await(LspSession.uri(nightly), mark,
        p -> !p.getDiagnostics().isEmpty());
    assertThat(caller.getDiagnostics()).extracting(d -> d.getCode().getLeft())
        .containsExactly("SparkUnboundedCollect");
    assertThat(caller.getDiagnostics().get(0).getRange().getStart().getLine()).isEqualTo(8);
    assertThat(caller.getDiagnostics().get(0).getRelatedInformation())
        .anySatisfy(r -> assertThat(r.getLocation().getUri()).isEqualTo(LspSession.uri(loader)));

    mark = session.client.mark();
    session.change(loader, 3, Jobs.EVENT_LOADER);
    assertThat(session.client.await(LspSession.uri(nightly), mark, p -> true).getDiagnostics())
        .isEmpty();
  }

  @Test
  void closingAnEditedHelperPutsItsDiskVersionBackIntoTheIndex() throws Exception {
    session.open(nightly, Jobs.NIGHTLY_JOB);
    session.open(loader, Jobs.EVENT_LOADER);
    session.change(loader, 2, UNBOUNDED_LOADER);
    session.client.await(LspSession.uri(nightly), 0, p -> !p.getDiagnostics().isEmpty());
    int mark = session.client.mark();

    session.close(loader);

    assertThat(session.client.await(LspSession.uri(nightly), mark, p -> true).getDiagnostics())
        .isEmpty();
  }

  @Test
  void aHelperChangedOnDiskReChecksItsOpenCallers() throws Exception {
    session.open(nightly, Jobs.NIGHTLY_JOB);
    int mark = session.client.mark();
    Files.writeString(loader, UNBOUNDED_LOADER);

    session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
        List.of(new FileEvent(LspSession.uri(loader), FileChangeType.Changed))));

    assertThat(session.client.await(LspSession.uri(nightly), mark, p -> true).getDiagnostics())
        .extracting(d -> d.getCode().getLeft()).containsExactly("SparkUnboundedCollect");
  }

  @Test
  void anUnrelatedEditPublishesNothingForOtherOpenFiles() throws Exception {
    Path report = Jobs.path(workspace, "ReportJob.java");
    session.open(nightly, Jobs.NIGHTLY_JOB);
    session.open(report, Jobs.REPORT_JOB);
    int mark = session.client.mark();

    session.change(report, 2, Jobs.BOUNDED_JOB);

    assertThat(session.client.since(LspSession.uri(nightly), mark)).isEmpty();
  }
}
