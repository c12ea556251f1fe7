package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import io.github.sparklint.core.report.ProgressText;
import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.run.RunSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the {@code check} and {@code baseline} goals share: the parameters that say what to analyze
 * and how, the project's {@code sparklint.yaml}, and the analysis itself.
 */
abstract class SparklintMojo extends AbstractMojo {

  /** Skips the goal. */
  @Parameter(property = "sparklint.skip", defaultValue = "false")
  protected boolean skip;

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
   * The project's {@code sparklint.yaml} (rules, severities, options, excludes); relative paths are
   * resolved against the directory Maven was started in. Default: the first {@code sparklint.yaml}
   * in the module's directory or a parent of it up to the directory Maven was started in, as the
   * Error Prone checks find it. The POM's and command line's settings override the file's.
   */
  @Parameter(property = "sparklint.configFile")
  private String configFile;

  /**
   * Caches per-file results here, so unchanged files are not analyzed again (keyed by file content,
   * configuration and sparklint version). The entries go to a {@code sparklint-cache} folder inside
   * it, marked by sparklint's {@code CACHEDIR.TAG}; pruning deletes only sparklint's own entries
   * there, never other files of this directory.
   */
  @Parameter(property = "sparklint.cache",
      defaultValue = "${project.build.directory}/sparklint/cache")
  private File cache;

  /** Whether to use the results cache in {@code cache}. */
  @Parameter(property = "sparklint.cacheEnabled", defaultValue = "true")
  private boolean cacheEnabled;

  /**
   * How many files are analyzed at once; 0 (the default) means one per processor, as the CLI's
   * {@code --threads 0}. Negative values are refused.
   */
  @Parameter(property = "sparklint.threads", defaultValue = "0")
  private int threads;

  /**
   * The Java sources' character encoding, as the compiler's: {@code project.build.sourceEncoding}
   * by default, UTF-8 when that is not set. A source that is not valid text in it is reported
   * (naming the file and line) and the other files are still analyzed.
   */
  @Parameter(property = "sparklint.encoding", defaultValue = "${project.build.sourceEncoding}")
  private String encoding;

  /**
   * Each file's time budget in whole seconds (parse plus rules): a file that takes longer is
   * reported and skipped, and the others are still analyzed. Default: {@code fileTimeout:} in
   * {@code sparklint.yaml}, else 30.
   */
  @Parameter(property = "sparklint.fileTimeout")
  private String fileTimeout;

  /**
   * The lowest confidence of a reported finding: {@code high}, {@code medium} or {@code low}
   * ({@code low} also reports the rows of a parameter no analyzed call shows). Default: {@code
   * confidence:} in {@code sparklint.yaml}, else {@code medium}.
   */
  @Parameter(property = "sparklint.confidence")
  private String confidence;

  @Parameter(defaultValue = "${project.compileSourceRoots}", readonly = true, required = true)
  private List<String> compileSourceRoots;

  @Parameter(defaultValue = "${project.testCompileSourceRoots}", readonly = true, required = true)
  private List<String> testCompileSourceRoots;

  /** Resource directories: their spark-defaults.conf and .properties files are checked too. */
  @Parameter(defaultValue = "${project.resources}", readonly = true, required = true)
  private List<Resource> resources;

  @Parameter(defaultValue = "${project.testResources}", readonly = true, required = true)
  private List<Resource> testResources;

  @Parameter(defaultValue = "${project.compileClasspathElements}", readonly = true, required = true)
  private List<String> classpathElements;

  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File moduleDirectory;

  /** Reported paths are relative to it: the repository root in a multi-module build. */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  private File executionRootDirectory;

  /** The directory reported paths are relative to. */
  protected Path baseDir() {
    return executionRootDirectory.toPath().toAbsolutePath().normalize();
  }

  /** {@code value} resolved against {@link #baseDir()}. */
  protected Path fromBaseDir(String value) {
    return baseDir().resolve(value.trim()).normalize();
  }

  /** The project's {@code sparklint.yaml}, or none. */
  protected ProjectConfig projectConfig() {
    Optional<Path> file = configFile == null || configFile.isBlank()
        ? ProjectConfigFile.nearest(moduleDirectory.toPath(), baseDir())
        : Optional.of(fromBaseDir(configFile));
    return file.map(ProjectConfigFile::load).orElse(ProjectConfig.none());
  }

  /** The run settings of the parameters all goals share; goals add their own. */
  protected RunSettings settings() {
    return PluginSettings.settings(options, disabledRules, severities).fileTimeout(fileTimeout)
        .confidence(confidence);
  }

  /** The rule configuration: the file's settings, then the POM's and command line's. */
  protected SparklintConfig config(ProjectConfig project) {
    return settings().config(project);
  }

  /** What this module analyzes, without the files {@code project} excludes. */
  protected AnalysisRequest request(ProjectConfig project) {
    ProjectSources sources = ProjectSources.select(
        withResources(compileSourceRoots, resources),
        withResources(testCompileSourceRoots, testResources), includeTests,
        buildDirectory.toPath());
    return AnalysisRequest.builder()
        .inputs(sources.inputs())
        .sourceRoots(sources.sourceRoots())
        .classpath(ProjectSources.jars(classpathElements))
        .baseDir(baseDir())
        .symbolSolver(symbolSolver)
        .threads(PluginSettings.threads(threads))
        .cacheDir(cacheEnabled ? cache.toPath() : null)
        .fileTimeout(settings().fileTimeout(project))
        .encoding(PluginSettings.encoding(encoding))
        .build()
        .excluding(project.excludes()::excludes);
  }

  /**
   * Progress for the Maven log: a line every few seconds, only on runs that last that long, none
   * in quiet mode ({@code -q}, where info is off).
   */
  protected ProgressText progress() {
    return new ProgressText(line -> getLog().info(line), false, System::nanoTime);
  }

  /** Runs the core; an internal failure is a tool error. */
  protected AnalysisResult analyze(SparklintConfig config, AnalysisRequest request)
      throws MojoExecutionException {
    getLog().debug("sparklint: analyzing " + request.inputs() + " with " + config.fingerprint());
    try {
      return new Analyzer(config).analyze(request);
    } catch (ConfigException e) {
      throw badConfiguration(e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "sparklint: internal error while analyzing: " + TextReport.escape(e.toString()), e);
    }
  }

  /** A configuration problem as the tool error Maven shows. */
  protected static MojoExecutionException badConfiguration(ConfigException e) {
    return new MojoExecutionException(
        "sparklint: bad configuration: " + TextReport.escape(e.getMessage()), e);
  }

  private static List<String> withResources(List<String> roots, List<Resource> resources) {
    List<String> all = new ArrayList<>(roots == null ? List.of() : roots);
    for (Resource resource : resources == null ? List.<Resource>of() : resources) {
      all.add(resource.getDirectory());
    }
    return all;
  }
}
