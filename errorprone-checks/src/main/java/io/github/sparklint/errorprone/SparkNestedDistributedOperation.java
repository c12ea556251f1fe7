package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkNestedDistributedOperation}. */
@BugPattern(
    name = "SparkNestedDistributedOperation",
    summary = io.github.sparklint.core.rules.SparkNestedDistributedOperation.SUMMARY,
    severity = SeverityLevel.ERROR,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkNestedDistributedOperation.md")
public final class SparkNestedDistributedOperation extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkNestedDistributedOperation() {}

  @Inject
  public SparkNestedDistributedOperation(ErrorProneFlags flags) {
    super(flags);
  }
}
