package io.github.sparklint.maven;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.triage.Triage;
import io.github.sparklint.triage.TriageFormat;
import io.github.sparklint.triage.TriageRequest;
import io.github.sparklint.triage.TriageResult;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn sparklint:triage -Dsparklint.log=driver.log,app-1.zstd}: names what killed a Spark
 * job's driver in its logs and points at the line of this project's code, with the finding of the
 * same analysis as {@code sparklint:check} there. Prints the text view and writes
 * {@code target/sparklint/triage.sarif} and {@code triage.json}.
 */
@Mojo(name = "triage", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class TriageMojo extends SparklintMojo {

  /** Driver logs and event logs; relative paths resolve against the directory Maven started in. */
  @Parameter(property = "sparklint.log", required = true)
  private List<String> logs;

  /** Source roots to find the logged lines in; default: the project's compile source roots. */
  @Parameter(property = "sparklint.source")
  private List<String> sources;

  /** Where the SARIF and JSON views go. */
  @Parameter(property = "sparklint.outputDirectory",
      defaultValue = "${project.build.directory}/sparklint")
  private File outputDirectory;

  /** Fails the build when a cause that killed the run is recognized. */
  @Parameter(property = "sparklint.failOnCause", defaultValue = "true")
  private boolean failOnCause;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("sparklint: skipped (sparklint.skip=true)");
      return;
    }
    TriageResult result;
    try {
      ProjectConfig project = projectConfig();
      List<Path> roots = sources == null || sources.isEmpty()
          ? request(project).inputs().stream().filter(Files::isDirectory).toList()
          : sources.stream().map(this::fromBaseDir).toList();
      result = Triage.run(new TriageRequest(logs.stream().map(this::fromBaseDir).toList(), roots,
          baseDir(), config(project)));
    } catch (ConfigException e) {
      throw badConfiguration(e);
    }
    TriageFormat.TEXT.render(result, baseDir()).lines().forEach(getLog()::info);
    write(result, TriageFormat.SARIF, "triage.sarif");
    write(result, TriageFormat.JSON, "triage.json");
    if (result.exitCode() == TriageResult.EXIT_CAUSE && failOnCause) {
      throw new MojoFailureException("sparklint triage: a cause that killed the run was found"
          + " (see above and " + outputDirectory.toPath().resolve("triage.sarif") + ")");
    }
    if (result.exitCode() == TriageResult.EXIT_ERROR) {
      throw new MojoExecutionException("sparklint triage: cannot read "
          + String.join("; ", result.readErrors()));
    }
  }

  private void write(TriageResult result, TriageFormat format, String name)
      throws MojoExecutionException {
    Path file = outputDirectory.toPath().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, format.render(result, baseDir()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("sparklint: cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
