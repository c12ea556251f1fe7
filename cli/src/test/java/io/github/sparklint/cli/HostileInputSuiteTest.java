package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input suite (issue 10): about a hundred malformed, pathological and adversarial
 * inputs, all generated here ({@link HostileSources}, {@link HostileFiles}, {@link
 * HostileGateFiles}), each in its own project beside a normal "canary" Spark job, run through the
 * CLI in-process and, for files, through the core {@code Analyzer} ({@link HostileRun}). For every
 * input: no crash, each run ends within {@link HostileRun#LIMIT}, the canary's finding is reported
 * (unless the input is a bad configuration or baseline, which must be a configuration error naming
 * file and field, exit 2), the input gets the outcome it expects (a clear error naming it, or its
 * own finding), and the tree holds no lost, changed or unexpected file afterwards. The counts are
 * written to {@code target/hostile-inputs-summary.txt} (quoted in docs/reliability.md).
 */
class HostileInputSuiteTest {
  private static final Path SUMMARY = Path.of("target", "hostile-inputs-summary.txt");

  @TempDir Path root;

  @Test
  void noInputCrashesHangsLosesAFileOrHidesTheCanary() throws Exception {
    List<HostileInput> inputs = new ArrayList<>(HostileSources.all());
    inputs.addAll(HostileFiles.all());
    inputs.addAll(HostileGateFiles.all());
    CommandRun.of("--version"); // load the command's classes outside the first input's time
    HostileTally tally = new HostileTally();
    HostileRun run = new HostileRun(root, tally);

    for (int i = 0; i < inputs.size(); i++) {
      run.check(inputs.get(i), "p" + i);
    }
    String summary = tally.write(SUMMARY);

    assertThat(tally.tried() + tally.skipped.size()).isEqualTo(inputs.size());
    assertThat(tally.tried()).as(summary).isGreaterThanOrEqualTo(inputs.size() - 8);
    assertThat(tally.crashes).as(summary).isZero();
    assertThat(tally.hangs).as(summary).isZero();
    assertThat(tally.filesLost).as(summary).isZero();
    assertThat(tally.writtenOutside).as(summary).isZero();
    assertThat(tally.canariesMissed).as(summary).isZero();
    assertThat(tally.unexpected).as(summary).isEmpty();
  }
}
