package io.github.sparklint.cli;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.triage.Triage;
import io.github.sparklint.triage.TriageFormat;
import io.github.sparklint.triage.TriageRequest;
import io.github.sparklint.triage.TriageResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sparklint triage LOG... [--source DIR...]}: from a failed Spark job's driver log or event
 * log back to the line of code, joined with the static analysis of {@code --source}.
 */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeOnInvalidInput = Main.EXIT_ERROR,
    exitCodeOnExecutionException = Main.EXIT_ERROR,
    description = "Reads Spark driver logs (spark-submit, YARN, Kubernetes, plain stack traces,"
        + " .gz) and event logs (plain, .lz4, .zstd, .snappy), names what killed the driver and"
        + " where, and points at the line of code and the sparklint rule that prevents it.",
    footer = {
        "",
        "Exit codes: 0 nothing driver-killing recognized, 1 a cause that killed the run found,"
            + " 2 usage error or a log that could not be read (named on stderr; the other logs"
            + " are still triaged)."
    })
final class TriageCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "LOG", arity = "1..*", description = "Driver logs and event logs.")
  private List<Path> logs = new ArrayList<>();

  @Option(names = "--source", paramLabel = "DIR", arity = "1..*",
      description = "Source roots: find the logged lines there and run the analysis on them.")
  private List<Path> sources = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  private TriageFormat format;

  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Reported source paths are relative to DIR (default: the current directory).")
  private Path baseDir;

  @Override
  public Integer call() {
    List<Path> roots = new ArrayList<>();
    for (Path source : sources) {
      if (!Files.isDirectory(source)) {
        throw new ConfigException("--source " + source + " is not a directory");
      }
      roots.add(source.toAbsolutePath().normalize());
    }
    Path base = baseDir.toAbsolutePath().normalize();
    TriageResult result = Triage.run(
        new TriageRequest(logs, roots, base, SparklintConfig.defaults()));
    spec.commandLine().getOut().print(format.render(result, base));
    if (format != TriageFormat.TEXT) {
      for (String error : result.readErrors()) {
        spec.commandLine().getErr().println("sparklint triage: " + error);
      }
    }
    return result.exitCode();
  }
}
