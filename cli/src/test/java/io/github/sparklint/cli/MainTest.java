package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.report.ReportFormat;
import io.github.sparklint.core.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import io.github.sparklint.core.report.ConsoleStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command in-process: outputs, options and exit codes (reports are in ReportFormatsTest). */
class MainTest {
  @TempDir Path project;
  private String src;
  private String base;

  @BeforeEach
  void writeProject() {
    src = project.resolve("src").toString();
    base = project.toString();
  }

  @Test
  void cleanCodeExitsZeroWithSummaryOnly() throws IOException {
    SparkSources.write(project, "CleanJob.java", SparkSources.CLEAN_JOB);
    CommandRun run = CommandRun.of("--base-dir", base, src);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(
        "sparklint: 0 findings in 1 file analyzed (0 without Spark skipped)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void findingsArePrintedRelativeToBaseDirAndExitOne() throws IOException {
    SparkSources.write(project, "CleanJob.java", SparkSources.CLEAN_JOB);
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Files.writeString(project.resolve("src/main/java/jobs/notes.txt"), "collect() everything");
    CommandRun run = CommandRun.of("--base-dir", base, src);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.out().lines().filter(line -> !line.startsWith(" "))).containsExactly(
        "src/main/java/jobs/ReportJob.java:13:25: warning: [SparkUnboundedCollect] `collectAsList()` copies",
        "src/main/java/jobs/ReportJob.java:14:27: warning: [SparkLargeTake] `take(1000000)` copies up to",
        "sparklint: 2 findings in 2 files analyzed (0 without Spark skipped)");
    assertThat(run.out())
        .contains("\n    fix: Keep the work on the cluster and write the result out")
        .contains("\n    rule page: sparklint --explain SparkUnboundedCollect\n")
        .contains("\n    rule page: sparklint --explain SparkLargeTake\n")
        .endsWith("\n  SparkLargeTake         warning     1"
            + "\n  SparkUnboundedCollect  warning     1\n");
    assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length())
        .isLessThanOrEqualTo(ConsoleStyle.DEFAULT_WIDTH));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void baseDirDecidesTheReportedPath() throws IOException {
    Path job = SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    CommandRun run = CommandRun.of("--base-dir", project.resolve("src/main/java").toString(),
        job.toString());
    assertThat(run.out()).startsWith("jobs/ReportJob.java:13:25: warning: ");
  }

  @Test
  void failOnDecidesWhichSeverityFails() throws IOException {
    assertThat(runOnReportJob("--fail-on", "error").exitCode()).isZero();
    assertThat(runOnReportJob("--fail-on", "note").exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    CommandRun raised = runOnReportJob("--fail-on", "error", "--severity", "SparkLargeTake=error");
    assertThat(raised.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(raised.out()).contains(":14:27: error: [SparkLargeTake]");
  }

  @Test
  void severityLoweredBelowFailLevelPasses() throws IOException {
    CommandRun run = runOnReportJob(
        "--severity", "SparkLargeTake=note", "--severity", "SparkUnboundedCollect=note");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains(": note: [SparkLargeTake]", ": note: [SparkUnboundedCollect]");
  }

  @Test
  void disableAndOptionChangeWhatIsFound() throws IOException {
    CommandRun raised = runOnReportJob(
        "--disable", "SparkUnboundedCollect", "--option", "SparkLargeTake:maxRows=2_000_000");
    assertThat(raised.exitCode()).isZero();
    assertThat(raised.out()).startsWith("sparklint: 0 findings in 1 file analyzed");
    CommandRun lowered = runOnReportJob(
        "--disable", "SparkUnboundedCollect", "--option", "SparkLargeTake:maxRows=100");
    assertThat(lowered.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(lowered.out()).contains("[SparkLargeTake]").doesNotContain("[SparkUnboundedCollect]");
  }

  @Test
  void unparsableFileIsListedOnStderrAndFailsTheRunUnlessAllowed() throws IOException {
    SparkSources.write(project, "CleanJob.java", SparkSources.CLEAN_JOB);
    SparkSources.write(project, "BrokenJob.java", SparkSources.BROKEN_JOB);
    CommandRun failing = CommandRun.of("--base-dir", base, src);
    assertThat(failing.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(failing.err()).startsWith("src/main/java/jobs/BrokenJob.java:5:")
        .contains(": error: syntax error: ")
        .contains("sparklint: 1 file could not be analyzed, which fails the check (its findings "
            + "are unknown); --fail-on-unanalyzed=false lets such files pass");
    assertThat(failing.out()).endsWith("(0 without Spark skipped), 1 file could not be analyzed\n");

    CommandRun allowed = CommandRun.of("--base-dir", base, "--fail-on-unanalyzed=false", src);
    assertThat(allowed.exitCode()).isZero();
    assertThat(allowed.err()).startsWith("src/main/java/jobs/BrokenJob.java:5:")
        .doesNotContain("fails the check");

    Files.writeString(project.resolve("sparklint.yaml"), "failOnUnanalyzed: false\n");
    assertThat(CommandRun.of("--base-dir", base, src).exitCode()).isZero();
    assertThat(CommandRun.of("--base-dir", base, "--fail-on-unanalyzed", src).exitCode())
        .isEqualTo(Main.EXIT_FINDINGS);

    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    assertThat(CommandRun.of("--base-dir", base, src).exitCode()).isEqualTo(Main.EXIT_FINDINGS);
  }

  @Test
  void badOptionValuePrintsTheConfigurationMessageAndExitsTwo() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    CommandRun run = CommandRun.of("--option", "SparkLargeTake:maxRows=lots", src);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("sparklint: option SparkLargeTake:maxRows has value 'lots';"
        + " expected a whole number from 1 to " + Long.MAX_VALUE + "\n");
  }

  @Test
  void everyBadConfigurationValueExitsTwoNamingIt() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    assertConfigError(List.of("--disable", "NoSuchRule", src), "unknown rule 'NoSuchRule'");
    assertConfigError(List.of("--option", "SparkLargeTake:maxRows", src),
        "--option 'SparkLargeTake:maxRows' must have the form <RuleId>:<option>=<value>");
    assertConfigError(List.of("--option", "SparkLargeTake:rows=5", src),
        "rule SparkLargeTake has no option 'rows'");
    assertConfigError(List.of("--severity", "SparkLargeTake=fatal", src),
        "severity 'fatal' is not one of error, warning, note");
    assertConfigError(List.of("--fail-on", "sometimes", src),
        "--fail-on: severity 'sometimes' is not one of error, warning, note");
    assertConfigError(List.of(project.resolve("nope").toString()), "does not exist");
    assertConfigError(List.of("--base-dir", project.resolve("nope").toString(), src),
        "is not a directory");
  }

  @Test
  void usageErrorsPrintUsageAndExitTwo() {
    List<List<String>> usages = List.of(List.of("--bogus", src), List.of(), List.of("--format", "xml", src));
    for (List<String> args : usages) {
      CommandRun run = CommandRun.of(args.toArray(String[]::new));
      assertThat(run.exitCode()).as("%s", args).isEqualTo(Main.EXIT_ERROR);
      assertThat(run.err()).as("%s", args).contains("Usage: sparklint");
      assertThat(run.out()).as("%s", args).isEmpty();
    }
    assertThat(CommandRun.of("--bogus", src).err()).startsWith("Unknown option: '--bogus'");
    assertThat(CommandRun.of().err()).startsWith("Missing required parameter: 'PATH'");
  }

  @Test
  void listRulesShowsEveryRuleWithSeveritySummaryAndOptions() {
    CommandRun run = CommandRun.of("--list-rules");
    assertThat(run.exitCode()).isZero();
    for (var rule : RuleRegistry.all()) {
      assertThat(run.out()).contains(rule.id() + " (" + rule.descriptor().defaultSeverity().label()
          + ")\n  " + rule.descriptor().summary() + "\n");
    }
    assertThat(run.out()).contains("  --option SparkLargeTake:maxRows=100000  largest constant row"
        + " count a take-like action may bring to the driver (a whole number from 1 to ");
  }

  @Test
  void versionAndHelpExitZero() {
    CommandRun version = CommandRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).isEqualTo("sparklint " + Sparklint.version() + "\n");
    CommandRun help = CommandRun.of("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("--format=text|sarif|json", "--fail-on", "Exit codes: 0");
    assertThat(help.out()).as("--help names every report format").contains(
        "--format=" + Arrays.stream(ReportFormat.values()).map(ReportFormat::toString)
            .collect(Collectors.joining("|")));
    assertThat(help.out().replaceAll("\\s+", " ")).as("wrapped lines joined").contains(
        "spark-defaults.conf and .properties files; sparklint.yaml in --base-dir is read too");
  }

  @Test
  void outputFileGetsTheReportStdoutTheTextViewAndNothingElseIsWritten() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    List<Path> before = listAll(project);
    Path report = project.resolve("build/reports/sparklint.json");
    CommandRun run = CommandRun.of("--base-dir", base, "--format", "json", "--output",
        report.toString(), src);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.out()).contains("ReportJob.java:13:25: warning: [SparkUnboundedCollect]")
        .endsWith("sparklint: json report written to " + report + "\n");
    assertThat(Files.readString(report)).startsWith("{").contains("\"ruleId\": \"SparkLargeTake\"");
    List<Path> after = listAll(project);
    assertThat(after).containsAll(before);
    assertThat(after.stream().filter(p -> !before.contains(p)))
        .containsExactlyInAnyOrder(project.resolve("build"), project.resolve("build/reports"), report);
  }

  @Test
  void unwritableOutputExitsTwo() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Path file = Files.writeString(project.resolve("taken"), "a file, not a directory");
    CommandRun run = CommandRun.of("--base-dir", base, "--output",
        file.resolve("report.txt").toString(), src);
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.err()).startsWith("sparklint: cannot write report: ");
  }

  /** Runs on a project holding ReportJob with {@code --base-dir} and {@code options}. */
  private CommandRun runOnReportJob(String... options) throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    List<String> args = new ArrayList<>(List.of("--base-dir", base));
    args.addAll(List.of(options));
    args.add(src);
    return CommandRun.of(args.toArray(String[]::new));
  }

  private static void assertConfigError(List<String> args, String message) {
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as("%s", args).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.err()).as("%s", args).startsWith("sparklint: ").contains(message)
        .doesNotContain("Usage:");
    assertThat(run.out()).as("%s", args).isEmpty();
  }

  private static List<Path> listAll(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.toList();
    }
  }
}
