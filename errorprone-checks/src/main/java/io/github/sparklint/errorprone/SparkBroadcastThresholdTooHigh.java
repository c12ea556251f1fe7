package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkBroadcastThresholdTooHigh}. */
@BugPattern(
    name = "SparkBroadcastThresholdTooHigh",
    summary = io.github.sparklint.core.rules.SparkBroadcastThresholdTooHigh.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkBroadcastThresholdTooHigh.md")
public final class SparkBroadcastThresholdTooHigh extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkBroadcastThresholdTooHigh() {}

  @Inject
  public SparkBroadcastThresholdTooHigh(ErrorProneFlags flags) {
    super(flags);
  }
}
