package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --cache DIR}, {@code --threads N} and {@code --file-timeout SECONDS}: same report, entries
 * stored; 0 threads means one per processor; bad values exit 2.
 */
class CacheAndThreadsOptionsTest {
  @TempDir Path project;

  @Test
  void aCachedRunPrintsTheSameReportAndStoresEntries() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    String cache = project.resolve("cache").toString();
    String[] args = {"--base-dir", project.toString(), "--cache", cache, "--threads", "2",
        project.resolve("src").toString()};

    CommandRun cold = CommandRun.of(args);
    CommandRun warm = CommandRun.of(args);

    assertThat(cold.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(warm).isEqualTo(cold);
    try (Stream<Path> entries = Files.walk(Path.of(cache))) {
      assertThat(entries.filter(p -> p.toString().endsWith(".json"))).hasSize(1);
    }
  }

  @Test
  void zeroThreadsMeansOnePerProcessorAsInTheMavenGoal() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    String src = project.resolve("src").toString();

    CommandRun zero = CommandRun.of("--base-dir", project.toString(), "--threads", "0", src);

    assertThat(zero).isEqualTo(CommandRun.of("--base-dir", project.toString(), src));
    assertThat(zero.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
  }

  @Test
  void negativeThreadsIsAConfigurationErrorNamingTheOption() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);

    CommandRun run = CommandRun.of("--threads", "-5", project.resolve("src").toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.err()).isEqualTo("sparklint: --threads has value -5; expected 0 (one thread per"
        + " processor) or a positive number of threads\n");
  }

  @Test
  void fileTimeoutMustBeWholeSecondsInRangeAndTheFlagWinsOverTheFile() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    String src = project.resolve("src").toString();

    CommandRun zero = CommandRun.of("--file-timeout", "0", src);
    assertThat(zero.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(zero.err()).contains(
        "--file-timeout has value '0'; expected a whole number of seconds from 1 to 3600");

    Files.writeString(project.resolve("sparklint.yaml"), "fileTimeout: 1.5\n");
    CommandRun fromFile = CommandRun.of("--base-dir", project.toString(), src);
    assertThat(fromFile.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(fromFile.err()).contains("sparklint.yaml:1: fileTimeout has value '1.5'");

    Files.writeString(project.resolve("sparklint.yaml"), "fileTimeout: 5\n");
    assertThat(CommandRun.of("--base-dir", project.toString(), "--file-timeout", "60", src)
        .exitCode()).isEqualTo(Main.EXIT_FINDINGS);
  }
}
