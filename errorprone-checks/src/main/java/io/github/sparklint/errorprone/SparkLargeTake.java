package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkLargeTake}. */
@BugPattern(
    name = "SparkLargeTake",
    summary = io.github.sparklint.core.rules.SparkLargeTake.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkLargeTake.md")
public final class SparkLargeTake extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkLargeTake() {}

  @Inject
  public SparkLargeTake(ErrorProneFlags flags) {
    super(flags);
  }
}
