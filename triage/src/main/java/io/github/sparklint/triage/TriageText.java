package io.github.sparklint.triage;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.rule.ByteSizes;

/**
 * The console view: per log, each cause in a few lines (what, where it happened, the log line,
 * the user's line, the rule and the fix), then the event log's numbers. Log text is escaped.
 */
public final class TriageText {
  static final int TOP = 3;
  private static final int FIX_LINES = 8;

  private TriageText() {}

  public static String render(TriageResult result) {
    StringBuilder out = new StringBuilder();
    for (TriageResult.LogResult log : result.logs()) {
      LogTriage triage = log.triage();
      out.append(TextReport.escape(triage.log())).append(": ")
          .append(triage.eventLog() ? "event log" : "driver log").append(", ")
          .append(mode(triage.localMode())).append('\n');
      if (log.culprits().isEmpty()) {
        out.append("  no known cause of a driver failure found\n");
      }
      for (Culprit culprit : log.culprits()) {
        culprit(out, culprit);
      }
      metrics(out, triage.metrics());
    }
    for (String error : result.readErrors()) {
      out.append("error: ").append(TextReport.escape(error)).append('\n');
    }
    for (AnalysisError error : result.sourceErrors()) {
      out.append("source not analyzed: ").append(TextReport.error(error)).append('\n');
    }
    return out.toString();
  }

  static String mode(Boolean local) {
    return local == null ? "mode not logged" : local ? "local mode" : "cluster mode";
  }

  private static void culprit(StringBuilder out, Culprit culprit) {
    Diagnosis d = culprit.diagnosis();
    Cause cause = d.cause();
    out.append("  ").append(cause.fatal() ? "CAUSE " : "RISK  ").append(cause.title())
        .append(" [").append(cause.id()).append("]\n");
    out.append("    where  ").append(d.fault()).append('\n');
    out.append("    log    ").append(TextReport.escape(d.evidence().log() + ":"
        + d.evidence().line() + ": " + d.headline()));
    out.append(d.occurrences() > 1 ? " (" + d.occurrences() + " records)\n" : "\n");
    out.append("    line   ").append(TextReport.escape(line(culprit))).append('\n');
    for (Finding f : culprit.atLine()) {
      out.append("    rule   ").append(TextReport.escape("[" + f.ruleId() + "] " + f.message()))
          .append('\n');
      out.append("    fix    ").append(TextReport.escape(f.fix())).append('\n');
    }
    if (!culprit.atLine().isEmpty()) {
      return;
    }
    for (Finding f : culprit.candidates()) {
      out.append("    maybe  ").append(TextReport.line(f)).append('\n');
    }
    cause.rule().ifPresent(rule -> ruleFix(out, culprit, rule));
  }

  private static String line(Culprit culprit) {
    Diagnosis d = culprit.diagnosis();
    if (d.site().isEmpty()) {
      return "the log names no line of your code" + d.job().map(j -> " (job: " + j + ")").orElse("")
          + (culprit.sourcesGiven() ? "" : "; give --source to look for the cause's rule");
    }
    CallSite site = d.site().get();
    String where = culprit.location().orElseThrow() + " (" + site.action() + ")";
    if (!culprit.ambiguous().isEmpty()) {
      return where + ": ambiguous, it may be any of " + String.join(", ", culprit.ambiguous());
    }
    if (culprit.sourcesGiven() && culprit.file().isEmpty()) {
      return where + ": not found under --source";
    }
    if (culprit.file().isPresent() && culprit.atLine().isEmpty()) {
      return where + ": no sparklint finding on that line";
    }
    return where;
  }

  private static void ruleFix(StringBuilder out, Culprit culprit, String rule) {
    out.append("    rule   ").append(rule).append(": ").append(RuleFix.summary(rule))
        .append(" (").append(RuleFix.page(rule)).append(")\n");
    RuleFix.better(rule).ifPresent(better -> {
      String[] lines = better.split("\n");
      out.append("    fix    ").append(lines.length > 0 ? lines[0] : "").append('\n');
      for (int i = 1; i < Math.min(lines.length, FIX_LINES); i++) {
        out.append("           ").append(lines[i]).append('\n');
      }
    });
  }

  private static void metrics(StringBuilder out, RunMetrics metrics) {
    if (metrics.isEmpty()) {
      return;
    }
    out.append("  runtime evidence (event log)\n");
    for (RunMetrics.Job job : metrics.topJobsByResult(TOP)) {
      out.append("    results  job ").append(job.id).append(" (").append(TextReport.escape(job.site))
          .append("): ").append(ByteSizes.format(job.totalResult)).append(" to the driver from ")
          .append(job.tasks).append(" tasks, largest ").append(ByteSizes.format(job.maxTaskResult))
          .append('\n');
    }
    for (RunMetrics.Stage stage : metrics.topStagesByTasks(TOP)) {
      out.append("    tasks    stage ").append(stage.id()).append(" (")
          .append(TextReport.escape(stage.site())).append("): ").append(stage.tasks())
          .append(" tasks\n");
    }
    if (metrics.cachedCount() > 0) {
      out.append("    cached   ").append(metrics.cachedCount())
          .append(" RDDs persisted and not unpersisted, the largest:\n");
    }
    for (RunMetrics.CachedRdd rdd : metrics.topCached(TOP)) {
      out.append("             rdd ").append(rdd.id()).append(' ').append(TextReport.escape(rdd.name()))
          .append(" (").append(TextReport.escape(rdd.site())).append("): ").append(rdd.partitions())
          .append(" partitions").append(rdd.memoryBytes() > 0
              ? ", " + ByteSizes.format(rdd.memoryBytes()) + " in memory" : "").append('\n');
    }
  }
}
