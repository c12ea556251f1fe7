package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.ProjectConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn sparklint:baseline}: records today's findings in a baseline file, so that {@code
 * sparklint:check} with {@code -Dsparklint.baseline=FILE} fails only on new ones. In a multi-module
 * build each module replaces its own entries of the one shared file (modules run one after another).
 */
@Mojo(name = "baseline", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = false)
public final class BaselineMojo extends SparklintMojo {

  /** The baseline file; relative paths resolve against the directory Maven was started in. */
  @Parameter(property = "sparklint.baseline", defaultValue = "sparklint-baseline.json")
  private String baseline;

  @Override
  public void execute() throws MojoExecutionException {
    if (skip) {
      getLog().info("sparklint: skipped (sparklint.skip=true)");
      return;
    }
    SparklintConfig config;
    AnalysisRequest request;
    ProjectConfig project;
    Path file = fromBaseDir(baseline);
    Baseline previous;
    try {
      project = projectConfig();
      config = config(project);
      request = request(project);
      previous = Files.exists(file) ? Baseline.read(file) : Baseline.of(List.of());
    } catch (ConfigException e) {
      throw badConfiguration(e);
    }
    if (request.inputs().isEmpty()) {
      getLog().info("sparklint: no sources in this module; baseline left as it is");
      return;
    }
    List<Finding> findings = Gate.on(baseDir()).excluding(project.excludes())
        .apply(analyze(config, request)).result().findings();
    Predicate<String> scope = Gate.scopeOf(request.inputs(), baseDir());
    Baseline updated = previous.replacing(scope, findings);
    try {
      updated.write(file);
    } catch (IOException e) {
      throw new MojoExecutionException("sparklint: cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("sparklint: baseline of " + findings.size() + " findings of this module written to "
        + file + " (" + updated.size() + " in all)");
  }
}
