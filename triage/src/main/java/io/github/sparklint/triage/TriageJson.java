package io.github.sparklint.triage;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Sparklint;

/** The JSON document of a triage, for scripts: per log its causes, lines, findings and numbers. */
public final class TriageJson {
  private TriageJson() {}

  public static String render(TriageResult result) {
    JsonObject root = new JsonObject();
    root.addProperty("tool", Sparklint.NAME);
    root.addProperty("version", Sparklint.version());
    root.addProperty("exitCode", result.exitCode());
    JsonArray logs = new JsonArray();
    for (TriageResult.LogResult log : result.logs()) {
      JsonObject o = new JsonObject();
      o.addProperty("log", log.triage().log());
      o.addProperty("kind", log.triage().eventLog() ? "event log" : "driver log");
      o.addProperty("mode", TriageText.mode(log.triage().localMode()));
      JsonArray causes = new JsonArray();
      log.culprits().forEach(c -> causes.add(culprit(c)));
      o.add("causes", causes);
      o.add("metrics", metrics(log.triage().metrics()));
      logs.add(o);
    }
    root.add("logs", logs);
    JsonArray errors = new JsonArray();
    result.readErrors().forEach(errors::add);
    root.add("readErrors", errors);
    JsonArray sourceErrors = new JsonArray();
    result.sourceErrors().stream().map(AnalysisError::describe).forEach(sourceErrors::add);
    root.add("sourceErrors", sourceErrors);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  private static JsonObject culprit(Culprit culprit) {
    Diagnosis d = culprit.diagnosis();
    JsonObject o = new JsonObject();
    o.addProperty("cause", d.cause().id());
    o.addProperty("title", d.cause().title());
    o.addProperty("fatal", d.cause().fatal());
    o.addProperty("where", d.fault().name().toLowerCase(java.util.Locale.ROOT));
    o.addProperty("whereText", d.fault().toString());
    o.addProperty("rule", d.cause().rule().orElse(null));
    o.addProperty("logLine", d.evidence().line());
    o.addProperty("evidence", d.headline());
    o.addProperty("occurrences", d.occurrences());
    d.job().ifPresent(job -> o.addProperty("job", job));
    d.site().ifPresent(site -> {
      JsonObject s = new JsonObject();
      s.addProperty("file", culprit.file().orElse(site.file()));
      s.addProperty("line", site.line());
      s.addProperty("action", site.action());
      s.addProperty("found", culprit.file().isPresent());
      JsonArray ambiguous = new JsonArray();
      culprit.ambiguous().forEach(ambiguous::add);
      s.add("ambiguous", ambiguous);
      o.add("site", s);
    });
    o.add("findings", findings(culprit.atLine()));
    o.add("candidates", findings(culprit.candidates()));
    return o;
  }

  private static JsonArray findings(Iterable<Finding> findings) {
    JsonArray array = new JsonArray();
    for (Finding f : findings) {
      JsonObject o = new JsonObject();
      o.addProperty("ruleId", f.ruleId());
      o.addProperty("file", f.file());
      o.addProperty("line", f.line());
      o.addProperty("message", f.message());
      o.addProperty("fix", f.fix());
      array.add(o);
    }
    return array;
  }

  private static JsonObject metrics(RunMetrics metrics) {
    JsonObject o = new JsonObject();
    JsonArray jobs = new JsonArray();
    for (RunMetrics.Job job : metrics.topJobsByResult(TriageText.TOP)) {
      JsonObject j = new JsonObject();
      j.addProperty("job", job.id);
      j.addProperty("site", job.site);
      j.addProperty("resultBytes", job.totalResult);
      j.addProperty("largestTaskResultBytes", job.maxTaskResult);
      j.addProperty("tasks", job.tasks);
      jobs.add(j);
    }
    o.add("resultsToDriver", jobs);
    JsonArray stages = new JsonArray();
    for (RunMetrics.Stage stage : metrics.topStagesByTasks(TriageText.TOP)) {
      JsonObject s = new JsonObject();
      s.addProperty("stage", stage.id());
      s.addProperty("site", stage.site());
      s.addProperty("tasks", stage.tasks());
      stages.add(s);
    }
    o.add("tasksPerStage", stages);
    JsonArray cached = new JsonArray();
    for (RunMetrics.CachedRdd rdd : metrics.topCached(TriageText.TOP)) {
      JsonObject c = new JsonObject();
      c.addProperty("rdd", rdd.id());
      c.addProperty("name", rdd.name());
      c.addProperty("site", rdd.site());
      c.addProperty("partitions", rdd.partitions());
      c.addProperty("memoryBytes", rdd.memoryBytes());
      cached.add(c);
    }
    o.add("cachedRdds", cached);
    o.addProperty("cachedRddCount", metrics.cachedCount());
    return o;
  }
}
