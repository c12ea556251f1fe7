package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkStreamingUnboundedState}. */
@BugPattern(
    name = "SparkStreamingUnboundedState",
    summary = io.github.sparklint.core.rules.SparkStreamingUnboundedState.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkStreamingUnboundedState.md")
public final class SparkStreamingUnboundedState extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkStreamingUnboundedState() {}

  @Inject
  public SparkStreamingUnboundedState(ErrorProneFlags flags) {
    super(flags);
  }
}
