package io.github.sparklint.core.report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.Fingerprints;
import io.github.sparklint.core.gate.GateResult;
import java.util.List;
import java.util.Map;

/**
 * GitLab's Code Quality report ({@code artifacts: reports: codequality:}), the subset of the Code
 * Climate issue format that GitLab documents at
 * https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format: a JSON array of
 * issues, each with {@code description}, {@code check_name}, {@code fingerprint}, {@code severity}
 * and {@code location.path} (relative to the repository root) with {@code location.lines.begin}.
 * {@code type} and {@code categories} are added so that Code Climate readers accept it too.
 *
 * <p>Holds the new findings only, as the Checkstyle report does (baselined ones are accepted);
 * GitLab compares a merge request's report with its target branch's by fingerprint, which is the
 * gate's line-independent one ({@link Fingerprints}), the same as in SARIF and JSON. Files that
 * could not be analyzed have no fingerprint and are not issues here: the job's log and exit code
 * report them.
 */
public final class CodeQualityReport {
  private CodeQualityReport() {}

  /** The document: {@code []} when there is no new finding. */
  public static String render(GateResult gate) {
    Map<Finding, String> fingerprints = Fingerprints.of(gate.result().findings());
    JsonArray issues = new JsonArray();
    for (Finding f : gate.fresh()) {
      issues.add(issue(f, fingerprints.get(f)));
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues)
        + "\n";
  }

  /**
   * One document of the issues of several ({@code sparklint:aggregate} of a multi-module build:
   * each module's paths are already relative to the build's root), in their order.
   *
   * @throws IllegalArgumentException when a document is not a JSON array
   */
  public static String merge(List<String> documents) {
    JsonArray issues = new JsonArray();
    for (String document : documents) {
      JsonElement parsed = JsonParser.parseString(document);
      if (!parsed.isJsonArray()) {
        throw new IllegalArgumentException("not a Code Quality report (a JSON array of issues)");
      }
      issues.addAll(parsed.getAsJsonArray());
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues)
        + "\n";
  }

  private static JsonObject issue(Finding f, String fingerprint) {
    JsonObject issue = new JsonObject();
    issue.addProperty("type", "issue");
    issue.addProperty("check_name", f.ruleId());
    issue.addProperty("description", f.fullMessage());
    JsonArray categories = new JsonArray();
    categories.add("Bug Risk");
    issue.add("categories", categories);
    issue.addProperty("fingerprint", fingerprint);
    issue.addProperty("severity", severity(f.severity()));
    JsonObject lines = new JsonObject();
    lines.addProperty("begin", Math.max(f.line(), 1));
    JsonObject location = new JsonObject();
    location.addProperty("path", f.file());
    location.add("lines", lines);
    issue.add("location", location);
    return issue;
  }

  /**
   * GitLab's severity of each of sparklint's: {@code info}, {@code minor}, {@code major}, {@code
   * critical} or {@code blocker}. An error-level finding fails at run time whatever the data
   * (critical); a warning can take the driver down on real data (major); a note is advice (info).
   */
  static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "critical";
      case WARNING -> "major";
      case NOTE -> "info";
    };
  }
}
