package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Gate;
import java.nio.file.Path;
import java.util.List;

/**
 * Fuzzes what sparklint writes from text it read in the analyzed files (file names, code,
 * messages): a console line is one line without control or bidi characters, the SARIF, JSON and
 * GitLab Code Quality reports are JSON that give every string back unchanged, and a baseline of any
 * findings reads back as written. Seeds: {@code ReportsFuzzTestInputs/}; how to fuzz: see {@code
 * AnalyzerFuzzTest} (one fuzz test per run, so {@code .ci/run} names each).
 */
class ReportsFuzzTest {
  private static final Path BASE = Path.of("/work/project");

  @FuzzTest(maxDuration = "10s")
  void consoleTextIsOneLineWithoutControlCharacters(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    String shown = TextReport.escape(text);

    assertThat(shown.chars()).noneMatch(c -> Character.isISOControl(c) || c == 0x2028
        || c == 0x2029 || c == 0x061c || c == 0x200e || c == 0x200f
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069);
    if (shown.indexOf('\\') < 0) {
      assertThat(shown).isEqualTo(text);
    }
  }

  @FuzzTest(maxDuration = "10s")
  void consoleFindingsOfAnyTextHaveNoControlCharactersAndKeepTheirWidth(FuzzedDataProvider data) {
    Finding finding = new Finding(data.consumeString(40), data.pickValue(Severity.values()),
        data.consumeString(80), data.consumeInt(1, 100_000), data.consumeInt(1, 1000),
        data.consumeString(400), data.consumeString(100), "A#m", "c");
    ConsoleStyle style = new ConsoleStyle(data.consumeInt(0, 200), false, "sparklint --explain %s");

    List<String> lines = ConsoleReport.finding(finding, style);

    assertThat(String.join("", lines).chars()).noneMatch(c -> Character.isISOControl(c)
        || c == 0x2028 || c == 0x2029 || c == 0x202e);
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line)
        .startsWith(ConsoleReport.INDENT));
    assertThat(lines.get(0)).startsWith(TextReport.escape(finding.file()) + ":" + finding.line());
    for (String line : lines.subList(1, lines.size())) {
      if (line.length() > style.width()) {
        assertThat(line.trim()).as("only a single long word passes the width").doesNotContain(" ");
      }
    }
  }

  @FuzzTest(maxDuration = "20s")
  void reportsOfAnyTextAreJsonGivingEveryStringBack(FuzzedDataProvider data) {
    Finding finding = new Finding(data.consumeString(40), data.pickValue(Severity.values()),
        data.consumeString(80), data.consumeInt(1, 100_000), data.consumeInt(1, 1000),
        data.consumeString(200), data.consumeString(100), data.consumeString(60),
        data.consumeString(100));
    AnalysisError error = new AnalysisError(data.consumeString(80), data.consumeInt(0, 1000),
        data.consumeInt(0, 1000), data.consumeRemainingAsString());
    AnalysisResult result = new AnalysisResult(List.of(finding), List.of(error), 1, 0);

    JsonObject sarif = JsonParser.parseString(SarifReport.render(result, BASE)).getAsJsonObject();
    JsonObject json = JsonParser.parseString(JsonReport.render(result)).getAsJsonObject();

    JsonObject sarifResult = sarif.getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject();
    assertThat(sarifResult.get("ruleId").getAsString()).isEqualTo(finding.ruleId());
    assertThat(sarifResult.getAsJsonObject("message").get("text").getAsString())
        .contains(wellFormed(finding.message()));
    assertThat(json.toString()).contains(JsonParser.parseString(
        new com.google.gson.Gson().toJson(wellFormed(finding.code()))).toString());
    JsonObject issue = JsonParser.parseString(CodeQualityReport.render(Gate.on(BASE).apply(result)))
        .getAsJsonArray().get(0).getAsJsonObject();
    assertThat(issue.get("check_name").getAsString()).isEqualTo(finding.ruleId());
    assertThat(issue.getAsJsonObject("location").get("path").getAsString())
        .isEqualTo(finding.file());
  }

  @FuzzTest(maxDuration = "20s")
  void aBaselineOfAnyFindingsReadsBackAsWritten(FuzzedDataProvider data) {
    int n = data.consumeInt(0, 5);
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      findings.add(new Finding(data.consumeString(30), Severity.WARNING, data.consumeString(60),
          1, 1, "m", "f", data.consumeString(40), data.consumeString(80)));
    }
    Baseline written = Baseline.of(findings);

    Baseline read = Baseline.parse(written.render());

    assertThat(read.entries()).isEqualTo(Baseline.parse(Baseline.parse(read.render()).render())
        .entries());
    assertThat(read.size()).isEqualTo(findings.size());
    // entries of settings written as whole chains by older versions are read as their setting, so
    // two such entries of one setting may become one entry counting both (SettingCode.upgrade)
    assertThat(read.entries()).hasSizeLessThanOrEqualTo(written.entries().size());
  }

  /** {@code text} with each lone surrogate replaced by U+FFFD, as UTF-8 output carries it. */
  private static String wellFormed(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(cp -> sb.appendCodePoint(
        Character.isSurrogate((char) cp) && Character.isBmpCodePoint(cp) ? 0xFFFD : cp));
    return sb.toString();
  }
}
