package io.github.sparklint.core.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.Finding;
import java.util.List;

/**
 * The origin path of a finding whose data came through other methods, in SARIF terms: each step
 * as a {@code relatedLocations} entry, and one {@code codeFlows} thread that runs from the method
 * that built the data, through each helper, to the flagged line and, when the flagged call hands
 * the data to a project method that collects it, on to that collecting call.
 */
final class SarifFlows {
  private SarifFlows() {}

  /** Adds {@code relatedLocations} and {@code codeFlows} to {@code result} for {@code f}'s path. */
  static void add(JsonObject result, Finding f) {
    List<Finding.RelatedLocation> steps = f.related();
    if (steps.isEmpty()) {
      return;
    }
    JsonArray related = new JsonArray();
    for (int i = 0; i < steps.size(); i++) {
      JsonObject location = location(steps.get(i));
      location.addProperty("id", i + 1);
      related.add(location);
    }
    result.add("relatedLocations", related);
    JsonArray thread = new JsonArray();
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).role() == Finding.Role.UPSTREAM) {
        thread.add(step(location(steps.get(i))));
      }
    }
    JsonObject flagged = SarifReport.location(f.file(), f.line(), f.column());
    flagged.add("message", SarifReport.text(f.message()));
    thread.add(step(flagged));
    for (Finding.RelatedLocation sink : steps) {
      if (sink.role() == Finding.Role.SINK) {
        thread.add(step(location(sink)));
      }
    }
    JsonObject threadFlow = new JsonObject();
    threadFlow.add("locations", thread);
    JsonArray threadFlows = new JsonArray();
    threadFlows.add(threadFlow);
    JsonObject codeFlow = new JsonObject();
    codeFlow.add("threadFlows", threadFlows);
    JsonArray codeFlows = new JsonArray();
    codeFlows.add(codeFlow);
    result.add("codeFlows", codeFlows);
  }

  private static JsonObject location(Finding.RelatedLocation step) {
    JsonObject location = SarifReport.location(step.file(), step.line(), 1);
    location.add("message", SarifReport.text(step.message()));
    return location;
  }

  private static JsonObject step(JsonObject location) {
    JsonObject threadFlowLocation = new JsonObject();
    threadFlowLocation.add("location", location);
    return threadFlowLocation;
  }
}
