package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkClosureMutatesDriverState}. */
@BugPattern(
    name = "SparkClosureMutatesDriverState",
    summary = io.github.sparklint.core.rules.SparkClosureMutatesDriverState.SUMMARY,
    severity = SeverityLevel.ERROR,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkClosureMutatesDriverState.md")
public final class SparkClosureMutatesDriverState extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkClosureMutatesDriverState() {}

  @Inject
  public SparkClosureMutatesDriverState(ErrorProneFlags flags) {
    super(flags);
  }
}
