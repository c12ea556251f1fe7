package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkExcessivePartitions}. */
@BugPattern(
    name = "SparkExcessivePartitions",
    summary = io.github.sparklint.core.rules.SparkExcessivePartitions.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkExcessivePartitions.md")
public final class SparkExcessivePartitions extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkExcessivePartitions() {}

  @Inject
  public SparkExcessivePartitions(ErrorProneFlags flags) {
    super(flags);
  }
}
