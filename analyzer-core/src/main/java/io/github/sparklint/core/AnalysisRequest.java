package io.github.sparklint.core;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What to analyze: files and directories (walked for {@code .java} files), the base directory that
 * reported paths are relative to, and the classpath jars for the symbol solver.
 *
 * @param inputs files and directories to analyze
 * @param baseDir reported file paths are relative to it when they lie under it
 * @param sourceRoots source roots the symbol solver may read (defaults to the input directories)
 * @param classpath jars the symbol solver may read; class directories are ignored
 * @param symbolSolver whether to run JavaParser's symbol solver before the fallback resolution
 *     (deep mode: slower, see docs/performance.md; only useful with the Spark jars on the classpath)
 * @param threads how many files are analyzed at once (at least 1; defaults to the available
 *     processors); the result does not depend on it
 * @param cacheDir where per-file results are cached between runs, or {@code null} for no cache;
 *     not used in deep mode, where a file's findings can depend on other files
 * @param excluded files (absolute paths) that are not read at all, such as those a project's
 *     {@code sparklint.yaml} excludes; in deep mode they can still serve as type sources
 * @param fileTimeout the time budget of each Java file, parse plus rules ({@link FileTimeout})
 * @param progress told how many files are done ({@link Progress#NONE} by default)
 * @param encoding the character encoding of the Java sources (UTF-8 by default), as javac's
 *     {@code -encoding} and Maven's {@code project.build.sourceEncoding}; a source that is not
 *     valid text in it is reported and skipped, never guessed
 */
public record AnalysisRequest(
    List<Path> inputs, Path baseDir, List<Path> sourceRoots, List<Path> classpath,
    boolean symbolSolver, int threads, Path cacheDir, Predicate<Path> excluded,
    Duration fileTimeout, Progress progress, Charset encoding) {

  public AnalysisRequest {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(baseDir, "baseDir");
    sourceRoots = List.copyOf(sourceRoots);
    classpath = List.copyOf(classpath);
    Objects.requireNonNull(excluded, "excluded");
    if (threads < 1) {
      throw new ConfigException("threads must be at least 1, was " + threads);
    }
    if (fileTimeout == null || fileTimeout.isNegative() || fileTimeout.isZero()) {
      throw new ConfigException("the file time budget must be positive, was " + fileTimeout);
    }
    progress = progress == null ? Progress.NONE : progress;
    encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
  }

  /**
   * What a front's thread setting means, the same in every front: {@code 0} is one thread per
   * available processor, a positive number that many threads.
   *
   * @param setting the setting as the front's users write it, e.g. {@code --threads}
   * @throws ConfigException naming {@code setting} for a negative value
   */
  public static int threadCount(String setting, int value) {
    if (value < 0) {
      throw new ConfigException(setting + " has value " + value + "; expected 0 (one thread per"
          + " processor) or a positive number of threads");
    }
    return value == 0 ? Runtime.getRuntime().availableProcessors() : value;
  }

  /** The cache directory, if results are cached. */
  public Optional<Path> cache() {
    return Optional.ofNullable(cacheDir);
  }

  /** This request with {@code files} also excluded. */
  public AnalysisRequest excluding(Predicate<Path> files) {
    return new AnalysisRequest(inputs, baseDir, sourceRoots, classpath, symbolSolver, threads,
        cacheDir, excluded.or(files), fileTimeout, progress, encoding);
  }

  /** This request with each file's time budget set to {@code budget}. */
  public AnalysisRequest withFileTimeout(Duration budget) {
    return new AnalysisRequest(inputs, baseDir, sourceRoots, classpath, symbolSolver, threads,
        cacheDir, excluded, budget, progress, encoding);
  }

  /** This request telling {@code listener} how many files are done. */
  public AnalysisRequest withProgress(Progress listener) {
    return new AnalysisRequest(inputs, baseDir, sourceRoots, classpath, symbolSolver, threads,
        cacheDir, excluded, fileTimeout, listener, encoding);
  }

  /** This request reading the Java sources in {@code charset}. */
  public AnalysisRequest withEncoding(Charset charset) {
    return new AnalysisRequest(inputs, baseDir, sourceRoots, classpath, symbolSolver, threads,
        cacheDir, excluded, fileTimeout, progress, charset);
  }

  /**
   * The charset a front's encoding setting names, the same in every front: a blank value is
   * UTF-8 (what javac 18 and later assume).
   *
   * @param setting the setting as the front's users write it, e.g. {@code --encoding}
   * @throws ConfigException naming {@code setting} for a charset this JVM does not know
   */
  public static Charset charset(String setting, String name) {
    if (name == null || name.isBlank()) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(setting + " has value '" + name + "', which is not a character"
          + " encoding this Java runtime knows (e.g. UTF-8, ISO-8859-1, windows-1252)");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the request's parts. */
  public static final class Builder {
    private final List<Path> inputs = new ArrayList<>();
    private final List<Path> sourceRoots = new ArrayList<>();
    private final List<Path> classpath = new ArrayList<>();
    private Path baseDir = Path.of("").toAbsolutePath();
    private boolean symbolSolver;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Path cacheDir;
    private Duration fileTimeout = FileTimeout.DEFAULT;
    private Charset encoding = StandardCharsets.UTF_8;

    private Builder() {}

    public Builder input(Path path) {
      inputs.add(path);
      return this;
    }

    public Builder inputs(List<Path> paths) {
      inputs.addAll(paths);
      return this;
    }

    public Builder baseDir(Path dir) {
      baseDir = dir;
      return this;
    }

    public Builder sourceRoots(List<Path> roots) {
      sourceRoots.addAll(roots);
      return this;
    }

    public Builder classpath(List<Path> entries) {
      classpath.addAll(entries);
      return this;
    }

    /** Turns on the symbol solver layer (off by default). */
    public Builder symbolSolver(boolean on) {
      symbolSolver = on;
      return this;
    }

    /** How many files are analyzed at once (default: the available processors). */
    public Builder threads(int count) {
      threads = count;
      return this;
    }

    /** Caches per-file results under {@code dir} ({@code null}: no cache, the default). */
    public Builder cacheDir(Path dir) {
      cacheDir = dir;
      return this;
    }

    /** Each Java file's time budget, parse plus rules (default {@link FileTimeout#DEFAULT}). */
    public Builder fileTimeout(Duration budget) {
      fileTimeout = budget;
      return this;
    }

    /** The Java sources' character encoding (default UTF-8). */
    public Builder encoding(Charset charset) {
      encoding = charset;
      return this;
    }

    public AnalysisRequest build() {
      return new AnalysisRequest(inputs, baseDir, sourceRoots, classpath, symbolSolver, threads,
          cacheDir, file -> false, fileTimeout, Progress.NONE, encoding);
    }
  }
}
