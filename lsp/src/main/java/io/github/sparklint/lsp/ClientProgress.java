package io.github.sparklint.lsp;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Indexing progress as LSP work-done progress ({@code window/workDoneProgress/create}, then
 * {@code $/progress} begin, reports at most once per percent, end), for clients that support it.
 */
final class ClientProgress implements IndexProgress {
  /** The title clients show. */
  static final String TITLE = "sparklint: indexing";

  private static final long CREATE_TIMEOUT_SECONDS = 10;
  private static final AtomicInteger RUNS = new AtomicInteger();

  private final LanguageClient client;
  private final Either<String, Integer> token;
  private final AtomicInteger done = new AtomicInteger();
  private volatile int total;
  private volatile int shownPercent = -1;

  private ClientProgress(LanguageClient client) {
    this.client = client;
    this.token = Either.forLeft("sparklint-index-" + RUNS.incrementAndGet());
  }

  /** A reporter on {@code client}, or one that reports nothing when the client cannot show it. */
  static IndexProgress of(LanguageClient client, boolean supported) {
    if (!supported) {
      return IndexProgress.NONE;
    }
    ClientProgress progress = new ClientProgress(client);
    try {
      client.createProgress(new WorkDoneProgressCreateParams(progress.token))
          .get(CREATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      return progress;
    } catch (ExecutionException | TimeoutException e) {
      return IndexProgress.NONE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return IndexProgress.NONE;
    }
  }

  @Override
  public void begin(int files) {
    total = files;
    WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
    begin.setTitle(TITLE);
    begin.setMessage("0/" + files + " Java files");
    begin.setPercentage(0);
    begin.setCancellable(false);
    client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
  }

  @Override
  public void advance() {
    int now = done.incrementAndGet();
    int percent = total == 0 ? 100 : (int) (100L * now / total);
    if (percent > shownPercent) {
      synchronized (this) {
        if (percent <= shownPercent) {
          return;
        }
        shownPercent = percent;
      }
      WorkDoneProgressReport report = new WorkDoneProgressReport();
      report.setMessage(now + "/" + total + " Java files");
      report.setPercentage(percent);
      client.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
    }
  }

  @Override
  public void end(String message) {
    WorkDoneProgressEnd end = new WorkDoneProgressEnd();
    end.setMessage(message);
    client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
  }
}
