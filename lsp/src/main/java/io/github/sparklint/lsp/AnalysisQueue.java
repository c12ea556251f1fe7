package io.github.sparklint.lsp;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The server's one analysis thread: work runs there in order, so the project state has a single
 * writer. Work has a key (a document's URI): scheduling new work for a key cancels the older work
 * of that key, interrupting it when it already runs, and work may wait (the debounce of edits) so
 * that a burst of keystrokes is analyzed once.
 */
final class AnalysisQueue implements AutoCloseable {
  private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread worker = new Thread(r, "sparklint-lsp-analysis");
    worker.setDaemon(true);
    return worker;
  });
  private final Map<String, Future<?>> latest = new ConcurrentHashMap<>();
  private final Consumer<RuntimeException> onFailure;

  /** @param onFailure hears of work that failed (not of cancelled work) */
  AnalysisQueue(Consumer<RuntimeException> onFailure) {
    this.onFailure = onFailure;
  }

  /**
   * Runs {@code work} after {@code delay}, cancelling the older work of {@code key}; nothing once
   * the queue is closed (the client asked for shutdown).
   */
  synchronized void submit(String key, Duration delay, Runnable work) {
    if (thread.isShutdown()) {
      return;
    }
    Future<?> next = thread.schedule(() -> run(work), delay.toNanos(), TimeUnit.NANOSECONDS);
    Future<?> older = latest.put(key, next);
    if (older != null) {
      older.cancel(true);
    }
  }

  private void run(Runnable work) {
    try {
      work.run();
    } catch (CancellationException e) {
      // a newer change of the same document replaced this work
    } catch (RuntimeException e) {
      if (!Thread.currentThread().isInterrupted()) {
        onFailure.accept(e);
      }
    }
  }

  @Override
  public void close() {
    thread.shutdownNow();
  }
}
