package io.github.sparklint.triage;

import java.util.List;

/**
 * What one log showed.
 *
 * @param log the log as the user named it
 * @param eventLog whether it was an event log (else a driver log)
 * @param localMode true for local mode, false for a cluster, null when the log did not say
 * @param diagnoses the causes found, in order of first appearance
 * @param metrics the event log's numbers (empty for a driver log)
 */
record LogTriage(String log, boolean eventLog, Boolean localMode, List<Diagnosis> diagnoses,
    RunMetrics metrics) {
  LogTriage {
    diagnoses = List.copyOf(diagnoses);
  }
}
