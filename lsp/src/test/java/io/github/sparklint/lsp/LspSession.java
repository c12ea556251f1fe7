package io.github.sparklint.lsp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server ({@link LspMain#run}) and a {@link RecordingClient} talking JSON-RPC over a
 * loopback socket in one JVM: every message goes through LSP4J's wire format, as with a real
 * editor. (A socket, not {@code PipedInputStream}: pipes fail once a thread that wrote to them
 * ends, and the server writes from several threads.)
 */
final class LspSession implements AutoCloseable {
  final RecordingClient client = new RecordingClient();
  final LanguageServer server;
  private final CompletableFuture<Integer> exitCode;
  private final Socket socket;

  private LspSession(Path root, Object initializationOptions) throws Exception {
    Socket serverSide;
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket = new Socket(listener.getInetAddress(), listener.getLocalPort());
      serverSide = listener.accept();
    }
    exitCode = new CompletableFuture<>();
    Thread serving = new Thread(() -> {
      try (Socket s = serverSide) {
        exitCode.complete(LspMain.run(s.getInputStream(), s.getOutputStream()));
      } catch (IOException | RuntimeException e) {
        exitCode.completeExceptionally(e);
      }
    }, "test-lsp-server");
    serving.setDaemon(true);
    serving.start();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client,
        socket.getInputStream(), socket.getOutputStream());
    launcher.startListening();
    server = launcher.getRemoteProxy();
    InitializeParams init = new InitializeParams();
    if (root != null) {
      init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "ws")));
    }
    ClientCapabilities capabilities = new ClientCapabilities();
    WindowClientCapabilities window = new WindowClientCapabilities();
    window.setWorkDoneProgress(true);
    capabilities.setWindow(window);
    init.setCapabilities(capabilities);
    init.setInitializationOptions(initializationOptions);
    server.initialize(init).get(30, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
  }

  /** A session on workspace {@code root}, once the workspace is indexed. */
  static LspSession indexed(Path root) throws Exception {
    LspSession session = new LspSession(root, null);
    session.client.awaitIndexed();
    return session;
  }

  /** A session with {@code initializationOptions}, not waiting for the index. */
  static LspSession started(Path root, Object initializationOptions) throws Exception {
    return new LspSession(root, initializationOptions);
  }

  static String uri(Path file) {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /** Opens {@code file} with {@code text} and returns the first diagnostics published for it. */
  PublishDiagnosticsParams open(Path file, String text) throws InterruptedException {
    int mark = client.mark();
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
        new TextDocumentItem(uri(file), "java", 1, text)));
    return client.await(uri(file), mark, p -> true);
  }

  /** Replaces the buffer of {@code file} (unsaved) and returns the diagnostics of that version. */
  PublishDiagnosticsParams change(Path file, int version, String text) throws InterruptedException {
    int mark = client.mark();
    send(file, version, text);
    return client.await(uri(file), mark, p -> Integer.valueOf(version).equals(p.getVersion()));
  }

  /** Sends a change without waiting for diagnostics. */
  void send(Path file, int version, String text) {
    server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
        new VersionedTextDocumentIdentifier(uri(file), version),
        List.of(new TextDocumentContentChangeEvent(text))));
  }

  void save(Path file) {
    server.getTextDocumentService().didSave(
        new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri(file))));
  }

  void close(Path file) {
    server.getTextDocumentService().didClose(
        new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri(file))));
  }

  /** Shuts the server down as a client does and returns its exit code. */
  @Override
  public void close() throws Exception {
    try {
      server.shutdown().get(30, TimeUnit.SECONDS);
      server.exit();
      exitCode.get(30, TimeUnit.SECONDS);
    } finally {
      socket.close();
    }
  }

  int exitCode() throws Exception {
    return exitCode.get(30, TimeUnit.SECONDS);
  }
}
