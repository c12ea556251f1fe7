package io.github.sparklint.cli;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import io.github.sparklint.core.run.RunSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The pull-request gate's options (a picocli mixin of {@link Main}): the project's {@code
 * sparklint.yaml}, a baseline to create, apply or prune, and changed-lines mode.
 */
final class GateOptions {
  @Option(names = "--config", paramLabel = "FILE",
      description = "The sparklint.yaml to use (default: sparklint.yaml in --base-dir, if there).")
  Path config;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Only findings not recorded in this baseline are new and fail the run.")
  Path baseline;

  @Option(names = "--create-baseline", paramLabel = "FILE",
      description = "Record today's findings in FILE (then exit 0) for use with --baseline.")
  Path createBaseline;

  @Option(names = "--remove-stale",
      description = "With --baseline: rewrite FILE without the entries no finding matched.")
  boolean removeStale;

  @Option(names = "--new-since", paramLabel = "REF",
      description = "Report only findings on lines changed since the git REF (e.g. origin/main).")
  String newSince;

  @Option(names = "--fail-on-unanalyzed", paramLabel = "true|false", arity = "0..1",
      fallbackValue = "true",
      description = "Exit 1 when a file could not be analyzed (default: true, or failOnUnanalyzed:"
          + " in sparklint.yaml).")
  Boolean failOnUnanalyzed;

  @Option(names = "--max-allowed-violations", paramLabel = "N",
      description = "Exit 0 while at most N new findings are at or above --fail-on (default: 0,"
          + " or maxAllowedViolations: in sparklint.yaml).")
  Integer maxAllowedViolations;

  /** Rejects combinations that make no sense, before any work. */
  void validate() {
    if (createBaseline != null && (baseline != null || newSince != null)) {
      throw new ConfigException(
          "--create-baseline records every finding; it cannot be combined with --baseline or --new-since");
    }
    if (removeStale && baseline == null) {
      throw new ConfigException("--remove-stale needs --baseline FILE");
    }
  }

  /** {@code --config}, else {@code sparklint.yaml} in {@code baseDir} when present, else none. */
  ProjectConfig projectConfig(Path baseDir) {
    Optional<Path> file = config != null ? Optional.of(config.toAbsolutePath().normalize())
        : ProjectConfigFile.in(baseDir);
    return file.map(ProjectConfigFile::load).orElse(ProjectConfig.none());
  }

  /** {@code settings} with the gate's flags added. */
  RunSettings settings(RunSettings settings) {
    return settings.failOnUnanalyzed(failOnUnanalyzed).maxAllowedViolations(maxAllowedViolations)
        .newSince(newSince)
        .baseline(baseline == null ? null : baseline.toAbsolutePath().normalize(), removeStale);
  }

  /**
   * Writes the baseline files asked for: {@code --create-baseline} (returns true: the run ends
   * there) or {@code --remove-stale}.
   */
  boolean writeBaselines(GateResult result, PrintWriter out) throws IOException {
    if (createBaseline != null) {
      Baseline created = Baseline.of(result.result().findings());
      created.write(createBaseline);
      out.println("sparklint: baseline of " + created.size() + " findings written to "
          + createBaseline);
      return true;
    }
    if (removeStale && !result.match().stale().isEmpty()) {
      Baseline pruned = Baseline.read(baseline.toAbsolutePath().normalize())
          .withoutStale(result.match());
      pruned.write(baseline);
      out.println("sparklint: removed " + result.match().stale().size()
          + " stale entries from " + baseline);
    }
    return false;
  }
}
