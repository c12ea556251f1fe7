package io.github.sparklint.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** A test's LSP client: records what the server sends and lets the test wait for it. */
final class RecordingClient implements LanguageClient {
  static final Duration WAIT = Duration.ofSeconds(30);

  private final List<PublishDiagnosticsParams> published = new ArrayList<>();
  private final List<WorkDoneProgressNotification> progress = new ArrayList<>();
  private final List<String> logged = new ArrayList<>();

  @Override
  public synchronized void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
    published.add(diagnostics);
    notifyAll();
  }

  @Override
  public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void notifyProgress(ProgressParams params) {
    progress.add(params.getValue().getLeft());
    notifyAll();
  }

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public synchronized void logMessage(MessageParams message) {
    logged.add(message.getMessage());
  }

  @Override
  public void showMessage(MessageParams message) {
    logMessage(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}

  /** Waits for a publication for {@code uri} after mark {@code after} that {@code wanted} takes. */
  synchronized PublishDiagnosticsParams await(String uri, int after,
      Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (true) {
      for (int i = after; i < published.size(); i++) {
        PublishDiagnosticsParams p = published.get(i);
        if (p.getUri().equals(uri) && wanted.test(p)) {
          return p;
        }
      }
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("no matching diagnostics for " + uri + " in " + WAIT
            + "; published: " + published.subList(after, published.size()) + "; log: " + logged);
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** How many publications arrived so far (a mark for {@link #await}). */
  synchronized int mark() {
    return published.size();
  }

  /** Every publication for {@code uri} since {@code after}. */
  synchronized List<PublishDiagnosticsParams> since(String uri, int after) {
    return published.subList(after, published.size()).stream()
        .filter(p -> p.getUri().equals(uri)).toList();
  }

  /** Waits until indexing ended ({@code $/progress} end) and returns every progress message. */
  synchronized List<WorkDoneProgressNotification> awaitIndexed() throws InterruptedException {
    long end = System.nanoTime() + WAIT.toNanos();
    while (progress.stream().noneMatch(p -> p instanceof WorkDoneProgressEnd)) {
      long left = end - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("indexing did not end in " + WAIT + "; progress: " + progress);
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return List.copyOf(progress);
  }

  synchronized List<String> logged() {
    return List.copyOf(logged);
  }
}
