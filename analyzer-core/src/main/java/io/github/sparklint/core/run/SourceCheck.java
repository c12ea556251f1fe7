package io.github.sparklint.core.run;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.flow.ProjectIndex;
import io.github.sparklint.core.java.CalledNames;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The work for one Java file: read, decode, the cheap Spark text check, the results cache, then
 * parsing and rules. Safe to call from many threads: each thread gets its own {@link FileAnalyzer}
 * (and so its own JavaParser configuration and, in deep mode, its own symbol solver).
 */
public final class SourceCheck {
  /**
   * Larger sources are reported, not parsed: hand-written Java files stay far below it, and parsing
   * a multi-megabyte file takes seconds and hundreds of megabytes of heap (docs/performance.md).
   */
  public static final long MAX_SOURCE_BYTES = 2L * 1024 * 1024;

  private final ThreadLocal<FileAnalyzer> analyzers;
  private final ResultCache cache;
  private final Charset encoding;
  /** The names each file the first pass skipped calls ({@link CalledNames}). */
  private final Map<Path, long[]> fingerprints = new ConcurrentHashMap<>();
  /** Skipped files read again that call none of the names they were read for. */
  private final Map<Path, Set<String>> notCalling = new ConcurrentHashMap<>();
  /** Skipped files analyzed since: they call a collecting project method. */
  private final Set<Path> admitted = ConcurrentHashMap.newKeySet();

  /**
   * @param analyzers makes one analyzer per worker thread
   * @param cache the results cache, or {@code null}
   * @param encoding the sources' character encoding
   */
  public SourceCheck(Supplier<FileAnalyzer> analyzers, ResultCache cache, Charset encoding) {
    this.analyzers = ThreadLocal.withInitial(analyzers);
    this.cache = cache;
    this.encoding = encoding;
  }

  /**
   * Analyzes {@code file} in the first pass (only its own methods known), reporting under the
   * name {@code shown}; a cached result is used when there is one. Never throws for bad input.
   */
  public FileAnalyzer.FileResult check(Path file, String shown) {
    return check(file, shown, null);
  }

  /**
   * Analyzes {@code file} again with every file's summaries in {@code index}, because the index
   * now answers one of its questions differently; the cache is bypassed and then updated.
   */
  public FileAnalyzer.FileResult recheck(Path file, String shown, ProjectIndex index) {
    return check(file, shown, index);
  }

  /**
   * The summaries of {@code file}, skipped by the first pass (it never mentions Spark), whose
   * methods functions given to Spark call; nothing when it cannot be read.
   */
  public FileAnalyzer.FileResult helper(Path file, String shown) {
    try {
      return analyzers.get().summarizeHelper(shown,
          SourceText.decode(SourceText.readBytes(file, MAX_SOURCE_BYTES), encoding));
    } catch (SourceText.UnreadableSourceException e) {
      return new FileAnalyzer.FileResult(List.of(), List.of(), false);
    }
  }

  /**
   * True when {@code file}, which the first pass skipped (it never mentions Spark), calls a method
   * named one of {@code names} ({@link SparkFreeCallers}); from then on {@link #check} analyzes
   * it like a file that mentions Spark. Only a file whose fingerprint may hold one of the names
   * is read again.
   */
  public boolean admits(Path file, Set<String> names) {
    long[] fingerprint = fingerprints.get(file);
    if (fingerprint == null || !CalledNames.mayCallAny(fingerprint, names)
        || names.equals(notCalling.get(file))) {
      return false;
    }
    try {
      if (!CalledNames.callsAny(
          SourceText.decode(SourceText.readBytes(file, MAX_SOURCE_BYTES), encoding), names)) {
        notCalling.put(file, names);
        return false;
      }
    } catch (SourceText.UnreadableSourceException e) {
      return false;
    }
    admitted.add(file);
    return true;
  }

  private FileAnalyzer.FileResult check(Path file, String shown, ProjectIndex index) {
    byte[] bytes;
    String source;
    try {
      bytes = SourceText.readBytes(file, MAX_SOURCE_BYTES);
      source = SourceText.decode(bytes, encoding);
    } catch (SourceText.UnreadableSourceException e) {
      return failed(shown, e.line(), e.getMessage());
    }
    if (!admitted.contains(file) && !analyzers.get().isWorthParsing(source)) {
      if (index == null) {
        fingerprints.put(file, CalledNames.fingerprint(source));
      }
      return new FileAnalyzer.FileResult(List.of(), List.of(), false);
    }
    if (cache == null) {
      return analyzers.get().analyzeCaller(shown, source, index);
    }
    String key = cache.key(bytes, encoding);
    Optional<FileAnalyzer.FileResult> cached =
        index == null ? cache.load(key, shown) : Optional.empty();
    return cached.orElseGet(() -> {
      FileAnalyzer.FileResult result = analyzers.get().analyzeCaller(shown, source, index);
      cache.store(key, result);
      return result;
    });
  }

  /** The result for a file whose analysis failed unexpectedly (out of memory, an engine bug). */
  public static FileAnalyzer.FileResult internalError(String shown, Throwable e) {
    String what = e instanceof OutOfMemoryError
        ? "ran out of memory analyzing this file; give the JVM more heap (-Xmx) or exclude it"
        : "internal error (" + e.getClass().getSimpleName() + ": " + e.getMessage()
            + "); the other files were still analyzed. Please report this.";
    return failed(shown, 0, what);
  }

  /** The result for a file whose analysis ran longer than {@code budget}. */
  public static FileAnalyzer.FileResult timedOut(String shown, Duration budget) {
    return failed(shown, 0, FileTimeout.exceeded(budget));
  }

  private static FileAnalyzer.FileResult failed(String shown, int line, String message) {
    return new FileAnalyzer.FileResult(
        List.of(), List.of(new AnalysisError(shown, line, 0, message)), false);
  }
}
