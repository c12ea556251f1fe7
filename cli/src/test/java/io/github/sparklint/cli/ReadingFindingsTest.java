package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person reads: {@code --explain} prints a rule's page from the jar, colours only on a
 * terminal without {@code NO_COLOR}, {@code --quiet} keeps stderr free of progress, and SARIF
 * names a docs address only when one is given.
 */
class ReadingFindingsTest {
  @TempDir Path project;

  @BeforeEach
  void writeJob() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
  }

  @Test
  void explainPrintsTheRulePageFromTheJar() {
    CommandRun run = CommandRun.of("--explain", "SparkLargeTake");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(run.out()).startsWith("# SparkLargeTake\n")
        .contains("## The problem", "## Better", "**Fix in one line:** ", "## Suppression");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void explainingAnUnknownRuleIsAUsageErrorThatSuggestsTheClosest() {
    CommandRun run = CommandRun.of("--explain", "SparkLargTake");

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith(
        "sparklint: unknown rule 'SparkLargTake'; did you mean SparkLargeTake? Known rules: ");
  }

  @Test
  void aTerminalGetsColoursUnlessNoColorIsSetAndAPipeNever() {
    String onTerminal = run(new Terminal(true, Map.of()));
    String noColor = run(new Terminal(true, Map.of("NO_COLOR", "1")));
    String piped = run(Terminal.NONE);

    assertThat(onTerminal).contains("\u001b[33mwarning:\u001b[0m");
    assertThat(noColor).doesNotContain("\u001b").isEqualTo(piped);
    assertThat(onTerminal.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(piped);
  }

  @Test
  void aTerminalGetsALiveProgressLineOnStderrUnlessQuiet() throws InterruptedException {
    StringWriter live = new StringWriter();
    StringWriter quiet = new StringWriter();
    Terminal terminal = new Terminal(true, Map.of());
    for (boolean silent : new boolean[] {false, true}) {
      var progress = terminal.progress(new PrintWriter(silent ? quiet : live), silent);
      progress.filesDone(0, 10);
      Thread.sleep(250);
      progress.filesDone(5, 10);
      progress.finish();
    }

    assertThat(live.toString()).startsWith("\rsparklint: 5/10 files (").endsWith(" files/s)\n");
    assertThat(quiet.toString()).isEmpty();
  }

  @Test
  void sarifNamesTheRulePagesAddressOnlyWhenGiven() throws IOException {
    Path plain = project.resolve("plain.sarif");
    Path linked = project.resolve("linked.sarif");
    CommandRun.of("--format", "sarif", "--output", plain.toString(), "--base-dir",
        project.toString(), project.resolve("src").toString());
    CommandRun.of("--format", "sarif", "--output", linked.toString(), "--docs-url",
        "https://sparklint.example/rules/", "--base-dir", project.toString(),
        project.resolve("src").toString());

    assertThat(Files.readString(plain)).doesNotContain("helpUri").contains("\"markdown\": \"# ");
    assertThat(Files.readString(linked))
        .contains("\"helpUri\": \"https://sparklint.example/rules/SparkLargeTake.md\"");
  }

  private String run(Terminal terminal) {
    StringWriter out = new StringWriter();
    Main.execute(new String[] {"--base-dir", project.toString(), project.resolve("src").toString()},
        new PrintWriter(out), new PrintWriter(new StringWriter()), terminal, false);
    return out.toString();
  }
}
