package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files on disk are read in the sources' encoding, as the CLI's {@code --encoding} and the Maven
 * goal read them; a file that is not text in it is a diagnostic naming its line.
 */
class DiskEncodingTest {
  /** The helper of {@link Jobs#NIGHTLY_JOB} returning a whole table, with a Latin-1 comment. */
  private static final String LOADER = Jobs.EVENT_LOADER
      .replace("  private EventLoader() {}",
          "  // Événements de la journée\n  private EventLoader() {}")
      .replace(".parquet(\"/warehouse/events\").limit(100)", ".parquet(\"/warehouse/events\")");

  @TempDir Path workspace;

  private Path writeLatin1Loader() throws Exception {
    Path loader = Jobs.path(workspace, "EventLoader.java");
    Files.createDirectories(loader.getParent());
    return Files.write(loader, LOADER.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static JsonObject encoding(String name) {
    JsonObject options = new JsonObject();
    options.addProperty(SourceEncoding.OPTION, name);
    return options;
  }

  @Test
  void withTheEncodingOptionALatin1HelperIsIndexedAndItsCallerReported() throws Exception {
    Path loader = writeLatin1Loader();
    Path nightly = Jobs.write(workspace, "NightlyJob.java", Jobs.NIGHTLY_JOB);
    try (LspSession session = LspSession.started(workspace, encoding("ISO-8859-1"))) {
      session.client.awaitIndexed();

      assertThat(session.open(nightly, Jobs.NIGHTLY_JOB).getDiagnostics())
          .extracting(d -> d.getCode().getLeft()).containsExactly("SparkUnboundedCollect");
      assertThat(session.client.since(LspSession.uri(loader), 0)).isEmpty();
    }
  }

  @Test
  void thePomsSourceEncodingIsReadWithoutTheOption() throws Exception {
    Path loader = writeLatin1Loader();
    Path nightly = Jobs.write(workspace, "NightlyJob.java", Jobs.NIGHTLY_JOB);
    Files.writeString(workspace.resolve("pom.xml"), "<project><properties><project.build"
        + ".sourceEncoding>ISO-8859-1</project.build.sourceEncoding></properties></project>");
    try (LspSession session = LspSession.indexed(workspace)) {
      assertThat(session.open(nightly, Jobs.NIGHTLY_JOB).getDiagnostics()).hasSize(1);
      assertThat(session.client.since(LspSession.uri(loader), 0)).isEmpty();
    }
  }

  @Test
  void aFileThatIsNotTextInTheEncodingIsADiagnosticNamingItsLineUntilItIsFixed()
      throws Exception {
    Path loader = writeLatin1Loader();
    Jobs.write(workspace, "NightlyJob.java", Jobs.NIGHTLY_JOB);
    try (LspSession session = LspSession.indexed(workspace)) {
      PublishDiagnosticsParams unread =
          session.client.await(LspSession.uri(loader), 0, p -> !p.getDiagnostics().isEmpty());

      assertThat(unread.getVersion()).isNull();
      assertThat(unread.getDiagnostics()).singleElement().satisfies(d -> {
        assertThat(d.getMessage()).startsWith("not valid UTF-8 text (byte 0xc9 at offset")
            .contains("initialization option encoding");
        assertThat(d.getRange().getStart().getLine()).isEqualTo(7);
      });

      int mark = session.client.mark();
      Files.writeString(loader, LOADER);
      session.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
          List.of(new FileEvent(LspSession.uri(loader), FileChangeType.Changed))));
      assertThat(session.client.await(LspSession.uri(loader), mark, p -> true).getDiagnostics())
          .isEmpty();
    }
  }

  @Test
  void anUnknownEncodingIsShownToTheUserAndFilesAreReadAsUtf8() throws Exception {
    Path loader = writeLatin1Loader();
    try (LspSession session = LspSession.started(workspace, encoding("latin-ninety"))) {
      session.client.awaitIndexed();

      assertThat(session.client.logged()).anySatisfy(message -> assertThat(message)
          .contains("initialization option encoding has value 'latin-ninety'"));
      assertThat(session.client.await(LspSession.uri(loader), 0, p -> true).getDiagnostics())
          .singleElement().satisfies(d -> assertThat(d.getMessage())
              .startsWith("not valid UTF-8 text"));
    }
  }
}
