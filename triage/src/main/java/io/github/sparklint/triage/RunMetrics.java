package io.github.sparklint.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers of an event log that show a driver at risk before it dies: result bytes each job
 * sent to the driver (largest task, total), tasks per stage, RDDs persisted and not unpersisted
 * (the driver tracks every one of their blocks), each with its call site.
 * Bounded: at most {@value #MAX_ENTRIES} jobs, stages and cached RDDs are kept.
 */
final class RunMetrics {
  static final int MAX_ENTRIES = 10_000;

  /** One job: its call site and the result bytes its tasks sent to the driver. */
  static final class Job {
    final int id;
    final String site;
    long maxTaskResult;
    long totalResult;
    int tasks;

    Job(int id, String site) {
      this.id = id;
      this.site = site;
    }
  }

  /** A stage's task count and call site. */
  record Stage(int id, String site, int tasks) {}

  /**
   * An RDD marked to be persisted: its call site, its partitions (one block each once computed)
   * and the bytes in memory when the event log records them (Spark 3 writes 0 unless block updates
   * are logged).
   */
  record CachedRdd(int id, String name, String site, int partitions, long memoryBytes) {}

  private final Map<Integer, Job> jobs = new LinkedHashMap<>();
  private final Map<Integer, Integer> jobOfStage = new HashMap<>();
  private final Map<Integer, Stage> stages = new LinkedHashMap<>();
  private final Map<Integer, CachedRdd> cached = new LinkedHashMap<>();

  void job(int id, String site, List<Stage> jobStages) {
    if (jobs.size() < MAX_ENTRIES) {
      jobs.put(id, new Job(id, site));
    }
    for (Stage stage : jobStages) {
      if (stages.size() < MAX_ENTRIES) {
        stages.put(stage.id(), stage);
        jobOfStage.put(stage.id(), id);
      }
    }
  }

  void taskResult(int stageId, long resultBytes) {
    Integer jobId = jobOfStage.get(stageId);
    Job job = jobId == null ? null : jobs.get(jobId);
    if (job != null) {
      job.tasks++;
      job.totalResult += resultBytes;
      job.maxTaskResult = Math.max(job.maxTaskResult, resultBytes);
    }
  }

  void cachedRdd(CachedRdd rdd) {
    if (cached.containsKey(rdd.id()) || cached.size() < MAX_ENTRIES) {
      cached.merge(rdd.id(), rdd, (old, now) -> now.memoryBytes() >= old.memoryBytes() ? now : old);
    }
  }

  void unpersisted(int rddId) {
    cached.remove(rddId);
  }

  /** How many RDDs were persisted and not unpersisted. */
  int cachedCount() {
    return cached.size();
  }

  /** The {@code n} jobs that sent the most result bytes to the driver, most first. */
  List<Job> topJobsByResult(int n) {
    return top(jobs.values(), Comparator.comparingLong((Job j) -> j.totalResult), n);
  }

  /** The {@code n} stages with the most tasks, most first. */
  List<Stage> topStagesByTasks(int n) {
    return top(stages.values(), Comparator.comparingInt(Stage::tasks), n);
  }

  /** The {@code n} persisted RDDs holding the most memory, then with the most partitions. */
  List<CachedRdd> topCached(int n) {
    return top(cached.values(), Comparator.comparingLong(CachedRdd::memoryBytes)
        .thenComparingInt(CachedRdd::partitions), n);
  }

  boolean isEmpty() {
    return jobs.isEmpty() && cached.isEmpty();
  }

  private static <T> List<T> top(Iterable<T> items, Comparator<T> order, int n) {
    List<T> all = new ArrayList<>();
    items.forEach(all::add);
    all.sort(order.reversed());
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
