package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.report.ProgressText;
import io.github.sparklint.core.report.ReportFormat;
import io.github.sparklint.core.report.RuleDocs;
import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.run.RunSettings;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar sparklint-cli.jar [options] PATH...}: turns arguments into a configuration and
 * request, runs the core analyzer, prints the report and maps the outcome to an exit code.
 */
@Command(
    name = "sparklint",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    sortOptions = false,
    exitCodeOnInvalidInput = Main.EXIT_ERROR,
    exitCodeOnExecutionException = Main.EXIT_ERROR,
    subcommands = {TriageCommand.class, LspCommand.class},
    description = "Finds Apache Spark code that can kill the driver. Directories are walked for"
        + " .java, spark-defaults.conf and .properties files; sparklint.yaml in --base-dir is"
        + " read too (see --config).",
    footer = {
        "",
        "Output: findings and a summary go to stdout; file errors (parse failures) go to stderr.",
        "With --format sarif|json|codequality and no --output, stdout holds only the document and"
            + " the summary goes to stderr. With --output, the report goes to FILE and stdout gets"
            + " the text view.",
        "Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage, configuration or"
            + " internal error. Files that could not be analyzed are listed on stderr and give exit"
            + " code 1 unless --fail-on-unanalyzed=false."
    })
public final class Main implements Callable<Integer> {
  /** No finding at or above the fail level. */
  public static final int EXIT_OK = 0;
  /** A finding at or above the fail level, or a file that could not be analyzed (by default). */
  public static final int EXIT_FINDINGS = 1;
  /** Bad usage, bad configuration, unwritable output or an internal error. */
  public static final int EXIT_ERROR = 2;

  /** The command that shows a rule's page, as console findings hint at it. */
  static final String EXPLAIN = "sparklint --explain %s";

  @Spec private CommandSpec spec;

  private final Terminal terminal;
  /** True when this is the CLI's own JVM ({@link #main}), whose compilers a run may set. */
  private final boolean ownJvm;

  @Option(names = "--format", defaultValue = "text",
      paramLabel = "text|sarif|json|checkstyle|html|codequality",
      description = "Report format (default: ${DEFAULT-VALUE}); codequality is GitLab's Code"
          + " Quality JSON.")
  private ReportFormat format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (parent directories are created).")
  private Path output;

  @Option(names = "--classpath", paramLabel = "CP",
      description = "Jars for the symbol solver, separated by the platform path separator.")
  private String classpath;

  @Option(names = "--symbol-solver",
      description = "Deep mode: resolve types with JavaParser's symbol solver over the --classpath "
          + "jars before the built-in resolution (several times slower).")
  private boolean symbolSolver;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Cache per-file results in DIR/sparklint-cache: unchanged files are not"
          + " analyzed again (keyed by file content, configuration and sparklint version; off by"
          + " default). Only sparklint's own entries there are ever deleted.")
  private Path cache;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analyze N files at once; 0 (the default) means one per processor.")
  private Integer threads;

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "The Java sources' character encoding, as javac's -encoding (default: UTF-8);"
          + " --fix writes fixed files back in it.")
  private String encoding;

  @Option(names = "--file-timeout", paramLabel = "SECONDS",
      description = "Report and skip a file whose analysis takes longer than this (default: 30,"
          + " or fileTimeout: in sparklint.yaml).")
  private String fileTimeout;

  @Option(names = "--base-dir", paramLabel = "DIR", defaultValue = ".",
      description = "Reported paths are relative to DIR (default: the current directory).")
  private Path baseDir;

  @Option(names = "--option", paramLabel = "RuleId:key=value",
      description = "Set a rule option (the keys of Error Prone's -XepOpt). Repeatable.")
  private List<String> options = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RuleId", description = "Switch a rule off. Repeatable.")
  private List<String> disabled = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "RuleId=level",
      description = "Override a rule's severity: error, warning or note. Repeatable.")
  private List<String> severities = new ArrayList<>();

  @Option(names = "--fail-on", paramLabel = "error|warning|note",
      description = "Exit 1 when a finding is at least this severe (default: warning, or failOn:"
          + " in sparklint.yaml).")
  private String failOn;

  @Option(names = "--confidence", paramLabel = "high|medium|low",
      description = "Show findings at least this confident (default: medium, or confidence: in"
          + " sparklint.yaml); low also shows the rows of parameters no analyzed call shows.")
  private String confidence;

  @Option(names = "--explain", paramLabel = "RuleId",
      description = "Print the rule's page (the problem, bad, better, options, suppression), then"
          + " exit.")
  private String explain;

  @Option(names = "--docs-url", paramLabel = "URL",
      description = "Where the rule pages are published: SARIF rules then carry a helpUri (the"
          + " help text is always in the file).")
  private String docsUrl;

  @Option(names = {"-q", "--quiet"},
      description = "No progress on stderr.")
  private boolean quiet;

  @Option(names = "--list-rules",
      description = "List every rule with its default severity, summary and options, then exit.")
  private boolean listRules;

  @Mixin private GateOptions gate = new GateOptions();

  @Mixin private FixOptions fixes = new FixOptions();

  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Java files or directories.")
  private List<Path> paths = new ArrayList<>();

  private Main(Terminal terminal, boolean ownJvm) {
    this.terminal = terminal;
    this.ownJvm = ownJvm;
  }

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
    int code = execute(args, out, err, Terminal.detect(), true);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs the command with the given streams, as in a pipe (no colours, no live progress), and
   * returns the exit code (used by tests).
   */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    return execute(args, out, err, Terminal.NONE, false);
  }

  /**
   * Runs the command with the given streams on {@code terminal} and returns the exit code; {@code
   * ownJvm} when the JVM is the CLI's alone ({@link QuickCompiler}).
   */
  static int execute(String[] args, PrintWriter out, PrintWriter err, Terminal terminal,
      boolean ownJvm) {
    CommandLine command = new CommandLine(new Main(terminal, ownJvm))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(Main::onFailure);
    int code;
    try {
      code = command.execute(args);
    } catch (Error e) {
      err.println("sparklint: internal error: " + e);
      e.printStackTrace(err);
      code = EXIT_ERROR;
    }
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (listRules) {
      out.print(RuleListing.render());
      return EXIT_OK;
    }
    if (explain != null) {
      out.print(RuleDocs.explain(explain.trim()));
      return EXIT_OK;
    }
    if (paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
    }
    gate.validate();
    fixes.validate(format, output, gate.createBaseline);
    AnalysisRequest request = CliArguments.tuning(
        CliArguments.request(paths, baseDir, classpath, symbolSolver), cache, threads, encoding);
    if (ownJvm) {
      QuickCompiler.start(request.threads());
    }
    ProjectConfig project = gate.projectConfig(request.baseDir());
    RunSettings settings = gate.settings(CliArguments.settings(options, disabled, severities)
        .failOn(failOn).fileTimeout(fileTimeout).confidence(confidence));
    SparklintConfig config = settings.config(project);
    Severity failLevel = settings.failLevel(project);
    Gate prGate = settings.gate(request.baseDir(), project, request.inputs());
    ProgressText progress = terminal.progress(spec.commandLine().getErr(), quiet);
    GateResult result = prGate.apply(new Analyzer(config).analyze(
        settings.request(request, project).withProgress(progress)));
    progress.finish();
    if (gate.writeBaselines(result, out)) {
      return EXIT_OK;
    }
    new ReportPrinter(out, spec.commandLine().getErr(), terminal.style(EXPLAIN))
        .print(result, format, output, request.baseDir(), docsUrl);
    if (!fixes.apply(result, request, out, spec.commandLine().getErr())) {
      return EXIT_ERROR;
    }
    if (result.failsOnUnanalyzed()) {
      spec.commandLine().getErr().println(
          result.unanalyzedFailure("--fail-on-unanalyzed=false lets such files pass"));
      return EXIT_FINDINGS;
    }
    return result.exceeds(failLevel, settings.maxAllowedViolations(project))
        ? EXIT_FINDINGS : EXIT_OK;
  }

  private static int onFailure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
    PrintWriter err = command.getErr();
    if (e instanceof ConfigException) {
      err.println("sparklint: " + TextReport.escape(e.getMessage()));
    } else if (e instanceof IOException) {
      err.println("sparklint: cannot write report: " + TextReport.escape(e.toString()));
    } else {
      err.println("sparklint: internal error: " + TextReport.escape(e.toString()));
      e.printStackTrace(err);
    }
    return EXIT_ERROR;
  }

  /** {@code --version}: the core's build version. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {Sparklint.NAME + " " + Sparklint.version()};
    }
  }
}
