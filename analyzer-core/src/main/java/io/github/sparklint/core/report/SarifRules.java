package io.github.sparklint.core.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.sparklint.core.Sparklint;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rules.RuleRegistry;

/**
 * The SARIF {@code tool.driver}: every rule with its summary and its whole page as help ({@code
 * help.markdown} and {@code help.text}), so a viewer explains a finding without network; a {@code
 * helpUri} only when the user configured where the pages are published.
 */
final class SarifRules {
  private SarifRules() {}

  /** The tool object; {@code docsUrl} is the base address of the rule pages, or {@code null}. */
  static JsonObject tool(String docsUrl) {
    JsonObject driver = new JsonObject();
    driver.addProperty("name", Sparklint.NAME);
    driver.addProperty("version", Sparklint.version());
    driver.addProperty("semanticVersion", Sparklint.version().replace("-SNAPSHOT", ""));
    driver.addProperty("informationUri", Sparklint.HOME);
    JsonArray rules = new JsonArray();
    for (Rule rule : RuleRegistry.all()) {
      rules.add(rule(rule, docsUrl));
    }
    driver.add("rules", rules);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);
    return tool;
  }

  /** The page of {@code ruleId} under {@code docsUrl} ({@code .../RuleId.md}). */
  static String helpUri(String docsUrl, String ruleId) {
    return docsUrl.endsWith("/") ? docsUrl + ruleId + ".md" : docsUrl + "/" + ruleId + ".md";
  }

  private static JsonObject rule(Rule rule, String docsUrl) {
    JsonObject r = new JsonObject();
    r.addProperty("id", rule.id());
    r.addProperty("name", rule.id());
    String summary = rule.descriptor().summary();
    r.add("shortDescription", SarifReport.text(summary));
    r.add("fullDescription", SarifReport.text(summary));
    if (docsUrl != null && !docsUrl.isBlank()) {
      r.addProperty("helpUri", helpUri(docsUrl.trim(), rule.id()));
    }
    String page = RuleDocs.markdown(rule.id()).orElse(summary);
    JsonObject help = SarifReport.text(page);
    help.addProperty("markdown", page);
    r.add("help", help);
    JsonObject config = new JsonObject();
    config.addProperty("level", SarifReport.level(rule.descriptor().defaultSeverity()));
    r.add("defaultConfiguration", config);
    JsonObject props = new JsonObject();
    JsonArray tags = new JsonArray();
    tags.add("spark");
    tags.add("reliability");
    props.add("tags", tags);
    r.add("properties", props);
    return r;
  }
}
