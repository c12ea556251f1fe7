package io.github.sparklint.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every stored real log, triaged with the jobs' sources: the right cause, where it happened, the
 * right line, and the finding there (or the cause rule's finding nearby).
 */
class StoredLogsTest {
  private static Map<Path, TriageResult.LogResult> results;

  @BeforeAll
  static void triageAll() {
    List<Path> logs = new ArrayList<>();
    for (String name : List.of("collect", "max-result-size", "broadcast-hint", "local-iterator",
        "nested-rdd", "large-closure", "collection-accumulator", "many-partitions",
        "not-serializable", "cache-in-loop")) {
      logs.add(StoredLogs.driverLog(name));
      logs.add(StoredLogs.eventLog(name));
    }
    TriageResult result = StoredLogs.triage(logs, true);
    assertThat(result.readErrors()).isEmpty();
    results = result.logs().stream()
        .collect(Collectors.toMap(l -> Path.of(l.triage().log()), Function.identity()));
  }

  /**
   * One row per real log that shows a cause. {@code onLine}: the rule of a finding on the logged
   * line; {@code nearby}: the rule of the cause's finding elsewhere in the file (or the sources);
   * {@code -} for none.
   */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(nullValues = "-", value = {
      "collect, driver, result-collection-oom, DRIVER, CollectJob.java, 14, SparkUnboundedCollect, -",
      "max-result-size, driver, max-result-size, DRIVER, MaxResultSizeJob.java, 16, SparkUnboundedCollect, -",
      "max-result-size, event, max-result-size, DRIVER, MaxResultSizeJob.java, 16, SparkUnboundedCollect, -",
      "broadcast-hint, driver, broadcast-job-oom, TASK_LOCAL, -, 0, -, SparkBroadcastLargeSource",
      "broadcast-hint, event, broadcast-job-oom, TASK_LOCAL, BroadcastHintJob.java, 17, SparkBroadcastLargeSource, -",
      "local-iterator, driver, local-iterator-oom, TASK_LOCAL, LocalIteratorJob.java, 18, -, SparkLocalIteratorAccumulation",
      "local-iterator, event, local-iterator-oom, TASK_LOCAL, LocalIteratorJob.java, 18, -, SparkLocalIteratorAccumulation",
      "nested-rdd, driver, nested-distributed-use, TASK_LOCAL, NestedRddJob.java, 16, SparkNestedDistributedOperation, -",
      "nested-rdd, event, nested-distributed-use, TASK_LOCAL, NestedRddJob.java, 16, SparkNestedDistributedOperation, -",
      "large-closure, driver, large-task-binary, DRIVER, LargeClosureJob.java, 21, SparkLargeClosureCapture, -",
      "collection-accumulator, driver, result-collection-oom|out-of-memory, TASK_LOCAL, AccumulatorJob.java, 14, -, SparkCollectionAccumulator",
      "many-partitions, driver, scheduling-oom, DRIVER, ManyPartitionsJob.java, 14, SparkExcessivePartitions, -",
      "not-serializable, driver, task-not-serializable, DRIVER, NotSerializableJob.java, 16, -, -",
      "cache-in-loop, driver, cache-memory-full, TASK_LOCAL, CacheInLoopJob.java, 17, -, SparkCacheInLoop"})
  void namesTheCauseAndTheLine(String name, String kind, String cause, Fault fault, String file,
      int line, String onLine, String nearby) {
    Path log = kind.equals("driver") ? StoredLogs.driverLog(name) : StoredLogs.eventLog(name);
    TriageResult.LogResult result = results.get(log);
    assertThat(result.triage().localMode()).isTrue();
    // A run that dies of memory can fail in more than one place; the causes are listed in order.
    assertThat(result.culprits()).extracting(c -> c.diagnosis().cause().id())
        .containsExactly(cause.split("\\|"));
    Culprit culprit = result.culprits().get(0);
    assertThat(culprit.diagnosis().fault()).isEqualTo(fault);
    if (file == null) {
      assertThat(culprit.diagnosis().site()).isEmpty();
    } else {
      assertThat(culprit.file()).hasValue("src/test/java/jobs/" + file);
      assertThat(culprit.diagnosis().site().orElseThrow().line()).isEqualTo(line);
    }
    assertThat(culprit.atLine()).extracting(Finding::ruleId).containsAnyElementsOf(
        onLine == null ? List.of() : List.of(onLine));
    if (onLine == null) {
      assertThat(culprit.atLine()).isEmpty();
    }
    if (nearby != null) {
      assertThat(result.culprits()).flatExtracting(Culprit::candidates)
          .extracting(Finding::ruleId).contains(nearby);
    }
  }

  @Test
  void eventLogsOfRunsKilledByAnOutOfMemoryErrorShowNoCauseButTheResultBytes() {
    // The JVM died before the failure events were written; the numbers still show the risk.
    TriageResult.LogResult collect = results.get(StoredLogs.eventLog("collect"));
    assertThat(collect.culprits()).isEmpty();
    RunMetrics.Job job = collect.triage().metrics().topJobsByResult(1).get(0);
    assertThat(job.site).isEqualTo("collectAsList at CollectJob.java:14");
    assertThat(job.totalResult).isGreaterThan(100L << 20);
    assertThat(job.maxTaskResult).isPositive().isLessThan(job.totalResult);
    assertThat(results.get(StoredLogs.eventLog("many-partitions")).culprits()).isEmpty();
    // the closure is refused on the driver before any job starts: nothing reaches the event log
    assertThat(results.get(StoredLogs.eventLog("not-serializable")).culprits()).isEmpty();
  }

  @Test
  void aBroadcastStartedOnABackgroundThreadIsTracedToItsQueryInTheEventLog() {
    RunMetrics.Job job = results.get(StoredLogs.eventLog("broadcast-hint")).triage().metrics()
        .topJobsByResult(1).get(0);
    assertThat(job.site).isEqualTo("count at BroadcastHintJob.java:17");
  }

  @Test
  void rddsPersistedAndNeverUnpersistedAreCountedWithTheirCallSites() {
    RunMetrics metrics = results.get(StoredLogs.eventLog("cache-in-loop")).triage().metrics();
    assertThat(metrics.cachedCount()).isEqualTo(5);
    RunMetrics.CachedRdd largest = metrics.topCached(1).get(0);
    assertThat(largest.site()).isEqualTo("union at CacheInLoopJob.java:16");
    assertThat(largest.partitions()).isEqualTo(24);
    assertThat(results.get(StoredLogs.eventLog("collect")).triage().metrics().cachedCount()).isZero();
  }

  @Test
  void stagesAreCountedWithTheirCallSites() {
    RunMetrics.Stage stage = results.get(StoredLogs.eventLog("collect")).triage().metrics()
        .topStagesByTasks(1).get(0);
    assertThat(stage.tasks()).isEqualTo(100);
    assertThat(stage.site()).isEqualTo("collectAsList at CollectJob.java:14");
  }

  @Test
  void warningsAloneDoNotFailTheRunButAnyFatalCauseDoes() {
    assertThat(StoredLogs.triage(List.of(StoredLogs.driverLog("large-closure")), false).exitCode())
        .isEqualTo(TriageResult.EXIT_NOTHING);
    assertThat(StoredLogs.triage(List.of(StoredLogs.eventLog("collect")), false).exitCode())
        .isEqualTo(TriageResult.EXIT_NOTHING);
    assertThat(StoredLogs.triage(List.of(StoredLogs.driverLog("nested-rdd")), false).exitCode())
        .isEqualTo(TriageResult.EXIT_CAUSE);
  }
}
