package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkCollectionAccumulator}. */
@BugPattern(
    name = "SparkCollectionAccumulator",
    summary = io.github.sparklint.core.rules.SparkCollectionAccumulator.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkCollectionAccumulator.md")
public final class SparkCollectionAccumulator extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkCollectionAccumulator() {}

  @Inject
  public SparkCollectionAccumulator(ErrorProneFlags flags) {
    super(flags);
  }
}
