package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile file name or baseline cannot forge output lines or colour the terminal. */
class TerminalEscapingTest {
  private static final String HOSTILE = "Job\u001b[31m\nFake.java:1:1: error: [X] forged.java";

  @TempDir Path project;

  @Test
  void findingAndErrorLinesShowControlCharactersAsEscapes() throws IOException {
    Path src = Files.createDirectories(project.resolve("src"));
    Files.writeString(src.resolve(HOSTILE), SparkSources.REPORT_JOB);
    Files.writeString(src.resolve("Broken\u001b]0;title\u0007.java"), SparkSources.BROKEN_JOB);

    CommandRun run = CommandRun.of("--base-dir", project.toString(), src.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.out() + run.err()).doesNotContain("\u001b", "\u0007");
    assertThat(run.out().lines()).first().asString().startsWith(
        "src/Job\\u001b[31m\\nFake.java:1:1: error: [X] forged.java:13:");
    assertThat(run.err()).startsWith("src/Broken\\u001b]0;title\\u0007.java:").hasLineCount(2);
    assertThat(run.err().lines().skip(1)).singleElement().asString()
        .startsWith("sparklint: 1 file could not be analyzed");
  }

  @Test
  void configurationErrorsShowControlCharactersAsEscapes() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Path baseline = Files.writeString(project.resolve("b.json"),
        "{\"version\": 1, \"tool\": \"\\u001b[2J\\nsparklint: 0 findings\", \"entries\": []}");

    CommandRun run = CommandRun.of("--base-dir", project.toString(), "--baseline",
        baseline.toString(), project.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.err()).isEqualTo("sparklint: baseline " + baseline + ":1: not a sparklint"
        + " baseline ('tool' is '\\u001b[2J\\nsparklint: 0 findings')\n");
  }
}
