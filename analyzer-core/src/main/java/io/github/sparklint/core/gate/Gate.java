package io.github.sparklint.core.gate;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Turns an analysis result into a pull-request gate's view, in this order: drop excluded files,
 * keep only changed lines (when asked), then split the rest into new and baselined findings.
 * Fronts build one, apply it to the core's result and fail on {@link GateResult#fresh()} alone.
 */
public final class Gate {
  /**
   * Whether a file that could not be analyzed fails the gate unless told otherwise. On, as in
   * Checkstyle (a file its parser rejects fails the run unless {@code haltOnException} or {@code
   * skipFileOnJavaParseException} is set) and PMD 7 (processing errors give exit code 5 unless
   * {@code --no-fail-on-error}): a gate that passes a file it never read vouches for unknown code.
   */
  public static final boolean FAIL_ON_UNANALYZED = true;
  /** How many failing findings pass unless told otherwise: none, as PMD's {@code maxAllowedViolations}. */
  public static final int MAX_ALLOWED_VIOLATIONS = 0;

  private final Path baseDir;
  private boolean failOnUnanalyzed = FAIL_ON_UNANALYZED;
  private Excludes excludes = Excludes.none();
  private ChangedLines changedLines;
  private Baseline baseline;
  private Predicate<String> scope = file -> true;

  private Gate(Path baseDir) {
    this.baseDir = baseDir.toAbsolutePath().normalize();
  }

  /**
   * {@code value} as a number of tolerated failing findings.
   *
   * @throws ConfigException naming {@code where} for a negative value
   */
  public static int maxAllowedViolations(int value, String where) {
    if (value < 0) {
      throw new ConfigException(where + " has value '" + value
          + "'; expected a whole number from 0 to " + Integer.MAX_VALUE);
    }
    return value;
  }

  /** A gate for results whose paths are relative to {@code baseDir}. */
  public static Gate on(Path baseDir) {
    return new Gate(baseDir);
  }

  /** Drops the findings and errors of excluded files. */
  public Gate excluding(Excludes value) {
    excludes = value;
    return this;
  }

  /** Whether a file that could not be analyzed fails the gate (default {@link #FAIL_ON_UNANALYZED}). */
  public Gate failOnUnanalyzed(boolean value) {
    failOnUnanalyzed = value;
    return this;
  }

  /** Keeps only findings on lines changed since a git ref; {@code null} keeps all. */
  public Gate changedLines(ChangedLines value) {
    changedLines = value;
    return this;
  }

  /**
   * Splits findings by {@code value} ({@code null}: every finding is new); only entries for files
   * in {@code analyzedScope} (paths relative to the base directory) can be reported stale.
   */
  public Gate baseline(Baseline value, Predicate<String> analyzedScope) {
    baseline = value;
    scope = analyzedScope;
    return this;
  }

  /** The gate's view of {@code result}. */
  public GateResult apply(AnalysisResult result) {
    AnalysisResult kept = excludes.filter(result, baseDir);
    if (changedLines != null) {
      kept = kept.withFindings(changedLines.filter(kept.findings(), baseDir));
    }
    BaselineMatch match = baseline == null ? BaselineMatch.none(kept.findings())
        : BaselineMatch.match(kept.findings(), baseline, scope);
    return new GateResult(kept, match, baseline != null, changedLines != null, failOnUnanalyzed);
  }

  /**
   * The scope of a run over {@code inputs} (files or directories): the relative paths (under
   * {@code baseDir}) of files inside one of them.
   */
  public static Predicate<String> scopeOf(List<Path> inputs, Path baseDir) {
    Path base = baseDir.toAbsolutePath().normalize();
    List<Path> roots = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    return file -> {
      Path abs = base.resolve(file).normalize();
      return roots.stream().anyMatch(abs::startsWith);
    };
  }
}
