package io.github.sparklint.core;

import io.github.sparklint.core.fix.SourceFix;
import java.util.List;
import java.util.Objects;

/**
 * One risk found in one file.
 *
 * @param ruleId the rule that found it (also its suppression key and SARIF ruleId)
 * @param severity the effective severity after configuration
 * @param file the file, relative to the analysis base directory with {@code /} separators when it
 *     lies under it, otherwise as given
 * @param line 1-based line of the flagged method name
 * @param column 1-based column of the flagged method name
 * @param message what was found and why it is risky
 * @param fix the concrete fix
 * @param enclosing {@code Class#member} holding the finding, for baselines and fingerprints
 * @param code the flagged expression's source with whitespace normalised
 * @param related where the flagged data goes after the flagged line ({@link Role#SINK}, first),
 *     then where it came from when that is in other methods or files, the origin last (SARIF
 *     {@code relatedLocations}); empty when the finding stands on its own line
 * @param autoFix the edits that fix it, when the rule can make them safely ({@link SourceFix#NONE}
 *     otherwise)
 * @param confidence how sure the finding is, by what the analysis knows of the data it names
 *     ({@link Confidence#HIGH} when not given)
 */
public record Finding(
    String ruleId,
    Severity severity,
    String file,
    int line,
    int column,
    String message,
    String fix,
    String enclosing,
    String code,
    List<RelatedLocation> related,
    SourceFix autoFix,
    Confidence confidence) {

  /**
   * A place the finding's data passes through, e.g. the helper method whose rows are collected.
   *
   * @param file the file, named as {@link Finding#file()} is
   * @param line 1-based line: of the method's name for {@link Role#UPSTREAM}, of the collecting call
   *     for {@link Role#SINK}
   * @param message what happens there, e.g. "rows come from `Loader.events()`"
   * @param role whether the data comes from there or goes there after the flagged line
   */
  public record RelatedLocation(String file, int line, String message, Role role) {
    public RelatedLocation {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(message, "message");
      role = role == null ? Role.UPSTREAM : role;
    }

    /** A place the data came from or through before reaching the flagged line. */
    public RelatedLocation(String file, int line, String message) {
      this(file, line, message, Role.UPSTREAM);
    }
  }

  /** Where a related location sits in the data's path, relative to the flagged line. */
  public enum Role {
    /** Before the flagged line: the method that built the data, or a helper it passed through. */
    UPSTREAM,
    /**
     * After it: the call inside a project method where the data the flagged call passes is
     * brought to the driver.
     */
    SINK
  }

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    fix = fix == null ? "" : fix;
    enclosing = enclosing == null ? "" : enclosing;
    code = code == null ? "" : code;
    related = related == null ? List.of() : List.copyOf(related);
    autoFix = autoFix == null ? SourceFix.NONE : autoFix;
    confidence = confidence == null ? Confidence.HIGH : confidence;
  }

  /** A finding of high confidence. */
  public Finding(String ruleId, Severity severity, String file, int line, int column,
      String message, String fix, String enclosing, String code, List<RelatedLocation> related,
      SourceFix autoFix) {
    this(ruleId, severity, file, line, column, message, fix, enclosing, code, related, autoFix,
        Confidence.HIGH);
  }

  /** A finding with no automatic fix. */
  public Finding(String ruleId, Severity severity, String file, int line, int column,
      String message, String fix, String enclosing, String code, List<RelatedLocation> related) {
    this(ruleId, severity, file, line, column, message, fix, enclosing, code, related,
        SourceFix.NONE);
  }

  /** A finding with no related locations. */
  public Finding(String ruleId, Severity severity, String file, int line, int column,
      String message, String fix, String enclosing, String code) {
    this(ruleId, severity, file, line, column, message, fix, enclosing, code, List.of());
  }

  /** The message followed by the fix, as shown on the console and in compiler diagnostics. */
  public String fullMessage() {
    return fix.isEmpty() ? message : message + ". Fix: " + fix;
  }

  /** The same finding with another automatic fix. */
  public Finding withAutoFix(SourceFix newFix) {
    return new Finding(ruleId, severity, file, line, column, message, fix, enclosing, code,
        related, newFix, confidence);
  }

  /** The same finding reported against another file name. */
  public Finding withFile(String newFile) {
    return new Finding(ruleId, severity, newFile, line, column, message, fix, enclosing, code,
        related, autoFix, confidence);
  }

  /** The same finding with another confidence. */
  public Finding withConfidence(Confidence newConfidence) {
    return new Finding(ruleId, severity, file, line, column, message, fix, enclosing, code,
        related, autoFix, newConfidence);
  }
}
