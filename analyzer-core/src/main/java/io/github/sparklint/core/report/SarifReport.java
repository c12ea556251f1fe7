package io.github.sparklint.core.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.gate.Fingerprints;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: every rule with its help, results with repository-relative URIs under the {@code
 * SRCROOT} base (percent-encoded; files outside it as absolute {@code file:} URIs, see {@link
 * SarifUris}), versioned {@code partialFingerprints}, file errors as tool notifications.
 */
public final class SarifReport {
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  /**
   * Renders {@code result}; file paths in it are taken as relative to {@code baseDir}.
   */
  public static String render(AnalysisResult result, Path baseDir) {
    return render(result, baseDir, null, null);
  }

  /**
   * Renders a gate's result: with a baseline in use, each result carries {@code baselineState}
   * ({@code new} or {@code unchanged}) and baselined ones an external, accepted suppression.
   */
  public static String render(GateResult gate, Path baseDir) {
    return render(gate, baseDir, null);
  }

  /**
   * As {@link #render(GateResult, Path)}; each rule's {@code helpUri} is its page under {@code
   * docsUrl} ({@code null}: no {@code helpUri}, the help text is in the file).
   */
  public static String render(GateResult gate, Path baseDir, String docsUrl) {
    return render(gate.result(), baseDir, gate.baselineUsed() ? gate : null, docsUrl);
  }

  private static String render(AnalysisResult result, Path baseDir, GateResult gate,
      String docsUrl) {
    JsonObject run = new JsonObject();
    run.add("tool", SarifRules.tool(docsUrl));
    JsonObject base = new JsonObject();
    JsonObject srcroot = new JsonObject();
    srcroot.addProperty("uri", SarifUris.directoryUri(baseDir));
    base.add(SarifUris.SRCROOT, srcroot);
    run.add("originalUriBaseIds", base);
    run.add("results", results(result.findings(), gate));
    run.add("invocations", invocations(result.errors()));
    run.addProperty("columnKind", "utf16CodeUnits");
    JsonObject root = new JsonObject();
    root.addProperty("$schema", SCHEMA);
    root.addProperty("version", "2.1.0");
    JsonArray runs = new JsonArray();
    runs.add(run);
    root.add("runs", runs);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
  }

  /** The SARIF level of a severity. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  private static JsonArray results(List<Finding> findings, GateResult gate) {
    Map<String, Integer> ruleIndex = new HashMap<>();
    List<Rule> rules = RuleRegistry.all();
    for (int i = 0; i < rules.size(); i++) {
      ruleIndex.put(rules.get(i).id(), i);
    }
    Map<Finding, String> fingerprints = Fingerprints.of(findings);
    JsonArray results = new JsonArray();
    for (Finding f : findings) {
      JsonObject r = new JsonObject();
      r.addProperty("ruleId", f.ruleId());
      Integer index = ruleIndex.get(f.ruleId());
      if (index != null) {
        r.addProperty("ruleIndex", index);
      }
      r.addProperty("level", level(f.severity()));
      r.add("message", text(f.fullMessage()));
      JsonObject properties = new JsonObject();
      properties.addProperty("confidence", f.confidence().label());
      r.add("properties", properties);
      r.add("locations", locations(f.file(), f.line(), f.column()));
      JsonObject fp = new JsonObject();
      fp.addProperty(Fingerprints.SARIF_KEY, fingerprints.get(f));
      r.add("partialFingerprints", fp);
      SarifFlows.add(r, f);
      SarifFixes.add(r, f);
      if (gate != null) {
        BaselineStates.mark(r, gate.isBaselined(f));
      }
      results.add(r);
    }
    return results;
  }

  private static JsonArray locations(String file, int line, int column) {
    JsonArray locations = new JsonArray();
    locations.add(location(file, line, column));
    return locations;
  }

  /** A SARIF {@code location}: the file, and the line and column when known. */
  static JsonObject location(String file, int line, int column) {
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", SarifUris.artifactLocation(file));
    if (line > 0) {
      JsonObject region = new JsonObject();
      region.addProperty("startLine", line);
      region.addProperty("startColumn", Math.max(column, 1));
      physical.add("region", region);
    }
    JsonObject loc = new JsonObject();
    loc.add("physicalLocation", physical);
    return loc;
  }

  private static JsonArray invocations(List<AnalysisError> errors) {
    JsonObject invocation = new JsonObject();
    invocation.addProperty("executionSuccessful", true);
    JsonArray notifications = new JsonArray();
    for (AnalysisError e : errors) {
      JsonObject n = new JsonObject();
      n.addProperty("level", "error");
      n.add("message", text(e.message()));
      n.add("locations", locations(e.file(), e.line(), e.column()));
      notifications.add(n);
    }
    invocation.add("toolExecutionNotifications", notifications);
    JsonArray invocations = new JsonArray();
    invocations.add(invocation);
    return invocations;
  }

  static JsonObject text(String value) {
    JsonObject o = new JsonObject();
    o.addProperty("text", value);
    return o;
  }
}
