package io.github.sparklint.core.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.gate.Fingerprints;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import io.github.sparklint.core.gate.GateResult;
import java.util.Locale;
import java.util.Map;

/** A plain JSON document of findings and errors, for scripts and bots. */
public final class JsonReport {
  private JsonReport() {}

  public static String render(AnalysisResult result) {
    return render(result, null);
  }

  /** Renders a gate's result; with a baseline in use each finding has {@code "baselined"}. */
  public static String render(GateResult gate) {
    return render(gate.result(), gate.baselineUsed() ? gate : null);
  }

  /**
   * Where the finding's data goes ({@code "role": "sink"}) and where it came from ({@code
   * "upstream"}): each helper on the way, the origin last.
   */
  private static JsonArray related(Finding f) {
    JsonArray related = new JsonArray();
    for (Finding.RelatedLocation step : f.related()) {
      JsonObject o = new JsonObject();
      o.addProperty("file", step.file());
      o.addProperty("line", step.line());
      o.addProperty("message", step.message());
      o.addProperty("role", step.role().name().toLowerCase(Locale.ROOT));
      related.add(o);
    }
    return related;
  }

  /**
   * The edits that fix the finding (1-based lines and columns, the end exclusive) and the SHA-256
   * of the text they apply to.
   */
  private static JsonObject autoFix(SourceFix fix) {
    JsonObject o = new JsonObject();
    o.addProperty("description", fix.description());
    o.addProperty("base", fix.base());
    JsonArray edits = new JsonArray();
    for (TextEdit edit : fix.edits()) {
      edits.add(new Gson().toJsonTree(edit));
    }
    o.add("edits", edits);
    return o;
  }

  private static String render(AnalysisResult result, GateResult gate) {
    JsonObject root = new JsonObject();
    root.addProperty("tool", Sparklint.NAME);
    root.addProperty("version", Sparklint.version());
    JsonArray findings = new JsonArray();
    Map<Finding, String> fingerprints = Fingerprints.of(result.findings());
    for (Finding f : result.findings()) {
      JsonObject o = new JsonObject();
      o.addProperty("ruleId", f.ruleId());
      o.addProperty("severity", f.severity().label());
      o.addProperty("confidence", f.confidence().label());
      o.addProperty("file", f.file());
      o.addProperty("line", f.line());
      o.addProperty("column", f.column());
      o.addProperty("message", f.message());
      o.addProperty("fix", f.fix());
      o.addProperty("enclosing", f.enclosing());
      o.addProperty("code", f.code());
      o.addProperty("fingerprint", fingerprints.get(f));
      if (!f.related().isEmpty()) {
        o.add("related", related(f));
      }
      if (!f.autoFix().isEmpty()) {
        o.add("autoFix", autoFix(f.autoFix()));
      }
      if (gate != null) {
        o.addProperty("baselined", gate.isBaselined(f));
      }
      findings.add(o);
    }
    root.add("findings", findings);
    JsonArray errors = new JsonArray();
    for (AnalysisError e : result.errors()) {
      JsonObject o = new JsonObject();
      o.addProperty("file", e.file());
      o.addProperty("line", e.line());
      o.addProperty("column", e.column());
      o.addProperty("message", e.message());
      errors.add(o);
    }
    root.add("errors", errors);
    JsonObject summary = new JsonObject();
    summary.addProperty("findings", result.findings().size());
    if (gate != null) {
      summary.addProperty("new", gate.fresh().size());
      summary.addProperty("baselined", gate.match().baselined().size());
      summary.addProperty("staleBaselineEntries", gate.match().stale().size());
    }
    summary.addProperty("filesAnalyzed", result.filesAnalyzed());
    summary.addProperty("filesSkipped", result.filesSkipped());
    summary.addProperty("belowConfidence", result.belowConfidence());
    summary.addProperty("errors", result.errors().size());
    root.add("summary", summary);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }
}
