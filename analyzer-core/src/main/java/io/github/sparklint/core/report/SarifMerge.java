package io.github.sparklint.core.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Severity;
import java.util.List;

/**
 * Merges the SARIF reports of a multi-module build's modules into one document with ONE run, so
 * that code scanning takes it in one upload (it rejects several runs of the same tool and category
 * since mid-2025). The modules' runs share the rules (one registry) and the {@code SRCROOT} base
 * (the directory the build was started in), so their results and tool notifications are simply
 * put together; each result keeps its fingerprint and baseline state.
 */
public final class SarifMerge {
  private SarifMerge() {}

  /**
   * What a merged report holds, for the build's summary and gate.
   *
   * @param findings every result
   * @param baselined the results a baseline accepted
   * @param unanalyzed the files that could not be analyzed (tool notifications)
   * @param fresh the severity of each new result
   */
  public record Tally(int findings, int baselined, int unanalyzed, List<Severity> fresh) {
    /** The number of new results at or above {@code threshold}. */
    public long freshAtLeast(Severity threshold) {
      return fresh.stream().filter(s -> s.isAtLeast(threshold)).count();
    }
  }

  /**
   * One document with the runs of {@code documents} merged into the first one's.
   *
   * @throws ConfigException naming the document that is not a sparklint SARIF report
   */
  public static String merge(List<Document> documents) {
    if (documents.isEmpty()) {
      throw new ConfigException("no sparklint SARIF report to aggregate");
    }
    JsonObject root = parse(documents.get(0));
    JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonArray results = run.getAsJsonArray("results");
    JsonObject invocation = run.getAsJsonArray("invocations").get(0).getAsJsonObject();
    JsonArray notifications = invocation.getAsJsonArray("toolExecutionNotifications");
    for (Document document : documents.subList(1, documents.size())) {
      for (JsonElement other : parse(document).getAsJsonArray("runs")) {
        JsonObject o = other.getAsJsonObject();
        results.addAll(o.getAsJsonArray("results"));
        for (JsonElement inv : o.getAsJsonArray("invocations")) {
          notifications.addAll(inv.getAsJsonObject().getAsJsonArray("toolExecutionNotifications"));
        }
      }
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** Counts the results of a (merged) report. */
  public static Tally tally(Document document) {
    int findings = 0;
    int baselined = 0;
    int unanalyzed = 0;
    List<Severity> fresh = new java.util.ArrayList<>();
    for (JsonElement r : parse(document).getAsJsonArray("runs")) {
      JsonObject run = r.getAsJsonObject();
      for (JsonElement e : run.getAsJsonArray("results")) {
        JsonObject result = e.getAsJsonObject();
        findings++;
        JsonElement state = result.get("baselineState");
        if (state != null && "unchanged".equals(state.getAsString())) {
          baselined++;
        } else {
          fresh.add(Severity.parse(result.get("level").getAsString()));
        }
      }
      for (JsonElement inv : run.getAsJsonArray("invocations")) {
        unanalyzed += inv.getAsJsonObject().getAsJsonArray("toolExecutionNotifications").size();
      }
    }
    return new Tally(findings, baselined, unanalyzed, List.copyOf(fresh));
  }

  /**
   * One SARIF report and where it came from, for error messages.
   *
   * @param source e.g. the file it was read from
   * @param text the report
   */
  public record Document(String source, String text) {}

  private static JsonObject parse(Document document) {
    try {
      JsonObject root = JsonParser.parseString(document.text()).getAsJsonObject();
      JsonArray runs = root.getAsJsonArray("runs");
      if (runs == null || runs.isEmpty() || !runs.get(0).getAsJsonObject().has("results")) {
        throw new IllegalStateException("no runs with results");
      }
      return root;
    } catch (JsonParseException | IllegalStateException | ClassCastException e) {
      throw new ConfigException(document.source() + " is not a sparklint SARIF report: "
          + e.getMessage());
    }
  }
}
