package io.github.sparklint.maven;

import io.github.sparklint.core.Severity;
import io.github.sparklint.core.run.RunSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that fail a build share ({@code check} per module, {@code aggregate} for the
 * reactor): when findings fail it, and where the reports go.
 */
abstract class GateMojo extends SparklintMojo {
  /** The goal that writes the reactor's report; modules leave failing to it when it is asked for. */
  static final String AGGREGATE = "aggregate";

  /** Fails the build when a finding is at or above {@code failOnSeverity}. */
  @Parameter(property = "sparklint.failOnViolation", defaultValue = "true")
  protected boolean failOnViolation;

  /**
   * The lowest severity that fails the build: {@code error}, {@code warning} or {@code note}.
   * Default: {@code failOn:} in {@code sparklint.yaml}, else {@code warning}.
   */
  @Parameter(property = "sparklint.failOnSeverity")
  private String failOnSeverity;

  /**
   * Fails the build when a file could not be analyzed (a syntax error, a construct sparklint cannot
   * analyze, over {@code fileTimeout}): its findings are unknown. Default: {@code
   * failOnUnanalyzed:} in {@code sparklint.yaml}, else true.
   */
  @Parameter(property = "sparklint.failOnUnanalyzed")
  private Boolean failOnUnanalyzed;

  /**
   * How many new findings at or above {@code failOnSeverity} the build tolerates before it fails
   * (as PMD's {@code maxAllowedViolations}). Default: {@code maxAllowedViolations:} in {@code
   * sparklint.yaml}, else 0.
   */
  @Parameter(property = "sparklint.maxAllowedViolations")
  private Integer maxAllowedViolations;

  /** Where the reports are written. */
  @Parameter(
      property = ModuleOutputDirectory.PROPERTY,
      defaultValue = ModuleOutputDirectory.DEFAULT)
  protected File outputDirectory;

  /** The goals Maven was asked to run, e.g. {@code verify}, {@code sparklint:aggregate}. */
  @Parameter(defaultValue = "${session.goals}", readonly = true, required = true)
  private List<String> sessionGoals;

  /** The shared settings with this goal's gate settings. */
  protected RunSettings gateSettings() {
    return settings().failOn(failOnSeverity).failOnUnanalyzed(failOnUnanalyzed)
        .maxAllowedViolations(maxAllowedViolations);
  }

  /**
   * Whether {@code sparklint:aggregate} runs later in this build: then it alone fails the build,
   * once, on the whole reactor's findings.
   */
  protected boolean aggregateLater() {
    return aggregateRequested(sessionGoals);
  }

  /** Whether {@code goals} (as typed on the command line) include the aggregate goal. */
  static boolean aggregateRequested(List<String> goals) {
    return requested(goals, AGGREGATE);
  }

  /** Whether {@code goals} (as typed on the command line) include this plugin's {@code name}. */
  static boolean requested(List<String> goals, String name) {
    return goals != null && goals.stream().anyMatch(goal -> goal.equals("sparklint:" + name)
        || goal.startsWith("io.github.sparklint:sparklint-maven-plugin:")
            && goal.endsWith(":" + name));
  }

  /** The goals Maven was asked to run. */
  protected List<String> sessionGoals() {
    return sessionGoals;
  }

  /**
   * Fails the build when more than {@code maxAllowed} new findings ({@code failing} of them) are at
   * or above {@code level}, unless {@code failOnViolation} is off.
   */
  protected void failOn(long failing, Severity level, int maxAllowed, String report)
      throws MojoFailureException {
    if (failOnViolation && failing > maxAllowed) {
      throw new MojoFailureException(failing + " sparklint finding" + (failing == 1 ? "" : "s")
          + " at or above " + level.label()
          + (maxAllowed > 0 ? " (sparklint.maxAllowedViolations allows " + maxAllowed + ")" : "")
          + "; see " + report);
    }
  }

  /** {@code file} as the console shows it: relative to the directory Maven was started in. */
  protected String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(baseDir()) ? baseDir().relativize(abs) : abs).toString()
        .replace('\\', '/');
  }
}
