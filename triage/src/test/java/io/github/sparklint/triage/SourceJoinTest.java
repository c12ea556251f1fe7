package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.SparklintConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding the logged file under {@code --source}: by the package path when a frame names the
 * class, reported as ambiguous (never guessed) when only a file name is logged and several fit.
 */
class SourceJoinTest {
  @TempDir Path sources;

  /** Two copies of a job's file, in package {@code jobs} and in another package. */
  private void twoCopies(String job) throws IOException {
    String text = Files.readString(StoredLogs.JOBS.resolve(job));
    Files.writeString(Files.createDirectories(sources.resolve("jobs")).resolve(job), text);
    Files.writeString(Files.createDirectories(sources.resolve("old/jobs")).resolve(job),
        text.replace("package jobs;", "package old.jobs;"));
    Files.copy(StoredLogs.JOBS.resolve("JobSession.java"), sources.resolve("jobs/JobSession.java"));
  }

  private Culprit triage(String name) {
    return StoredLogs.only(Triage.run(new TriageRequest(List.of(StoredLogs.driverLog(name)),
        List.of(sources), sources, SparklintConfig.defaults())));
  }

  @Test
  void aFrameFindsItsFileByThePackage() throws IOException {
    twoCopies("NestedRddJob.java");
    Culprit culprit = triage("nested-rdd");
    assertThat(culprit.ambiguous()).isEmpty();
    assertThat(culprit.file()).hasValue("jobs/NestedRddJob.java");
    assertThat(culprit.atLine()).isNotEmpty();
  }

  @Test
  void aJobCallSiteNamingOnlyAFileThatFitsTwiceIsAmbiguous() throws IOException {
    twoCopies("MaxResultSizeJob.java");
    Culprit culprit = triage("max-result-size");
    assertThat(culprit.file()).isEmpty();
    assertThat(culprit.ambiguous()).containsExactlyInAnyOrder(
        "jobs/MaxResultSizeJob.java", "old/jobs/MaxResultSizeJob.java");
    assertThat(culprit.atLine()).isEmpty();
    assertThat(TriageText.render(new TriageResult(List.of(new TriageResult.LogResult(
        new LogTriage("driver.log", false, true, List.of(culprit.diagnosis()), new RunMetrics()),
        List.of(culprit))), List.of(), List.of()))).contains("ambiguous, it may be any of");
  }

  @Test
  void aFileMissingFromTheSourcesIsSaidToBe() throws IOException {
    Files.writeString(sources.resolve("Other.java"), "class Other {}");
    Culprit culprit = triage("max-result-size");
    assertThat(culprit.file()).isEmpty();
    assertThat(culprit.ambiguous()).isEmpty();
    assertThat(culprit.location()).hasValue("MaxResultSizeJob.java:16");
  }
}
