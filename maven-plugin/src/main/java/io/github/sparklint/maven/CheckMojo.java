package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.run.RunSettings;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyzes the project's Java sources (and the spark-defaults.conf / .properties files in its
 * resource directories) for Spark code that can kill the driver, prints each new
 * finding, writes {@code sparklint.sarif}, {@code sparklint.json}, {@code sparklint-checkstyle.xml},
 * {@code gl-code-quality-report.json} (GitLab Code Quality) and {@code sparklint.html}, and fails
 * the build on new findings at or above {@code failOnSeverity}. With a baseline only findings it
 * does not record are new; with {@code newSince} only findings on lines changed since that git ref
 * count.
 */
@Mojo(
    name = CheckMojo.NAME,
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends GateMojo {
  /** The goal's name. */
  static final String NAME = "check";

  /**
   * A baseline written by {@code sparklint:baseline}: findings it records are reported as baselined
   * and do not fail the build. Relative paths resolve against the directory Maven was started in.
   */
  @Parameter(property = "sparklint.baseline")
  private String baseline;

  /** With {@code baseline}: rewrite it without the entries no finding matched (stale ones). */
  @Parameter(property = "sparklint.removeStale", defaultValue = "false")
  private boolean removeStale;

  /**
   * A git ref (e.g. {@code origin/main}): only findings on lines changed since it are reported, for
   * pull-request checks. Needs the ref fetched; untracked files count as changed.
   */
  @Parameter(property = "sparklint.newSince")
  private String newSince;

  /**
   * Where the rule pages are published (e.g. a documentation site's {@code rules/} folder): SARIF
   * rules then carry a {@code helpUri}. The help text is in the SARIF file either way.
   */
  @Parameter(property = "sparklint.docsUrl")
  private String docsUrl;

  @Parameter(defaultValue = "${project.packaging}", readonly = true, required = true)
  private String packaging;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || "pom".equals(packaging)) {
      getLog().info("sparklint: skipped (" + (skip ? "sparklint.skip=true" : "pom packaging") + ")");
      summarizeReactor(null);
      return;
    }
    SparklintConfig config;
    Severity failLevel;
    int maxAllowed;
    AnalysisRequest request;
    Gate gate;
    try {
      ProjectConfig project = projectConfig();
      RunSettings settings = gateSettings().newSince(newSince)
          .baseline(baseline == null || baseline.isBlank() ? null : fromBaseDir(baseline),
              removeStale);
      config = settings.config(project);
      failLevel = settings.failLevel(project);
      maxAllowed = settings.maxAllowedViolations(project);
      request = request(project);
      gate = settings.gate(baseDir(), project, request.inputs());
    } catch (ConfigException e) {
      throw badConfiguration(e);
    }
    GateResult result = gate.apply(analyze(config, request.withProgress(progress())));
    Path sarif = writeReports(result);
    String html = shown(sarif.resolveSibling(ReportFiles.HTML));
    ResultLog.print(getLog(), result, failOnViolation ? failLevel : null, html);
    getLog().info(result.summary(html));
    summarizeReactor(result);
    handleStale(result);
    if (aggregateLater()) {
      getLog().info("sparklint: the build fails or passes in sparklint:aggregate, on every module");
      return;
    }
    failOn(result.countNewAtLeast(failLevel), failLevel, maxAllowed, html);
    if (result.failsOnUnanalyzed()) {
      throw new MojoFailureException(result.unanalyzedFailure(
          "-Dsparklint.failOnUnanalyzed=false lets such files pass"));
    }
  }

  /**
   * Prints the one summary of a multi-module build once its last {@code check} has run, unless
   * {@code sparklint:aggregate} prints it later.
   */
  private void summarizeReactor(GateResult result) {
    if (!aggregateLater()) {
      ReactorSummary.record(session, plugin.getPluginLookupKey(),
          requested(sessionGoals(), NAME), result).ifPresent(getLog()::info);
    }
  }

  private void handleStale(GateResult result) throws MojoExecutionException {
    if (result.match().stale().isEmpty()) {
      return;
    }
    if (!removeStale) {
      getLog().warn(result.staleSummary("drop them with -Dsparklint.removeStale=true"));
      return;
    }
    Path file = fromBaseDir(baseline);
    try {
      Baseline.read(file).withoutStale(result.match()).write(file);
    } catch (IOException e) {
      throw new MojoExecutionException("sparklint: cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("sparklint: removed " + result.match().stale().size() + " stale entries from "
        + shown(file));
  }

  private Path writeReports(GateResult result) throws MojoExecutionException {
    try {
      return ReportFiles.write(result, baseDir(), outputDirectory.toPath(), docsUrl);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "sparklint: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }
}
