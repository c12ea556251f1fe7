package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs a failing job now, on the Spark of this build, and triages its fresh driver log and
 * compressed event log: the readers are proven against current Spark, not only stored files.
 */
class LiveRunTest {
  @TempDir Path dir;

  @Test
  void aJobOverMaxResultSizeIsTracedToItsCollect() throws Exception {
    SparkJobRun run = SparkJobRun.run("MaxResultSizeJob", "zstd", dir, 240);
    assertThat(run.exitCode()).isNotZero();
    assertThat(run.eventLog().getFileName().toString()).endsWith(".zstd");

    TriageResult result = StoredLogs.triage(List.of(run.driverLog(), run.eventLog()), true);

    assertThat(result.readErrors()).isEmpty();
    assertThat(result.exitCode()).isEqualTo(TriageResult.EXIT_CAUSE);
    for (TriageResult.LogResult log : result.logs()) {
      assertThat(log.triage().localMode()).isTrue();
      assertThat(log.culprits()).hasSize(1);
      Culprit culprit = log.culprits().get(0);
      assertThat(culprit.diagnosis().cause().id()).isEqualTo("max-result-size");
      assertThat(culprit.diagnosis().fault()).isEqualTo(Fault.DRIVER);
      assertThat(culprit.location()).hasValue("src/test/java/jobs/MaxResultSizeJob.java:16");
      assertThat(culprit.atLine()).extracting(Finding::ruleId).contains("SparkUnboundedCollect");
    }
  }
}
