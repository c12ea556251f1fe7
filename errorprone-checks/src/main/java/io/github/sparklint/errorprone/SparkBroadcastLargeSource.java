package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkBroadcastLargeSource}. */
@BugPattern(
    name = "SparkBroadcastLargeSource",
    summary = io.github.sparklint.core.rules.SparkBroadcastLargeSource.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkBroadcastLargeSource.md")
public final class SparkBroadcastLargeSource extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkBroadcastLargeSource() {}

  @Inject
  public SparkBroadcastLargeSource(ErrorProneFlags flags) {
    super(flags);
  }
}
