package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF rules carry their whole page as help; a helpUri only when a docs address is given. */
class SarifRulesTest {
  private static final Path BASE = Path.of("/repo");
  private static final GateResult EMPTY =
      Gate.on(BASE).apply(new AnalysisResult(List.of(), List.of(), 0, 0));

  @Test
  void everyRuleCarriesItsWholePageAsMarkdownAndTextAndNoHelpUriByDefault() {
    List<JsonObject> rules = rules(SarifReport.render(EMPTY, BASE));

    assertThat(rules).hasSize(15).allSatisfy(rule -> {
      String page = RuleDocs.explain(rule.get("id").getAsString());
      JsonObject help = rule.getAsJsonObject("help");
      assertThat(help.get("markdown").getAsString()).isEqualTo(page);
      assertThat(help.get("text").getAsString()).isEqualTo(page).contains("## Better");
      assertThat(rule.has("helpUri")).isFalse();
    });
  }

  @Test
  void aConfiguredDocsAddressGivesEachRuleItsPageThere() {
    List<JsonObject> withSlash = rules(SarifReport.render(EMPTY, BASE, "https://docs.example/rules/"));
    List<JsonObject> without = rules(SarifReport.render(EMPTY, BASE, "https://docs.example/rules"));

    assertThat(withSlash.get(0).get("helpUri").getAsString())
        .isEqualTo("https://docs.example/rules/" + withSlash.get(0).get("id").getAsString() + ".md");
    assertThat(without.get(0).get("helpUri")).isEqualTo(withSlash.get(0).get("helpUri"));
    assertThat(rules(SarifReport.render(EMPTY, BASE, "  "))).noneMatch(r -> r.has("helpUri"));
  }

  private static List<JsonObject> rules(String sarif) {
    return JsonParser.parseString(sarif).getAsJsonObject().getAsJsonArray("runs").get(0)
        .getAsJsonObject().getAsJsonObject("tool").getAsJsonObject("driver")
        .getAsJsonArray("rules").asList().stream().map(JsonElement::getAsJsonObject).toList();
  }
}
