package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.rules.RuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The causes table: its rows are sound, and look-alike text does not name a cause. */
class CauseTableTest {
  private static Evidence record(String text, String... frames) {
    return new Evidence("driver.log", 1, "Logger", text, List.of(frames));
  }

  @Test
  void everyRowNamesAnExistingRuleAndAUniqueId() {
    assertThat(CauseTable.rows()).extracting(Cause::id).doesNotHaveDuplicates();
    for (Cause cause : CauseTable.rows()) {
      cause.rule().ifPresent(rule -> assertThat(RuleRegistry.find(rule)).isPresent());
      assertThat(cause.conditions()).isNotEmpty();
    }
  }

  @Test
  void settingsAndAdviceThatMerelyMentionACauseAreNotEvidence() {
    assertThat(CauseTable.match(record("Setting spark.driver.maxResultSize to 1g"), null)).isEmpty();
    assertThat(CauseTable.match(record("Registering OutOfMemoryHandler"), null)).isEmpty();
    assertThat(CauseTable.match(record("Created broadcast 0 from broadcast at DAGScheduler.scala:1611"),
        null)).isEmpty();
    assertThat(CauseTable.match(record("Lost task 1.0 in stage 0.0: java.io.FileNotFoundException"),
        "collect at Job.java:3")).isEmpty();
  }

  @Test
  void anOutOfMemoryErrorIsNamedByWhatItInterrupted() {
    String oom = "java.lang.OutOfMemoryError: Java heap space";
    assertThat(CauseTable.match(record(oom, "org.apache.spark.broadcast.TorrentBroadcast.writeBlocks"
        + "(TorrentBroadcast.scala:160)"), null)).map(Cause::id).hasValue("broadcast-oom");
    assertThat(CauseTable.match(record(oom), "toLocalIterator at Job.java:9")).map(Cause::id)
        .hasValue("local-iterator-oom");
    assertThat(CauseTable.match(record(oom), "collect at Job.java:9")).map(Cause::id)
        .hasValue("out-of-memory");
    // a Python MemoryError is the Python worker's, not the JVM's
    assertThat(CauseTable.match(record("org.apache.spark.api.python.PythonException: Traceback"
        + " (most recent call last):\nMemoryError"), null)).map(Cause::id)
        .hasValue("python-memory-error");
    assertThat(CauseTable.match(record("MemoryError"), null)).isEmpty();
  }

  @Test
  void aTaskFailureIsNeverBlamedOnTheDriver() {
    Cause oom = CauseTable.rows().stream().filter(c -> c.id().equals("out-of-memory")).findFirst()
        .orElseThrow();
    Evidence inTask = record("Exception in task 1.0 in stage 0.0 (TID 1)\njava.lang.OutOfMemoryError");
    assertThat(Fault.of(oom, inTask, false)).isEqualTo(Fault.TASK);
    assertThat(Fault.of(oom, inTask, true)).isEqualTo(Fault.TASK_LOCAL);
    assertThat(Fault.of(oom, inTask, null)).isEqualTo(Fault.TASK_UNKNOWN);
    assertThat(Fault.TASK.inDriverJvm()).isFalse();
    Evidence inMain = record("Exception in thread \"main\" java.lang.OutOfMemoryError");
    assertThat(Fault.of(oom, inMain, false)).isEqualTo(Fault.DRIVER);
  }
}
