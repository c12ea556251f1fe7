package io.github.sparklint.core.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * SARIF's view of a baseline: {@code baselineState} {@code new} or {@code unchanged}, and for a
 * baselined result an {@code external} suppression with status {@code accepted} (the acceptance
 * lives in the baseline file, outside the source).
 */
final class BaselineStates {
  private BaselineStates() {}

  /** Marks one SARIF result object. */
  static void mark(JsonObject result, boolean baselined) {
    result.addProperty("baselineState", baselined ? "unchanged" : "new");
    if (!baselined) {
      return;
    }
    JsonObject suppression = new JsonObject();
    suppression.addProperty("kind", "external");
    suppression.addProperty("status", "accepted");
    suppression.addProperty("justification", "recorded in the sparklint baseline");
    JsonArray suppressions = new JsonArray();
    suppressions.add(suppression);
    result.add("suppressions", suppressions);
  }
}
