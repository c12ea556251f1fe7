package io.github.sparklint.errorprone;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.SparklintConfig;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads and warms the sparklint engine (JavaParser, the rules) on a background daemon thread as
 * soon as the first check is created, so that this one-time cost overlaps with javac parsing and
 * attributing the sources instead of being added to the first compilation unit's analysis. It
 * analyzes a fixed snippet only; nothing of the user's code is touched, and a failure here is
 * ignored (the real analysis reports its own problems).
 */
final class EngineWarmup {
  private static final AtomicBoolean STARTED = new AtomicBoolean();
  private static final String SNIPPET = """
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class Warmup {
        void run(Dataset<Row> rows) {
          rows.limit(10).collectAsList();
        }
      }
      """;

  private EngineWarmup() {}

  /** Starts the warm-up once per JVM. */
  static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(EngineWarmup::run, "sparklint-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private static void run() {
    try {
      new Analyzer(SparklintConfig.defaults()).analyzeSource("Warmup.java", SNIPPET);
    } catch (RuntimeException | LinkageError e) {
      // Best effort: the real analysis will load whatever failed here and report problems itself.
    }
  }
}
