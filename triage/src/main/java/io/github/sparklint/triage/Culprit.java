package io.github.sparklint.triage;

import io.github.sparklint.core.Finding;
import java.util.List;
import java.util.Optional;

/**
 * A diagnosis joined with the sources: the file of the user's line and what the static analysis
 * says there.
 *
 * @param diagnosis what the log showed
 * @param file the file of the user's line, relative to the base directory, when found
 * @param ambiguous the files it may be in when the log's name fits several
 * @param atLine findings on the user's line (or on the call that starts there)
 * @param candidates findings of the cause's rule: in the logged line's file when none is on the
 *     line; anywhere in the sources when the log names no line that was found
 * @param sourcesGiven whether {@code --source} was given at all
 */
record Culprit(Diagnosis diagnosis, Optional<String> file, List<String> ambiguous,
    List<Finding> atLine, List<Finding> candidates, boolean sourcesGiven) {
  Culprit {
    ambiguous = List.copyOf(ambiguous);
    atLine = List.copyOf(atLine);
    candidates = List.copyOf(candidates);
  }

  /** A diagnosis with no sources to join. */
  static Culprit unjoined(Diagnosis diagnosis) {
    return new Culprit(diagnosis, Optional.empty(), List.of(), List.of(), List.of(), false);
  }

  /** The path and line to point at: the found file, else the file name the log gave. */
  Optional<String> location() {
    return diagnosis.site().map(site -> file.orElse(site.file()) + ":" + site.line());
  }
}
