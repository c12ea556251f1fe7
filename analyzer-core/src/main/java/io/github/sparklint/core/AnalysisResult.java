package io.github.sparklint.core;

import java.util.List;

/**
 * Everything one run found.
 *
 * @param findings sorted by file, line, column and rule
 * @param errors files that could not be analyzed (or rules that failed), sorted by file
 * @param filesAnalyzed files parsed and checked: Java sources, and configuration files holding
 *     Spark settings
 * @param filesSkipped files never mentioning Spark, skipped after the text check
 * @param belowConfidence findings found but not shown: their confidence is below the run's
 *     threshold ({@link SparklintConfig#confidence()})
 */
public record AnalysisResult(List<Finding> findings, List<AnalysisError> errors,
    int filesAnalyzed, int filesSkipped, int belowConfidence) {

  public AnalysisResult {
    findings = List.copyOf(findings);
    errors = List.copyOf(errors);
  }

  /** A result that hides no finding. */
  public AnalysisResult(
      List<Finding> findings, List<AnalysisError> errors, int filesAnalyzed, int filesSkipped) {
    this(findings, errors, filesAnalyzed, filesSkipped, 0);
  }

  /** The same result with other findings (a gate's filters); the hidden count stays. */
  public AnalysisResult withFindings(List<Finding> kept) {
    return new AnalysisResult(kept, errors, filesAnalyzed, filesSkipped, belowConfidence);
  }

  /**
   * The number of files that could not be analyzed, wholly (a syntax error, a construct sparklint
   * cannot analyze, over the time budget, unreadable) or by one rule (an internal error).
   */
  public long filesUnanalyzed() {
    return errors.stream().map(AnalysisError::file).distinct().count();
  }

  /** The number of findings at or above {@code threshold}. */
  public long countAtLeast(Severity threshold) {
    return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }
}
