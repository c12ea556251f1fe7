package io.github.sparklint.core.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs one task per file on a bounded pool of worker threads and returns the results in input
 * order, so output never depends on the thread count or on scheduling.
 *
 * <p>Workers get a large stack ({@value #STACK_BYTES} bytes) so that deeply nested code parses the
 * same whatever the thread count; the engine still turns a stack overflow into a per-file error.
 */
public final class ParallelFiles {
  /** Stack size of each worker thread: deep enough for thousands of nesting levels. */
  static final long STACK_BYTES = 64L * 1024 * 1024;

  private ParallelFiles() {}

  /**
   * Applies {@code task} to every item on {@code threads} workers; an item whose task throws gets
   * {@code onFailure}'s result instead, and the other items are unaffected.
   */
  public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> task,
      BiFunction<T, Throwable, R> onFailure) {
    if (items.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.max(1, Math.min(threads, items.size())), workers());
    try {
      List<Future<R>> futures = new ArrayList<>(items.size());
      for (T item : items) {
        futures.add(pool.submit(() -> guarded(item, task, onFailure)));
      }
      List<R> results = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        results.add(await(futures.get(i), items.get(i), onFailure));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T, R> R guarded(T item, Function<T, R> task, BiFunction<T, Throwable, R> onFailure) {
    try {
      return task.apply(item);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return onFailure.apply(item, e);
    }
  }

  private static <T, R> R await(Future<R> future, T item, BiFunction<T, Throwable, R> onFailure) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      return onFailure.apply(item, e.getCause());
    }
  }

  private static ThreadFactory workers() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(null, runnable,
          "sparklint-worker-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
