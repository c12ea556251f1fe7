package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkLargeClosureCapture}. */
@BugPattern(
    name = "SparkLargeClosureCapture",
    summary = io.github.sparklint.core.rules.SparkLargeClosureCapture.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkLargeClosureCapture.md")
public final class SparkLargeClosureCapture extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkLargeClosureCapture() {}

  @Inject
  public SparkLargeClosureCapture(ErrorProneFlags flags) {
    super(flags);
  }
}
