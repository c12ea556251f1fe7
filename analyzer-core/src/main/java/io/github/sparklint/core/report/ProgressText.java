package io.github.sparklint.core.report;

import io.github.sparklint.core.Progress;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns {@link Progress} calls into text for a sink the front owns: {@code live} for a terminal (one
 * line rewritten in place with {@code \r}, at most every {@link #LIVE_EVERY}), else a plain line
 * every {@link #LOG_EVERY}, the first only once a run has lasted that long, so short runs print
 * nothing. Each line reads {@code sparklint: 1200/22000 files (430 files/s)}.
 */
public final class ProgressText implements Progress {
  /** How often a terminal line is rewritten. */
  public static final Duration LIVE_EVERY = Duration.ofMillis(200);
  /** How often a log line is written. */
  public static final Duration LOG_EVERY = Duration.ofSeconds(5);

  private final Consumer<String> sink;
  private final boolean live;
  private final LongSupplier nanos;
  private final long start;
  private long last;
  private boolean shown;

  /**
   * @param sink receives each line ({@code live} lines start with {@code \r} and have no newline)
   * @param live whether the sink is a terminal
   * @param nanos the clock ({@code System::nanoTime})
   */
  public ProgressText(Consumer<String> sink, boolean live, LongSupplier nanos) {
    this.sink = sink;
    this.live = live;
    this.nanos = nanos;
    this.start = nanos.getAsLong();
    this.last = start;
  }

  @Override
  public synchronized void filesDone(int done, int total) {
    long now = nanos.getAsLong();
    long every = (live ? LIVE_EVERY : LOG_EVERY).toNanos();
    if (now - last < every && !(live && shown && done == total)) {
      return;
    }
    last = now;
    shown = true;
    String line = line(done, total, now - start);
    sink.accept(live ? "\r" + line : line);
  }

  /** Ends a live line so that what follows starts on a fresh line; nothing for log lines. */
  public synchronized void finish() {
    if (live && shown) {
      sink.accept("\n");
    }
  }

  /** {@code sparklint: done/total files (rate files/s)}. */
  static String line(int done, int total, long elapsedNanos) {
    double seconds = Math.max(elapsedNanos, 1) / 1e9;
    return String.format(Locale.ROOT, "sparklint: %d/%d files (%.0f files/s)", done, total,
        done / seconds);
  }
}
