package io.github.sparklint.triage;

import java.util.Optional;

/** Receives what a reader finds, in log order; the readers keep nothing themselves. */
interface EvidenceSink {
  /** A record or trace that may show a cause or name a job's call site. */
  void evidence(Evidence evidence);

  /** The log shows the run used local mode: tasks ran inside the driver JVM. */
  void localMode();

  /** The log shows executors apart from the driver (YARN, Kubernetes, standalone). */
  void clusterMode();

  /**
   * Job {@code jobId} started at Spark's call {@code site}, e.g. {@code collect at Job.java:12};
   * {@code userSite} is the user's line when the log names it apart from the site (an SQL
   * execution's action, for a job a broadcast started on a background thread).
   */
  void jobStarted(int jobId, String site, Optional<CallSite> userSite);
}
