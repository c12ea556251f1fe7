package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkDriverMemoryInCode}. */
@BugPattern(
    name = "SparkDriverMemoryInCode",
    summary = io.github.sparklint.core.rules.SparkDriverMemoryInCode.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkDriverMemoryInCode.md")
public final class SparkDriverMemoryInCode extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkDriverMemoryInCode() {}

  @Inject
  public SparkDriverMemoryInCode(ErrorProneFlags flags) {
    super(flags);
  }
}
