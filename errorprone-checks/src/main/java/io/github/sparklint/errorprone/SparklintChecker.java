package io.github.sparklint.errorprone;

import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.ErrorProneOptions;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shared body of every sparklint check: hands the sources of the javac compilation to the
 * sparklint core (once per compilation for all checks, so that a unit's findings see the methods of
 * the others; see {@link AnalysisCache}) and reports the findings in this unit of the rule whose id
 * is this check's {@code @BugPattern} name.
 *
 * <p>A check for a new rule is a subclass with a {@code @BugPattern}, a public no-arg constructor
 * and an {@code @Inject} constructor taking {@link ErrorProneFlags}, listed in {@code
 * META-INF/services/com.google.errorprone.bugpatterns.BugChecker}.
 */
public abstract class SparklintChecker extends BugChecker implements CompilationUnitTreeMatcher {
  /** Where the rule pages live; a check's link is this plus {@code <RuleId>.md}. */
  public static final String DOCS = Sparklint.HOME + "/blob/main/docs/rules/";

  private static final long serialVersionUID = 1L;

  private final transient ConfigException configError;
  private final transient ErrorProneFlags flags;
  private final transient Map<ProjectConfig, SparklintConfig> projectConfigs =
      new ConcurrentHashMap<>();
  /** The compilation's explicit {@code -Xep} severities, known from the first unit on. */
  private transient volatile Map<String, ErrorProneOptions.Severity> severityFlags;
  private transient volatile SparklintConfig withoutFile;

  /** A check with every rule option at its default. */
  protected SparklintChecker() {
    this(ErrorProneFlags.empty());
  }

  /**
   * A check configured by {@code -XepOpt:<RuleId>:<option>=<value>} flags. A bad sparklint option
   * does not throw here (Error Prone would report that as a compiler crash); it becomes one clear
   * compile error instead, see {@link ConfigErrors}.
   */
  protected SparklintChecker(ErrorProneFlags flags) {
    ConfigException error = null;
    try {
      FlagsConfig.from(flags);
    } catch (ConfigException e) {
      error = e;
    }
    this.configError = error;
    this.flags = flags;
  }

  @Override
  public final Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
    if (configError != null) {
      ConfigErrors.reportOnce(this, tree, state, configError);
      return Description.NO_MATCH;
    }
    CharSequence source = state.getSourceCode();
    if (source == null) {
      return Description.NO_MATCH;
    }
    if (severityFlags == null) {
      severityFlags = Map.copyOf(state.errorProneOptions().getSeverityMap());
    }
    Optional<UnitConfig> unitConfig;
    try {
      unitConfig = configOf(tree);
    } catch (ConfigException e) {
      ConfigErrors.reportOnce(this, tree, state, e);
      return Description.NO_MATCH;
    }
    if (unitConfig.isEmpty()) {
      return Description.NO_MATCH;
    }
    String ruleId = canonicalName();
    AnalysisCache.Analysis analysis =
        AnalysisCache.of(state.context, tree, source, unitConfig.get(), this::configOf);
    for (Finding finding : analysis.findings()) {
      if (!finding.ruleId().equals(ruleId) || !unitConfig.get().rules().shows(finding)) {
        continue;
      }
      Description.Builder description =
          buildDescription(FindingPosition.of(tree, source, finding))
              .setMessage(TextReport.confidenceNote(finding) + finding.fullMessage())
              .overrideSeverity(level(finding.severity(), state.errorProneOptions()));
      FindingFix.of(source, finding).ifPresent(description::addFix);
      state.reportMatch(description.build());
    }
    if (analysis.claimErrors()) {
      reportErrors(tree, source, state, analysis);
    }
    return Description.NO_MATCH;
  }

  /**
   * The configuration of {@code unit}: the flags on top of the {@code sparklint.yaml} that governs
   * it; empty when that file excludes the unit.
   *
   * @throws ConfigException naming the bad file, line and setting
   */
  private Optional<UnitConfig> configOf(CompilationUnitTree unit) {
    ProjectConfig project = ProjectConfigs.forUnit(flags, unit);
    if (ProjectConfigs.sourcePath(unit).filter(project.excludes()::excludes).isPresent()) {
      return Optional.empty();
    }
    SparklintConfig rules;
    if (project.file().isPresent()) {
      rules = projectConfigs.computeIfAbsent(
          project, p -> FlagsConfig.from(flags, severityFlags, p));
    } else {
      if (withoutFile == null) {
        withoutFile = FlagsConfig.from(flags, severityFlags, project);
      }
      rules = withoutFile;
    }
    return Optional.of(UnitConfig.of(rules, flags, project));
  }

  /**
   * The javac level of a finding's severity, which the core resolved (an explicit {@code
   * -Xep:<RuleId>:LEVEL}, else {@code sparklint.yaml}'s severity, else the rule's default), under
   * Error Prone's global switches {@code -XepAllErrorsAsWarnings} and {@code
   * -XepAllSuggestionsAsWarnings}, as Error Prone applies them to its own levels.
   */
  private static SeverityLevel level(Severity severity, ErrorProneOptions options) {
    return switch (severity) {
      case ERROR -> options.isDropErrorsToWarnings() ? SeverityLevel.WARNING : SeverityLevel.ERROR;
      case WARNING -> SeverityLevel.WARNING;
      case NOTE -> options.isSuggestionsAsWarnings()
          ? SeverityLevel.WARNING : SeverityLevel.SUGGESTION;
    };
  }

  /**
   * Says, once per file and as a note (never failing a build, not even with {@code -Werror}), why
   * sparklint could not check a file javac compiled: JavaParser could not parse it, its analysis
   * ran over its time budget ({@link UnitConfig#TIMEOUT_FLAG}), or a rule hit an internal error.
   * Staying silent would look like a clean file.
   */
  private void reportErrors(CompilationUnitTree tree, CharSequence source, VisitorState state,
      AnalysisCache.Analysis analysis) {
    String prefix = analysis.parsed() ? "sparklint: " : "sparklint could not analyze this file: ";
    for (AnalysisError error : analysis.errors()) {
      String message = (error.message().startsWith("sparklint") ? "" : prefix)
          + error.message() + (analysis.parsed() ? "" : "; no sparklint check ran on this file");
      state.reportMatch(buildDescription(
              FindingPosition.at(tree, source, error.line(), error.column()))
          .setMessage(message)
          .overrideSeverity(SeverityLevel.SUGGESTION)
          .build());
    }
  }
}
