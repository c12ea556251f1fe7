package io.github.sparklint.lsp;

import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.java.SourceFiles;
import io.github.sparklint.core.flow.ModelLayer;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A workspace's settings, read from its {@code sparklint.yaml} the way the CLI reads it when run
 * from the workspace root without flags: rule severities, options and models, excluded files and
 * the per-file time budget; and the encoding of the sources on disk ({@link SourceEncoding}).
 *
 * @param root the workspace root, or {@code null} when the client opened no folder
 * @param project the validated {@code sparklint.yaml} ({@link ProjectConfig#none()} without one)
 * @param config the rule configuration built from it
 * @param fileTimeout each file's time budget
 * @param encoding the encoding of the Java sources on disk
 */
record WorkspaceSettings(Path root, ProjectConfig project, SparklintConfig config,
    Duration fileTimeout, Charset encoding) {

  /**
   * The settings of {@code root}.
   *
   * @throws io.github.sparklint.core.ConfigException naming the file, line and what is wrong
   */
  static WorkspaceSettings load(Path root, Charset encoding) {
    ProjectConfig project = root == null ? ProjectConfig.none()
        : ProjectConfigFile.in(root).map(ProjectConfigFile::load).orElse(ProjectConfig.none());
    return new WorkspaceSettings(root, project,
        project.applyTo(SparklintConfig.builder()).build(),
        project.resolveFileTimeout(null, "fileTimeout"), encoding);
  }

  /** The settings when the workspace has no readable {@code sparklint.yaml}. */
  static WorkspaceSettings defaults(Path root, Charset encoding) {
    return new WorkspaceSettings(root, ProjectConfig.none(), SparklintConfig.defaults(),
        ProjectConfig.none().resolveFileTimeout(null, "fileTimeout"), encoding);
  }

  /** The workspace's {@code sparklint.yaml} path (whether or not it exists). */
  Optional<Path> configFile() {
    return Optional.ofNullable(root).map(r -> r.resolve(ProjectConfigFile.NAME));
  }

  /** True for a file under the workspace root that {@code sparklint.yaml} does not exclude. */
  boolean covers(Path file) {
    return root != null && file.startsWith(root) && !excludes(file);
  }

  /** True when {@code sparklint.yaml} excludes {@code file}. */
  boolean excludes(Path file) {
    return project.excludes().excludes(file);
  }

  /** The name findings of {@code file} carry: relative to the root when under it, as the CLI's. */
  String shown(Path file) {
    return root == null ? SourceFiles.slashed(file) : SourceFiles.display(file, root);
  }

  /** The modelled methods of {@code sparklint.yaml}, part of every project index. */
  ModelLayer models() {
    return ModelLayer.of(config.models());
  }
}
