package io.github.sparklint.core.gate;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.java.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Glob patterns ({@code java.nio} syntax: {@code *} within a directory, {@code **} across them,
 * {@code ?}, {@code [a-z]}, {@code {a,b}}; see {@link Glob}, which matches in linear time) for files
 * whose findings and errors are dropped, matched against the path relative to the configuration's
 * root directory with {@code /} separators. A pattern starting with {@code **}{@code /} also
 * matches at the root, so {@code **}{@code /generated/**} covers {@code generated/A.java}.
 */
public final class Excludes {
  private final Path root;
  private final List<String> globs;
  private final List<Glob> matchers;

  private Excludes(Path root, List<String> globs) {
    this.root = root.toAbsolutePath().normalize();
    this.globs = List.copyOf(globs);
    List<Glob> compiled = new ArrayList<>();
    for (String glob : globs) {
      compiled.add(Glob.compile(glob));
      if (glob.startsWith("**/")) {
        compiled.add(Glob.compile(glob.substring(3)));
      }
    }
    this.matchers = List.copyOf(compiled);
  }

  /** No exclusions. */
  public static Excludes none() {
    return new Excludes(Path.of(""), List.of());
  }

  /**
   * Patterns relative to {@code root}.
   *
   * @throws ConfigException naming a pattern that is not a valid glob
   */
  public static Excludes of(Path root, List<String> globs) {
    return new Excludes(root, globs);
  }

  /** The patterns as written. */
  public List<String> globs() {
    return globs;
  }

  /** Whether {@code file} (absolute, or relative to the working directory) is excluded. */
  public boolean excludes(Path file) {
    if (matchers.isEmpty()) {
      return false;
    }
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return false;
    }
    String relative = SourceFiles.slashed(root.relativize(abs));
    return matchers.stream().anyMatch(m -> m.matches(relative));
  }

  /** {@code result} without the findings and errors of excluded files (paths relative to {@code baseDir}). */
  public AnalysisResult filter(AnalysisResult result, Path baseDir) {
    if (matchers.isEmpty()) {
      return result;
    }
    return new AnalysisResult(
        result.findings().stream().filter(f -> !excludes(baseDir.resolve(f.file()))).toList(),
        result.errors().stream().filter(e -> !excludes(baseDir.resolve(e.file()))).toList(),
        result.filesAnalyzed(), result.filesSkipped(), result.belowConfidence());
  }
}
