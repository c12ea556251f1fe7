package io.github.sparklint.triage;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Spark event log (one JSON object per line, as {@code spark.eventLog.dir} holds them)
 * event by event: failures become evidence, jobs and SQL executions give call sites, task ends
 * give result sizes, completed stages the cached RDDs. Events it does not use are skipped before
 * they are parsed.
 */
final class EventLogReader {
  private static final List<String> USED = List.of("SparkListenerJobStart", "SparkListenerJobEnd",
      "SparkListenerTaskEnd", "SparkListenerStageCompleted", "SparkListenerEnvironmentUpdate",
      "SparkListenerSQLExecutionStart", "SparkListenerUnpersistRDD");

  private final TriageCollector sink;
  /** The action of each recent SQL execution; the oldest are dropped beyond a bound. */
  private final Map<Long, String> sqlActions = new LinkedHashMap<>() {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, String> eldest) {
      return size() > RunMetrics.MAX_ENTRIES;
    }
  };
  private String log;

  EventLogReader(TriageCollector sink) {
    this.sink = sink;
  }

  /** Whether {@code firstLine} starts an event log. */
  static boolean isEventLog(String firstLine) {
    return firstLine != null && firstLine.startsWith("{\"Event\":");
  }

  /** Reads {@code file} (named {@code name} in what is reported) to its end. */
  void read(Path file, String name, BufferedReader reader) throws LogReadException {
    log = name;
    LogLines.each(file, reader, (number, line) -> {
      String head = line.length() > 120 ? line.substring(0, 120) : line;
      if (USED.stream().anyMatch(head::contains)) {
        parsed(file, number, line);
      }
    });
  }

  /** One event; a line cut off (the last one of a log a dying driver wrote) is skipped. */
  private void parsed(Path file, long number, String line) throws LogReadException {
    JsonObject event;
    try {
      event = JsonParser.parseString(line).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      if (number == 1) {
        throw new LogReadException(file, "line 1 is not a Spark event: " + e.getMessage(), e);
      }
      return;
    }
    try {
      event(number, event);
    } catch (RuntimeException e) {
      throw new LogReadException(file, "line " + number + " is not an event Spark 3 writes: " + e, e);
    }
  }

  private void event(long line, JsonObject event) {
    String type = text(event, "Event");
    switch (type.substring(type.lastIndexOf('.') + 1)) {
      case "SparkListenerEnvironmentUpdate" -> master(event);
      case "SparkListenerSQLExecutionStart" -> sqlActions.put(
          event.get("executionId").getAsLong(), text(event, "description"));
      case "SparkListenerJobStart" -> jobStart(event);
      case "SparkListenerTaskEnd" -> taskEnd(line, event);
      case "SparkListenerStageCompleted" -> stageCompleted(line, event);
      case "SparkListenerJobEnd" -> jobEnd(line, event);
      case "SparkListenerUnpersistRDD" -> sink.metrics().unpersisted(event.get("RDD ID").getAsInt());
      default -> { }
    }
  }

  private void master(JsonObject event) {
    JsonObject properties = object(event, "Spark Properties");
    String master = properties == null ? "" : text(properties, "spark.master");
    if (master.startsWith("local")) {
      sink.localMode();
    } else if (!master.isEmpty()) {
      sink.clusterMode();
    }
  }

  private void jobStart(JsonObject event) {
    int jobId = event.get("Job ID").getAsInt();
    List<RunMetrics.Stage> stages = new ArrayList<>();
    String site = "";
    int last = -1;
    for (JsonElement element : array(event, "Stage Infos")) {
      JsonObject stage = element.getAsJsonObject();
      int id = stage.get("Stage ID").getAsInt();
      stages.add(new RunMetrics.Stage(id, text(stage, "Stage Name"),
          stage.get("Number of Tasks").getAsInt()));
      persisted(stage);
      if (id > last) {
        last = id;
        site = text(stage, "Stage Name");
      }
    }
    Optional<CallSite> user = Optional.empty();
    JsonObject properties = object(event, "Properties");
    if (properties != null && properties.has("spark.sql.execution.id")) {
      String action = sqlActions.get(Long.parseLong(text(properties, "spark.sql.execution.id")));
      user = action == null ? Optional.empty() : CallSite.ofJobSite(action);
    }
    sink.metrics().job(jobId, user.map(CallSite::toString).orElse(site), stages);
    sink.jobStarted(jobId, site, user);
  }

  private void taskEnd(long line, JsonObject event) {
    JsonObject metrics = object(event, "Task Metrics");
    if (metrics != null && metrics.has("Result Size")) {
      sink.metrics().taskResult(event.get("Stage ID").getAsInt(), metrics.get("Result Size").getAsLong());
    }
    JsonObject reason = object(event, "Task End Reason");
    if (reason != null && !"Success".equals(text(reason, "Reason"))) {
      String printed = reason.has("Full Stack Trace") ? text(reason, "Full Stack Trace")
          : text(reason, "Reason") + ": " + text(reason, "Class Name") + ": " + text(reason, "Description");
      sink.evidence(Evidence.ofPrinted(log, line, "task", printed));
    }
  }

  private void stageCompleted(long line, JsonObject event) {
    JsonObject info = object(event, "Stage Info");
    if (info == null) {
      return;
    }
    persisted(info);
    if (info.has("Failure Reason")) {
      sink.evidence(Evidence.ofPrinted(log, line, "stage", text(info, "Failure Reason")));
    }
  }

  /** The RDDs of a stage with a storage level: persisted, until an unpersist event. */
  private void persisted(JsonObject stage) {
    for (JsonElement element : array(stage, "RDD Info")) {
      JsonObject rdd = element.getAsJsonObject();
      JsonObject level = object(rdd, "Storage Level");
      if (level != null && (isTrue(level, "Use Memory") || isTrue(level, "Use Disk")
          || isTrue(level, "Use Off Heap"))) {
        sink.metrics().cachedRdd(new RunMetrics.CachedRdd(rdd.get("RDD ID").getAsInt(),
            text(rdd, "Name"), text(rdd, "Callsite"), rdd.get("Number of Partitions").getAsInt(),
            rdd.has("Memory Size") ? rdd.get("Memory Size").getAsLong() : 0));
      }
    }
  }

  private static boolean isTrue(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonPrimitive() && value.getAsBoolean();
  }

  private void jobEnd(long line, JsonObject event) {
    JsonObject result = object(event, "Job Result");
    JsonObject exception = result == null ? null : object(result, "Exception");
    if (exception != null) {
      sink.evidence(Evidence.ofPrinted(log, line, "job", text(exception, "Message")));
    }
  }

  private static JsonObject object(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : null;
  }

  private static JsonArray array(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }

  private static String text(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
