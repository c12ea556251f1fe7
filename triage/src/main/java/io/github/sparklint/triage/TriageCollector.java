package io.github.sparklint.triage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what the readers find in one log into diagnoses: the first evidence of each cause, how
 * often it recurred, the job running at the time and whether the run was local. Holds one entry
 * per cause, never the log.
 */
final class TriageCollector implements EvidenceSink {
  private final Map<String, Pending> pending = new LinkedHashMap<>();
  private final RunMetrics metrics = new RunMetrics();
  private Boolean localMode;
  private String currentJob;
  private Optional<CallSite> currentUserSite = Optional.empty();

  @Override
  public void evidence(Evidence evidence) {
    CauseTable.match(evidence, currentJob).ifPresent(cause -> {
      Pending seen = pending.get(cause.id());
      if (seen == null) {
        pending.put(cause.id(), new Pending(cause, evidence, currentJob, currentUserSite));
      } else {
        seen.occurrences++;
      }
    });
  }

  @Override
  public void localMode() {
    localMode = true;
  }

  @Override
  public void clusterMode() {
    if (localMode == null) {
      localMode = false;
    }
  }

  @Override
  public void jobStarted(int jobId, String site, Optional<CallSite> userSite) {
    currentJob = site;
    currentUserSite = userSite.or(() -> CallSite.ofJobSite(site));
  }

  /** Where the numbers of an event log go. */
  RunMetrics metrics() {
    return metrics;
  }

  /** The causes found, in the order they first appeared. */
  List<Diagnosis> diagnoses() {
    List<Diagnosis> diagnoses = new ArrayList<>();
    for (Pending p : pending.values()) {
      Optional<CallSite> site = CallSite.firstUserFrame(p.evidence.frames()).or(() -> p.userSite);
      diagnoses.add(new Diagnosis(p.cause, Fault.of(p.cause, p.evidence, localMode), p.evidence,
          p.occurrences, site, Optional.ofNullable(p.job)));
    }
    return diagnoses;
  }

  /** Whether the log showed local mode, cluster mode, or neither (null). */
  Boolean localModeSeen() {
    return localMode;
  }

  private static final class Pending {
    final Cause cause;
    final Evidence evidence;
    final String job;
    final Optional<CallSite> userSite;
    int occurrences = 1;

    Pending(Cause cause, Evidence evidence, String job, Optional<CallSite> userSite) {
      this.cause = cause;
      this.evidence = evidence;
      this.job = job;
      this.userSite = userSite;
    }
  }
}
