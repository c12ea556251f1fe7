package io.github.sparklint.core.run;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.ChangedLines;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.ProjectConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of one run as a front received them, and the one place that resolves them: an
 * explicit front setting (CLI flag, Maven property or parameter, {@code -XepOpt}) wins over the
 * project's {@code sparklint.yaml}, which wins over the default. Each front only maps its own
 * syntax to these fields; errors name the setting as that front spells it ({@link SettingNames}).
 */
public final class RunSettings {
  /** The fail level when neither the front nor {@code sparklint.yaml} sets one. */
  public static final Severity DEFAULT_FAIL_ON = Severity.WARNING;

  private final SettingNames names;
  private final List<String> options = new ArrayList<>();
  private final List<String> disabled = new ArrayList<>();
  private final List<String> severities = new ArrayList<>();
  private String failOn;
  private String confidence;
  private Boolean failOnUnanalyzed;
  private String fileTimeout;
  private Integer maxAllowedViolations;
  private Path baseline;
  private boolean removeStale;
  private String newSince;

  private RunSettings(SettingNames names) {
    this.names = names;
  }

  /** Settings of a front that spells them {@code names}; nothing set yet. */
  public static RunSettings of(SettingNames names) {
    return new RunSettings(names);
  }

  /** Adds rule options, each {@code RuleId:option=value}; {@code null} adds none. */
  public RunSettings options(List<String> entries) {
    addAll(options, entries);
    return this;
  }

  /** Adds rule ids to switch off; {@code null} adds none. */
  public RunSettings disabled(List<String> ruleIds) {
    addAll(disabled, ruleIds);
    return this;
  }

  /** Adds severity overrides, each {@code RuleId=level}; {@code null} adds none. */
  public RunSettings severities(List<String> entries) {
    addAll(severities, entries);
    return this;
  }

  /** The lowest severity that fails; {@code null} or blank: not set here. */
  public RunSettings failOn(String level) {
    failOn = blankToNull(level);
    return this;
  }

  /** The lowest confidence shown; {@code null} or blank: not set here. */
  public RunSettings confidence(String level) {
    confidence = blankToNull(level);
    return this;
  }

  /** Whether an unanalyzed file fails; {@code null}: not set here. */
  public RunSettings failOnUnanalyzed(Boolean value) {
    failOnUnanalyzed = value;
    return this;
  }

  /** Each file's budget in seconds; {@code null} or blank: not set here. */
  public RunSettings fileTimeout(String seconds) {
    fileTimeout = blankToNull(seconds);
    return this;
  }

  /** How many failing findings are tolerated; {@code null}: not set here. */
  public RunSettings maxAllowedViolations(Integer value) {
    maxAllowedViolations = value;
    return this;
  }

  /** The baseline to apply, {@code removeStale} to prune it; {@code null}: none. */
  public RunSettings baseline(Path file, boolean prune) {
    baseline = file;
    removeStale = prune;
    return this;
  }

  /** Changed-lines mode since a git ref; {@code null} or blank: off. */
  public RunSettings newSince(String ref) {
    newSince = blankToNull(ref);
    return this;
  }

  /**
   * The rule configuration: {@code project}'s rule settings, then this front's options, disabled
   * rules, severities and confidence threshold.
   *
   * @throws ConfigException naming the malformed entry as this front spells it
   */
  public SparklintConfig config(ProjectConfig project) {
    SparklintConfig.Builder builder = project.applyTo(SparklintConfig.builder());
    for (String entry : options) {
      String[] keyValue = keyValue(entry, names.option(), "<RuleId>:<option>=<value>");
      builder.option(keyValue[0], keyValue[1]);
    }
    for (String ruleId : disabled) {
      builder.enabled(ruleId, false);
    }
    for (String entry : severities) {
      String[] keyValue = keyValue(entry, names.severity(), "<RuleId>=<error|warning|note>");
      builder.severity(keyValue[0], keyValue[1]);
    }
    if (confidence != null) {
      try {
        builder.confidence(confidence);
      } catch (ConfigException e) {
        throw new ConfigException(names.confidence() + ": " + e.getMessage());
      }
    }
    return builder.build();
  }

  /** The lowest severity that fails the run. */
  public Severity failLevel(ProjectConfig project) {
    if (failOn == null) {
      return project.failOn().orElse(DEFAULT_FAIL_ON);
    }
    try {
      return Severity.parse(failOn);
    } catch (ConfigException e) {
      throw new ConfigException(names.failOn() + ": " + e.getMessage());
    }
  }

  /** How many failing findings the run tolerates before it fails. */
  public int maxAllowedViolations(ProjectConfig project) {
    if (maxAllowedViolations == null) {
      return project.maxAllowedViolations().orElse(Gate.MAX_ALLOWED_VIOLATIONS);
    }
    return Gate.maxAllowedViolations(maxAllowedViolations, names.maxAllowedViolations());
  }

  /** Whether a file that could not be analyzed fails the run. */
  public boolean failOnUnanalyzed(ProjectConfig project) {
    return project.resolveFailOnUnanalyzed(failOnUnanalyzed);
  }

  /** Each file's time budget. */
  public Duration fileTimeout(ProjectConfig project) {
    return project.resolveFileTimeout(fileTimeout, names.fileTimeout());
  }

  /** {@code request} without {@code project}'s excluded files and with the resolved budget. */
  public AnalysisRequest request(AnalysisRequest request, ProjectConfig project) {
    return request.excluding(project.excludes()::excludes).withFileTimeout(fileTimeout(project));
  }

  /**
   * The gate of a run over {@code inputs}: excludes, fail-on-unanalyzed, changed lines and the
   * baseline as set; reads the baseline and runs git.
   */
  public Gate gate(Path baseDir, ProjectConfig project, List<Path> inputs) {
    if (removeStale && baseline == null) {
      throw new ConfigException(names.removeStale() + " needs " + names.baseline());
    }
    Gate gate = Gate.on(baseDir).excluding(project.excludes())
        .failOnUnanalyzed(failOnUnanalyzed(project));
    if (newSince != null) {
      gate.changedLines(ChangedLines.since(baseDir, newSince, names.newSince()));
    }
    if (baseline != null) {
      gate.baseline(Baseline.read(baseline), Gate.scopeOf(inputs, baseDir));
    }
    return gate;
  }

  private static void addAll(List<String> to, List<String> values) {
    if (values == null) {
      return;
    }
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        to.add(value.trim());
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String[] keyValue(String entry, String where, String form) {
    int eq = entry.indexOf('=');
    if (eq <= 0 || eq == entry.length() - 1) {
      throw new ConfigException(where + " '" + entry + "' must have the form " + form);
    }
    return new String[] {entry.substring(0, eq).trim(), entry.substring(eq + 1).trim()};
  }
}
