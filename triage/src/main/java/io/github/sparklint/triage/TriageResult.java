package io.github.sparklint.triage;

import io.github.sparklint.core.AnalysisError;
import java.util.List;

/**
 * Everything a triage found: per log, its causes joined with the sources; the logs that could not
 * be read; the source files the static analysis could not analyze.
 */
public record TriageResult(List<LogResult> logs, List<String> readErrors,
    List<AnalysisError> sourceErrors) {
  /** Nothing driver-killing was recognized. */
  public static final int EXIT_NOTHING = 0;
  /** A cause that killed the run was recognized. */
  public static final int EXIT_CAUSE = 1;
  /** A log could not be read (and nothing driver-killing was recognized in the others). */
  public static final int EXIT_ERROR = 2;

  /** One log's causes and numbers. */
  public record LogResult(LogTriage triage, List<Culprit> culprits) {
    public LogResult {
      culprits = List.copyOf(culprits);
    }
  }

  public TriageResult {
    logs = List.copyOf(logs);
    readErrors = List.copyOf(readErrors);
    sourceErrors = List.copyOf(sourceErrors);
  }

  /** 1 when a fatal cause was found, else 2 when a log could not be read, else 0. */
  public int exitCode() {
    boolean fatal = logs.stream().flatMap(l -> l.culprits().stream())
        .anyMatch(c -> c.diagnosis().cause().fatal());
    return fatal ? EXIT_CAUSE : readErrors.isEmpty() ? EXIT_NOTHING : EXIT_ERROR;
  }
}
