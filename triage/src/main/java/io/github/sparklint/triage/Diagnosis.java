package io.github.sparklint.triage;

import java.util.Optional;

/**
 * A cause named in one log: the first evidence that showed it, where it happened and the user's
 * line it points at.
 *
 * @param cause the row of the causes table
 * @param fault where it happened
 * @param evidence the first record that showed it
 * @param occurrences how many records showed it
 * @param site the user's line: a frame of the evidence, else the call site of the job running
 * @param job the call site of the job running at the time, as logged, when there was one
 */
record Diagnosis(Cause cause, Fault fault, Evidence evidence, int occurrences,
    Optional<CallSite> site, Optional<String> job) {

  /** The line of the evidence that shows the cause (its first line when none alone does). */
  String headline() {
    String[] lines = evidence.text().split("\n");
    String chosen = lines[0];
    for (String line : lines) {
      if (cause.conditions().stream().anyMatch(c -> c.key().equals("text")
          && c.pattern().matcher(line).find())) {
        chosen = line;
        break;
      }
    }
    return chosen.length() > 300 ? chosen.substring(0, 300) + "..." : chosen;
  }
}
