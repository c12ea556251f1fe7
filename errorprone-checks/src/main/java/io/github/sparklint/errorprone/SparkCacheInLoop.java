package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import javax.inject.Inject;

/** Error Prone front of the sparklint rule {@code SparkCacheInLoop}. */
@BugPattern(
    name = "SparkCacheInLoop",
    summary = io.github.sparklint.core.rules.SparkCacheInLoop.SUMMARY,
    severity = SeverityLevel.WARNING,
    linkType = LinkType.CUSTOM,
    link = SparklintChecker.DOCS + "SparkCacheInLoop.md")
public final class SparkCacheInLoop extends SparklintChecker {
  private static final long serialVersionUID = 1L;

  public SparkCacheInLoop() {}

  @Inject
  public SparkCacheInLoop(ErrorProneFlags flags) {
    super(flags);
  }
}
