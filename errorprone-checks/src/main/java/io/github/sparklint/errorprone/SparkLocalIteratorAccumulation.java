package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkLocalIteratorAccumulation}. */
@BugPattern(
    name = "SparkLocalIteratorAccumulation",
    summary = io.github.sparklint.core.rules.SparkLocalIteratorAccumulation.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkLocalIteratorAccumulation.md")
public final class SparkLocalIteratorAccumulation extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkLocalIteratorAccumulation() {}

  @Inject
  public SparkLocalIteratorAccumulation(ErrorProneFlags flags) {
    super(flags);
  }
}
