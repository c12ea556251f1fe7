package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --fix} and {@code --dry-run} (a picocli mixin of {@link Main}): apply the automatic fixes
 * of the new findings to the analyzed files, or print them as a unified diff. See {@link
 * FixWriter}.
 */
final class FixOptions {
  @Option(names = "--fix",
      description = "Apply the automatic fixes of the new findings to the analyzed files (the only"
          + " option that changes sources; see docs/fixes.md).")
  boolean fix;

  @Option(names = {"--dry-run", "--diff"},
      description = "With --fix: print the fixes as a unified diff on stdout; write nothing.")
  boolean dryRun;

  /** Rejects combinations that make no sense, before any work. */
  void validate(ReportFormat format, Path output, Path createBaseline) {
    if (dryRun && !fix) {
      throw new ConfigException("--dry-run shows what --fix would change; give both");
    }
    if (fix && createBaseline != null) {
      throw new ConfigException("--fix cannot be combined with --create-baseline");
    }
    if (dryRun && format != ReportFormat.TEXT && output == null) {
      throw new ConfigException("--fix --dry-run prints a diff on stdout, where the " + format
          + " report would go too; write the report to a file with --output");
    }
  }

  /**
   * Applies (or, in a dry run, shows) the fixes of {@code gate}'s new findings; without {@code
   * --fix}, says on {@code err} how many of them have one.
   *
   * @return false when some file could not be fixed (each is reported on {@code err})
   */
  boolean apply(GateResult gate, AnalysisRequest request, PrintWriter out, PrintWriter err) {
    if (!fix) {
      long fixable = gate.fresh().stream().filter(f -> !f.autoFix().isEmpty()).count();
      if (fixable > 0) {
        err.println("sparklint: " + fixable + (fixable == 1 ? " finding has" : " findings have")
            + " an automatic fix: --fix applies, --fix --dry-run shows it (docs/fixes.md)");
      }
      return true;
    }
    return new FixWriter(request.baseDir(), request.inputs(), out, err, dryRun, request.encoding())
        .apply(gate.fresh()).failures() == 0;
  }
}
