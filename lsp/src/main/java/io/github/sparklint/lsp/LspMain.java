package io.github.sparklint.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code java -jar sparklint-lsp.jar}: the language server on stdin and stdout. Nothing else may
 * write to stdout, so {@code System.out} is sent to stderr while the server runs.
 */
public final class LspMain {
  private LspMain() {}

  public static void main(String[] args) {
    System.exit(serveStdio());
  }

  /**
   * Serves one client on this process's stdin and stdout (see {@link #run}), with {@code
   * System.out} sent to stderr meanwhile; returns the exit code.
   */
  public static int serveStdio() {
    PrintStream protocol = System.out;
    System.setOut(System.err);
    try {
      return run(System.in, protocol);
    } finally {
      protocol.flush();
      System.setOut(protocol);
    }
  }

  /**
   * Serves one client on {@code in} and {@code out} until it sends {@code exit} or closes the
   * connection; returns the exit code LSP asks for (0 after a {@code shutdown} request, else 1).
   */
  public static int run(InputStream in, OutputStream out) {
    SparklintServer server = new SparklintServer();
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    Thread watcher = new Thread(() -> {
      try {
        listening.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | CancellationException e) {
        // the connection broke, or the server exited and stopped listening
      }
      server.disconnected();
    }, "sparklint-lsp-connection");
    watcher.setDaemon(true);
    watcher.start();
    int code = server.exitCode().join();
    listening.cancel(true);
    return code;
  }
}
