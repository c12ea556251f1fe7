package io.github.sparklint.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.gate.ProjectConfigFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The sparklint language server: the LSP lifecycle (initialize, initialized, shutdown, exit) and
 * the capabilities it offers; documents and workspace events go to {@link DocumentService} and
 * {@link WorkspaceEvents}, the state to {@link Workspace}.
 */
public final class SparklintServer implements LanguageServer, LanguageClientAware {
  /** The {@code initializationOptions} key of the rule link template (see {@link RuleLinks}). */
  static final String DOCS_URL = "docsUrl";

  private final CompletableFuture<Integer> exit = new CompletableFuture<>();
  private final DocumentService documents = new DocumentService();
  private final WorkspaceEvents events = new WorkspaceEvents();
  private LanguageClient client;
  private Workspace workspace;
  private boolean progressSupported;
  private boolean watchersSupported;
  private volatile boolean shutDown;

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ClientCapabilities capabilities = params.getCapabilities();
    progressSupported = capabilities != null && capabilities.getWindow() != null
        && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
    watchersSupported = capabilities != null && capabilities.getWorkspace() != null
        && capabilities.getWorkspace().getDidChangeWatchedFiles() != null
        && Boolean.TRUE.equals(
            capabilities.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
    Path root = rootOf(params).orElse(null);
    Publisher publisher = new Publisher(client,
        new Diagnostics(RuleLinks.of(option(params, DOCS_URL)), root));
    SourceEncoding encoding = SourceEncoding.of(option(params, SourceEncoding.OPTION), root);
    encoding.problem().ifPresent(problem -> {
      client.showMessage(new MessageParams(MessageType.Error, problem));
      client.logMessage(new MessageParams(MessageType.Error, problem));
    });
    workspace = new Workspace(root, encoding.charset(), publisher,
        () -> ClientProgress.of(client, progressSupported),
        message -> client.logMessage(new MessageParams(MessageType.Error, message)));
    documents.attach(workspace);
    events.attach(workspace);

    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(false));
    ServerCapabilities server = new ServerCapabilities();
    server.setTextDocumentSync(sync);
    server.setHoverProvider(true);
    server.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
    return CompletableFuture.completedFuture(
        new InitializeResult(server, new ServerInfo(Sparklint.NAME, Sparklint.version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    workspace.start();
    if (watchersSupported) {
      DidChangeWatchedFilesRegistrationOptions watch = new DidChangeWatchedFilesRegistrationOptions(
          List.of(new FileSystemWatcher(Either.forLeft("**/*.java")),
              new FileSystemWatcher(Either.forLeft("**/" + ProjectConfigFile.NAME))));
      client.registerCapability(new RegistrationParams(List.of(new Registration(
          "sparklint-watched-files", "workspace/didChangeWatchedFiles", watch))));
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    if (workspace != null) {
      workspace.close();
    }
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exit.complete(shutDown ? 0 : 1);
  }

  /** Completes with the process exit code once the client sent {@code exit} or hung up. */
  CompletableFuture<Integer> exitCode() {
    return exit;
  }

  /** The client closed the connection: exit as LSP asks (0 only after a shutdown request). */
  void disconnected() {
    exit.complete(shutDown ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return documents;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return events;
  }

  /** The first workspace folder, else the root URI, as a file path. */
  private static Optional<Path> rootOf(InitializeParams params) {
    List<WorkspaceFolder> folders = params.getWorkspaceFolders();
    if (folders != null && !folders.isEmpty()) {
      return OpenDocuments.pathOf(folders.get(0).getUri());
    }
    return params.getRootUri() == null ? Optional.empty()
        : OpenDocuments.pathOf(params.getRootUri());
  }

  private static String option(InitializeParams params, String key) {
    Object options = params.getInitializationOptions();
    if (options instanceof JsonObject object && object.has(key)) {
      JsonElement value = object.get(key);
      return value.isJsonPrimitive() ? value.getAsString() : null;
    }
    return null;
  }
}
