package io.github.sparklint.core.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;

/**
 * A finding's automatic fix in SARIF terms: one {@code fixes} entry whose {@code artifactChanges}
 * replace each edited region of the finding's file ({@code deletedRegion}, end column exclusive as
 * SARIF counts it) with the {@code insertedContent}.
 */
final class SarifFixes {
  private SarifFixes() {}

  /** Adds {@code fixes} to {@code result} when {@code f} has an automatic fix. */
  static void add(JsonObject result, Finding f) {
    SourceFix fix = f.autoFix();
    if (fix.isEmpty()) {
      return;
    }
    JsonArray replacements = new JsonArray();
    for (TextEdit edit : fix.edits()) {
      JsonObject region = new JsonObject();
      region.addProperty("startLine", edit.startLine());
      region.addProperty("startColumn", edit.startColumn());
      region.addProperty("endLine", edit.endLine());
      region.addProperty("endColumn", edit.endColumn());
      JsonObject replacement = new JsonObject();
      replacement.add("deletedRegion", region);
      replacement.add("insertedContent", SarifReport.text(edit.replacement()));
      replacements.add(replacement);
    }
    JsonObject change = new JsonObject();
    change.add("artifactLocation", SarifUris.artifactLocation(f.file()));
    change.add("replacements", replacements);
    JsonArray changes = new JsonArray();
    changes.add(change);
    JsonObject sarifFix = new JsonObject();
    sarifFix.add("description", SarifReport.text(fix.description()));
    sarifFix.add("artifactChanges", changes);
    JsonArray fixes = new JsonArray();
    fixes.add(sarifFix);
    result.add("fixes", fixes);
  }
}
