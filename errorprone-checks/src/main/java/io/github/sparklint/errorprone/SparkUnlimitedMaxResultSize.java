package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkUnlimitedMaxResultSize}. */
@BugPattern(
    name = "SparkUnlimitedMaxResultSize",
    summary = io.github.sparklint.core.rules.SparkUnlimitedMaxResultSize.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkUnlimitedMaxResultSize.md")
public final class SparkUnlimitedMaxResultSize extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkUnlimitedMaxResultSize() {}

  @Inject
  public SparkUnlimitedMaxResultSize(ErrorProneFlags flags) {
    super(flags);
  }
}
