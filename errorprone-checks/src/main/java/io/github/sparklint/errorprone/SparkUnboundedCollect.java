package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkUnboundedCollect}. */
@BugPattern(
    name = "SparkUnboundedCollect",
    summary = io.github.sparklint.core.rules.SparkUnboundedCollect.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkUnboundedCollect.md")
public final class SparkUnboundedCollect extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkUnboundedCollect() {}

  @Inject
  public SparkUnboundedCollect(ErrorProneFlags flags) {
    super(flags);
  }
}
