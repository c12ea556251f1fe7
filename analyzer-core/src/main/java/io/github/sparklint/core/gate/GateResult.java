package io.github.sparklint.core.gate;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import java.util.List;

/**
 * What a gate run decided.
 *
 * @param result the findings and errors after excludes and the changed-lines filter, new and
 *     baselined alike (reports render these)
 * @param match which of them are new, which baselined, and which baseline entries are stale
 * @param baselineUsed whether a baseline was given
 * @param changedLinesOnly whether only changed lines were kept
 * @param failOnUnanalyzed whether a file that could not be analyzed fails the gate
 */
public record GateResult(AnalysisResult result, BaselineMatch match, boolean baselineUsed,
    boolean changedLinesOnly, boolean failOnUnanalyzed) {

  /** The findings no baseline entry absorbed: these fail the gate. */
  public List<Finding> fresh() {
    return match.fresh();
  }

  /** Whether a baseline entry absorbed {@code finding}. */
  public boolean isBaselined(Finding finding) {
    return match.baselined().contains(finding);
  }

  /** Whether files that could not be analyzed fail the gate: the switch is on and there are some. */
  public boolean failsOnUnanalyzed() {
    return failOnUnanalyzed && result.filesUnanalyzed() > 0;
  }

  /**
   * Why the gate fails on unanalyzed files, e.g. {@code sparklint: 1 file could not be analyzed,
   * which fails the check; ...} followed by {@code howToAllow}.
   */
  public String unanalyzedFailure(String howToAllow) {
    long n = result.filesUnanalyzed();
    return "sparklint: " + n + (n == 1 ? " file" : " files") + " could not be analyzed, which "
        + "fails the check (its findings are unknown); " + howToAllow;
  }

  /** Whether more than {@code maxAllowed} new findings are at or above {@code threshold}. */
  public boolean exceeds(Severity threshold, int maxAllowed) {
    return countNewAtLeast(threshold) > maxAllowed;
  }

  /** The number of new findings at or above {@code threshold}. */
  public long countNewAtLeast(Severity threshold) {
    return fresh().stream().filter(f -> f.severity().isAtLeast(threshold)).count();
  }

  /**
   * The console summary, e.g. {@code sparklint: 5 findings (2 new, 3 baselined) — report:
   * target/sparklint/sparklint.sarif}; {@code report} may be {@code null}.
   */
  public String summary(String report) {
    int all = result.findings().size();
    StringBuilder sb = new StringBuilder("sparklint: ").append(all)
        .append(all == 1 ? " finding (" : " findings (").append(fresh().size()).append(" new, ")
        .append(match.baselined().size()).append(" baselined)");
    if (changedLinesOnly) {
      sb.append(" on changed lines");
    }
    if (report != null) {
      sb.append(" \u2014 report: ").append(report);
    }
    return sb.toString();
  }

  /** A line about stale baseline entries, or {@code null} when there are none. */
  public String staleSummary(String howToRemove) {
    int stale = match.stale().stream().mapToInt(Baseline.Entry::count).sum();
    if (stale == 0) {
      return null;
    }
    return "sparklint: " + stale + (stale == 1 ? " baseline entry is" : " baseline entries are")
        + " stale (the code they accepted is gone or fixed); " + howToRemove;
  }
}
