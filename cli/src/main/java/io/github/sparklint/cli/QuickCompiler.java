package io.github.sparklint.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps a CLI run's code on HotSpot's quick compiler (C1): an analysis is a few seconds to a few
 * minutes of many distinct methods each run a while, and the optimizing compiler (C2) spent as
 * much CPU compiling the engine as the analysis itself (docs/performance.md, {@code speed9} and
 * {@code speed10}). The jar is started with {@code java -jar}, where no JVM flag can be set, so the
 * run adds a compiler directive that excludes C2 ({@code jcmd Compiler.directives_add}, through
 * the platform's DiagnosticCommand MBean), which leaves every method at C1's optimized level, as
 * {@code -XX:TieredStopAtLevel=1} would. Only for an analysis in the CLI's own JVM: not for the
 * language server, which runs for hours, nor for the tests' in-process runs; {@code
 * -Dsparklint.jit=full} keeps the JVM's own choice. A JVM without the MBean (not HotSpot,
 * or a runtime without {@code jdk.management}) runs as it is.
 */
final class QuickCompiler {
  /** The system property that, set to {@value #FULL}, keeps C2. */
  static final String PROPERTY = "sparklint.jit";
  static final String FULL = "full";

  /** The directive: no method of any class is compiled by C2. */
  private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

  private QuickCompiler() {}

  /**
   * Adds the directive on a daemon thread (starting the platform MBean server takes a few hundred
   * milliseconds, which the first files' parsing overlaps) for an analysis on {@code threads}
   * threads, unless {@link #PROPERTY} asks for the full JIT or a processor is left over. Called by
   * an analysis in the CLI's own JVM, never by the language server or the commands that only print
   * (help, version, rule pages).
   */
  static void start(int threads) {
    if (!wanted(System.getProperty(PROPERTY), threads,
        Runtime.getRuntime().availableProcessors())) {
      return;
    }
    Thread thread = new Thread(QuickCompiler::addDirective, "sparklint-jit");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * True when a run with this {@value #PROPERTY} value (null when unset) on {@code threads}
   * analysis threads should leave C2 out: when the analysis takes every one of the {@code
   * processors}. With one left over, C2 compiles there without holding the analysis up, and its
   * code is faster than C1's ({@code --threads 1} on two cores: 12.2 s with C2, 18.3 s without, in
   * docs/performance.md's sixteenth measurement).
   */
  static boolean wanted(String property, int threads, int processors) {
    return !FULL.equalsIgnoreCase(property) && threads >= processors;
  }

  /** Adds the directive; any failure leaves the JVM as it was. */
  static boolean addDirective() {
    try {
      Path file = Files.createTempFile("sparklint-jit", ".json");
      try {
        Files.writeString(file, NO_C2);
        Object added = ManagementFactory.getPlatformMBeanServer().invoke(
            new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
            new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
        return String.valueOf(added).contains("1 compiler directives added");
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (JMException | java.io.IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
