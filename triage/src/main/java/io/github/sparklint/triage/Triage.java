package io.github.sparklint.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sparklint triage}: reads each log, names the causes it shows and where they happened,
 * and, given sources, points each at its line and the static analysis's finding there. One bad
 * log is reported by name and the others are still read.
 */
public final class Triage {
  private Triage() {}

  public static TriageResult run(TriageRequest request) {
    SourceJoin join = request.sources().isEmpty() ? null
        : new SourceJoin(request.sources(), request.baseDir(), request.config());
    List<TriageResult.LogResult> logs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path log : request.logs()) {
      try {
        LogTriage triage = LogTriager.triage(log, log.toString());
        List<Culprit> culprits = triage.diagnoses().stream()
            .map(d -> join == null ? Culprit.unjoined(d) : join.join(d)).toList();
        logs.add(new TriageResult.LogResult(triage, culprits));
      } catch (LogReadException e) {
        errors.add(e.getMessage());
      }
    }
    return new TriageResult(logs, errors,
        join == null ? List.of() : join.analysis().errors());
  }
}
