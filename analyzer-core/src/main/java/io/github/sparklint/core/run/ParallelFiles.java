package io.github.sparklint.core.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one task per file on a bounded set of worker threads and returns the results in input
 * order, so output never depends on the thread count or on scheduling.
 *
 * <p>Workers get a large stack ({@value #STACK_BYTES} bytes) so that deeply nested code parses the
 * same whatever the thread count; the engine still turns a stack overflow into a per-file error.
 *
 * <p><b>Time budget.</b> With a budget, a task still running that long after it started gets the
 * timeout result at once, and its worker is interrupted and abandoned. Java cannot stop a thread
 * that does not cooperate ({@code Thread.stop} is gone from current JDKs) and JavaParser never
 * checks for interrupts, so an abandoned parse runs on until it ends by itself; the engine then
 * sees the interrupt and skips the rules, and its result is discarded (and never cached). To keep
 * the other files going, an abandoned worker is replaced by a fresh one, but at most {@code
 * threads} abandoned workers are ever running at once: beyond that the pool simply shrinks until
 * one of them ends, so runaway parses can never use more than twice the requested threads' CPU.
 * Abandoned workers are daemon threads: they never keep the JVM (a CLI run) alive.
 */
public final class ParallelFiles {
  /** Stack size of each worker thread: deep enough for thousands of nesting levels. */
  static final long STACK_BYTES = 64L * 1024 * 1024;

  private ParallelFiles() {}

  /**
   * Applies {@code task} to every item on {@code threads} workers; an item whose task throws gets
   * {@code onFailure}'s result instead, and the other items are unaffected. No time budget.
   */
  public static <T, R> List<R> map(List<T> items, int threads, Function<T, R> task,
      BiFunction<T, Throwable, R> onFailure) {
    return map(items, threads, null, task, onFailure, item -> {
      throw new IllegalStateException("no time budget was set");
    });
  }

  /**
   * As {@link #map(List, int, Function, BiFunction)}, but an item whose task runs longer than
   * {@code budget} ({@code null}: no budget) gets {@code onTimeout}'s result.
   */
  public static <T, R> List<R> map(List<T> items, int threads, Duration budget,
      Function<T, R> task, BiFunction<T, Throwable, R> onFailure, Function<T, R> onTimeout) {
    if (items.isEmpty()) {
      return List.of();
    }
    int workers = Math.max(1, Math.min(threads, items.size()));
    Run<T, R> run = new Run<>(items, workers, budget, task, onFailure, onTimeout);
    try {
      for (int i = 0; i < workers; i++) {
        run.startWorker();
      }
      List<R> results = new ArrayList<>(items.size());
      for (CompletableFuture<R> result : run.results) {
        results.add(await(result));
      }
      return results;
    } finally {
      run.stop();
    }
  }

  /**
   * Runs {@code task} on a fresh thread with the workers' deep stack and returns its result (or
   * rethrows its exception), so that one file analyzed on a caller's thread (javac's, in the Error
   * Prone front) handles the same nesting as the CLI and the Maven goal.
   */
  public static <R> R onDeepStack(Supplier<R> task) {
    AtomicReference<R> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread = new Thread(null, () -> {
      try {
        result.set(task.get());
      } catch (RuntimeException | Error e) {
        failure.set(e);
      }
    }, "sparklint-deep-stack", STACK_BYTES);
    thread.setDaemon(true);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    }
    if (failure.get() instanceof RuntimeException e) {
      throw e;
    }
    if (failure.get() instanceof Error e) {
      throw e;
    }
    return result.get();
  }

  private static <R> R await(CompletableFuture<R> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a file task failed outside its guard", e.getCause());
    }
  }

  /** One call of {@code map}: the queue of items, their results and the watchdog. */
  private static final class Run<T, R> {
    final List<T> items;
    final List<CompletableFuture<R>> results = new ArrayList<>();
    final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "sparklint-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    private final int maxAbandoned;
    private final Duration budget;
    private final Function<T, R> task;
    private final BiFunction<T, Throwable, R> onFailure;
    private final Function<T, R> onTimeout;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicInteger started = new AtomicInteger();

    Run(List<T> items, int maxAbandoned, Duration budget, Function<T, R> task,
        BiFunction<T, Throwable, R> onFailure, Function<T, R> onTimeout) {
      this.items = items;
      this.maxAbandoned = maxAbandoned;
      this.budget = budget;
      this.task = task;
      this.onFailure = onFailure;
      this.onTimeout = onTimeout;
      items.forEach(item -> results.add(new CompletableFuture<>()));
    }

    /** No worker takes another item; the watchdog ends. */
    void stop() {
      next.set(items.size());
      watchdog.shutdownNow();
    }

    void startWorker() {
      Thread thread = new Thread(null, this::work,
          "sparklint-worker-" + started.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
    }

    /** Takes items until none is left, or until this worker is abandoned and replaced. */
    private void work() {
      for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
        Attempt attempt = new Attempt(Thread.currentThread());
        int index = i;
        ScheduledFuture<?> alarm = budget == null ? null
            : watchdog.schedule(() -> expire(index, attempt), budget.toNanos(), TimeUnit.NANOSECONDS);
        R result = guarded(items.get(i));
        if (alarm != null) {
          alarm.cancel(false);
        }
        synchronized (attempt) {
          attempt.finished = true;
          if (!attempt.expired) {
            results.get(i).complete(result);
            continue;
          }
        }
        Thread.interrupted(); // the watchdog's interrupt, delivered before it released the attempt
        if (attempt.replaced) {
          abandoned.decrementAndGet();
          return;
        }
      }
    }

    private R guarded(T item) {
      try {
        return task.apply(item);
      } catch (RuntimeException | Error e) {
        return onFailure.apply(item, e);
      }
    }

    /** The watchdog's action when item {@code index} is over budget. */
    private void expire(int index, Attempt attempt) {
      synchronized (attempt) {
        if (attempt.finished) {
          return;
        }
        attempt.expired = true;
        results.get(index).complete(onTimeout.apply(items.get(index)));
        attempt.worker.interrupt();
        if (abandoned.incrementAndGet() <= maxAbandoned) {
          attempt.replaced = true;
          startWorker();
        } else {
          abandoned.decrementAndGet();
        }
      }
    }
  }

  /** One worker's run of one item, shared with the watchdog (guarded by its own monitor). */
  private static final class Attempt {
    final Thread worker;
    boolean finished;
    boolean expired;
    boolean replaced;

    Attempt(Thread worker) {
      this.worker = worker;
    }
  }
}
