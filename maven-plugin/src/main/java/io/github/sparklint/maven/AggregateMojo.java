package io.github.sparklint.maven;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.report.CodeQualityReport;
import io.github.sparklint.core.report.ReportFormat;
import io.github.sparklint.core.report.SarifMerge;
import io.github.sparklint.core.run.RunSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn verify sparklint:aggregate} at the root of a multi-module build: merges the SARIF
 * report every module's {@code sparklint:check} wrote (in the output directory the module
 * configures, {@link ModuleOutputDirectory}) into one report for the build, {@code
 * target/sparklint/sparklint.sarif} of the root, with one run that code scanning takes in one
 * upload; prints one summary for the build and fails it once, on all modules' new findings (the
 * modules' checks leave failing to this goal when it is asked for). A baseline given with {@code
 * -Dsparklint.baseline} at the root covers every module.
 */
@Mojo(name = GateMojo.AGGREGATE, aggregator = true, defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true)
public final class AggregateMojo extends GateMojo {

  @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
  private List<MavenProject> reactorProjects;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  private MavenSession session;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sparklint: skipped (sparklint.skip=true)");
      return;
    }
    Severity failLevel;
    int maxAllowed;
    boolean failOnUnanalyzed;
    SarifMerge.Tally tally;
    Path report = outputDirectory.toPath().resolve(ReportFormat.SARIF.fileName());
    ModuleReports modules = moduleReports();
    try {
      ProjectConfig project = projectConfig();
      RunSettings settings = gateSettings();
      failLevel = settings.failLevel(project);
      maxAllowed = settings.maxAllowedViolations(project);
      failOnUnanalyzed = settings.failOnUnanalyzed(project);
      String merged = SarifMerge.merge(modules.sarif());
      write(report, merged);
      aggregateCodeQuality(modules.codeQuality());
      tally = SarifMerge.tally(new SarifMerge.Document(report.toString(), merged));
    } catch (ConfigException e) {
      throw badConfiguration(e);
    }
    getLog().info(ReactorSummary.line(tally.findings(), modules.sarif().size(),
        tally.fresh().size(), tally.baselined()) + " \u2014 report: " + shown(report));
    failOn(tally.freshAtLeast(failLevel), failLevel, maxAllowed, shown(report));
    if (failOnUnanalyzed && tally.unanalyzed() > 0) {
      throw new MojoFailureException("sparklint: " + tally.unanalyzed() + " files could not be"
          + " analyzed, which fails the check (their findings are unknown);"
          + " -Dsparklint.failOnUnanalyzed=false lets such files pass");
    }
  }

  /** The modules' SARIF reports, and their GitLab Code Quality reports (JSON texts). */
  private record ModuleReports(List<SarifMerge.Document> sarif, List<String> codeQuality) {}

  /**
   * The reports of every module that has sources, in reactor order, each read from the output
   * directory the module's check is configured with; a module without them is a warning naming
   * it, never skipped silently.
   */
  private ModuleReports moduleReports() throws MojoExecutionException {
    List<SarifMerge.Document> sarif = new ArrayList<>();
    List<String> codeQuality = new ArrayList<>();
    for (MavenProject module : analyzedModules()) {
      Path directory = ModuleOutputDirectory.of(module, plugin.getPluginLookupKey(),
          session.getUserProperties());
      Path file = directory.resolve(ReportFormat.SARIF.fileName());
      if (!Files.isRegularFile(file)) {
        getLog().warn("sparklint: module " + module.getArtifactId() + " has no report where its"
            + " sparklint:check writes it (" + shown(file) + "), so its findings are not in the"
            + " build's report; did sparklint:check run in it?");
        continue;
      }
      sarif.add(new SarifMerge.Document(shown(file), read(file)));
      Path quality = directory.resolve(ReportFormat.CODEQUALITY.fileName());
      if (Files.isRegularFile(quality)) {
        codeQuality.add(read(quality));
      } else {
        getLog().warn("sparklint: module " + module.getArtifactId() + " has no GitLab Code"
            + " Quality report (" + shown(quality) + "), so its findings are not in the build's");
      }
    }
    if (sarif.isEmpty()) {
      throw new MojoExecutionException("sparklint: no module has a report to aggregate; run"
          + " `mvn verify sparklint:aggregate` with sparklint:check bound to verify in the modules");
    }
    return new ModuleReports(sarif, codeQuality);
  }

  /**
   * The root's GitLab Code Quality report: every module's issues in one file, as GitLab reads one
   * report per job artifact path.
   */
  private void aggregateCodeQuality(List<String> documents) throws MojoExecutionException {
    try {
      write(outputDirectory.toPath().resolve(ReportFormat.CODEQUALITY.fileName()),
          CodeQualityReport.merge(documents));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("sparklint: a module's Code Quality report is broken: "
          + e.getMessage(), e);
    }
  }

  /** The reactor's modules that sparklint:check analyzes (not those with pom packaging), in order. */
  private List<MavenProject> analyzedModules() {
    return reactorProjects.stream()
        .filter(module -> !"pom".equals(module.getPackaging())).toList();
  }

  private static String read(Path report) throws MojoExecutionException {
    try {
      return Files.readString(report, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("sparklint: cannot read " + report + ": " + e.getMessage(),
          e);
    }
  }

  private static void write(Path report, String text) throws MojoExecutionException {
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("sparklint: cannot write " + report + ": " + e.getMessage(), e);
    }
  }
}
