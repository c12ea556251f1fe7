package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Analyzes the project's Java sources for Spark code that can kill the driver, prints each finding,
 * writes {@code sparklint.sarif} and {@code sparklint.json}, and fails the build on findings at or
 * above {@code failOnSeverity}.
 */
@Mojo(
    name = "check",
    defaultPhase = LifecyclePhase.VERIFY,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  /** Skips the analysis. */
  @Parameter(property = "sparklint.skip", defaultValue = "false")
  private boolean skip;

  /** Fails the build when a finding is at or above {@code failOnSeverity}. */
  @Parameter(property = "sparklint.failOnViolation", defaultValue = "true")
  private boolean failOnViolation;

  /** The lowest severity that fails the build: {@code error}, {@code warning} or {@code note}. */
  @Parameter(property = "sparklint.failOnSeverity", defaultValue = "warning")
  private String failOnSeverity;

  /** Also analyzes the test source roots (types are resolved against the compile classpath). */
  @Parameter(property = "sparklint.includeTests", defaultValue = "false")
  private boolean includeTests;

  /**
   * Deep mode: resolve types with JavaParser's symbol solver over the compile classpath jars before
   * the built-in resolution (several times slower; see docs/performance.md).
   */
  @Parameter(property = "sparklint.symbolSolver", defaultValue = "false")
  private boolean symbolSolver;

  /**
   * Rule options as {@code RuleId:option=value}, the keys Error Prone takes as {@code -XepOpt}, e.g.
   * {@code SparkLargeTake:maxRows=500000}; the property takes a comma-separated list.
   */
  @Parameter(property = "sparklint.options")
  private List<String> options;

  /** Rule ids to switch off; the property takes a comma-separated list. */
  @Parameter(property = "sparklint.disabledRules")
  private List<String> disabledRules;

  /** Severity overrides as {@code RuleId=level}; the property takes a comma-separated list. */
  @Parameter(property = "sparklint.severities")
  private List<String> severities;

  /**
   * Caches per-file results here, so unchanged files are not analyzed again (keyed by file content,
   * configuration and sparklint version).
   */
  @Parameter(property = "sparklint.cache", defaultValue = "${project.build.directory}/sparklint/cache")
  private File cache;

  /** Whether to use the results cache in {@code cache}. */
  @Parameter(property = "sparklint.cacheEnabled", defaultValue = "true")
  private boolean cacheEnabled;

  /** How many files are analyzed at once; 0 means the number of processors. */
  @Parameter(property = "sparklint.threads", defaultValue = "0")
  private int threads;

  /** Where {@code sparklint.sarif} and {@code sparklint.json} are written. */
  @Parameter(
      property = "sparklint.outputDirectory",
      defaultValue = "${project.build.directory}/sparklint")
  private File outputDirectory;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
  private List<String> testCompileSourceRoots;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  private List<String> classpathElements;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /** Reported paths are relative to it: the repository root in a multi-module build. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  private File executionRootDirectory;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sparklint: skipped (sparklint.skip=true)");
      return;
    }
    SparklintConfig config;
    Severity failLevel;
    try {
      config = PluginSettings.config(options, disabledRules, severities);
      failLevel = PluginSettings.failLevel(failOnSeverity);
    } catch (ConfigException e) {
      throw new MojoExecutionException("sparklint: bad configuration: " + e.getMessage(), e);
    }
    Path baseDir = executionRootDirectory.toPath().toAbsolutePath().normalize();
    ProjectSources sources = ProjectSources.select(
        compileSourceRoots, testCompileSourceRoots, includeTests, buildDirectory.toPath());
    AnalysisRequest request = AnalysisRequest.builder()
        .inputs(sources.inputs())
        .sourceRoots(sources.sourceRoots())
        .classpath(ProjectSources.jars(classpathElements))
        .baseDir(baseDir)
        .symbolSolver(symbolSolver)
        .threads(threads > 0 ? threads : Runtime.getRuntime().availableProcessors())
        .cacheDir(cacheEnabled ? cache.toPath() : null)
        .build();
    getLog().debug("sparklint: analyzing " + request.inputs() + " with " + config.fingerprint());
    AnalysisResult result = analyze(config, request);
    ResultLog.print(getLog(), result);
    Path sarif = writeReports(result, baseDir);
    long failing = result.countAtLeast(failLevel);
    if (failOnViolation && failing > 0) {
      throw new MojoFailureException(failing + " sparklint finding" + (failing == 1 ? "" : "s")
          + " at or above " + failLevel.label() + "; see " + shown(sarif, baseDir));
    }
  }

  private static AnalysisResult analyze(SparklintConfig config, AnalysisRequest request)
      throws MojoExecutionException {
    try {
      return new Analyzer(config).analyze(request);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("sparklint: internal error while analyzing: " + e, e);
    }
  }

  private Path writeReports(AnalysisResult result, Path baseDir) throws MojoExecutionException {
    try {
      return ReportFiles.write(result, baseDir, outputDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "sparklint: cannot write reports to " + outputDirectory + ": " + e.getMessage(), e);
    }
  }

  private static String shown(Path file, Path baseDir) {
    Path abs = file.toAbsolutePath().normalize();
    return (abs.startsWith(baseDir) ? baseDir.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
