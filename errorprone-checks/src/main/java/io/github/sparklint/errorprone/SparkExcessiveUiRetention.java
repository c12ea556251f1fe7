package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkExcessiveUiRetention}. */
@BugPattern(
    name = "SparkExcessiveUiRetention",
    summary = io.github.sparklint.core.rules.SparkExcessiveUiRetention.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkExcessiveUiRetention.md")
public final class SparkExcessiveUiRetention extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkExcessiveUiRetention() {}

  @Inject
  public SparkExcessiveUiRetention(ErrorProneFlags flags) {
    super(flags);
  }
}
