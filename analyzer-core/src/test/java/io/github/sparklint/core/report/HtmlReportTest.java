package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.Baseline;
import io.github.sparklint.core.gate.Gate;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report: summary first, findings grouped by file with the code around each, each rule
 * link resolving to the rule's page inside the report, everything from analyzed files escaped.
 */
class HtmlReportTest {
  private static final String JOB = """
      package jobs;
      class Job {
        void run(Dataset<Row> ds) {
          List<Row> rows = ds.collectAsList(); // <script>alert(1)</script>
          Row[] few = ds.take(1_000_000);
        }
      }
      """;

  @TempDir Path base;

  @Test
  void summaryComesFirstThenFindingsByFileWithTheirCodeThenTheRulePages() throws Exception {
    Files.createDirectories(base.resolve("src"));
    Files.writeString(base.resolve("src/Job.java"), JOB);
    String html = HtmlReport.render(gate(
        finding("SparkUnboundedCollect", Severity.WARNING, "src/Job.java", 4),
        finding("SparkLargeTake", Severity.ERROR, "src/Job.java", 5),
        finding("SparkLargeTake", Severity.WARNING, "src/Other.java", 9)), base);

    assertThat(html.indexOf("id=\"summary\"")).isLessThan(html.indexOf("id=\"findings\""));
    assertThat(html.indexOf("id=\"findings\"")).isLessThan(html.indexOf("id=\"rules\""));
    assertThat(html).contains("<div class=\"card\"><b>3</b>findings</div>")
        .contains("<b>3</b>new</div>", "<b>0</b>baselined</div>");
    assertThat(count(html, "<section class=\"file\"")).isEqualTo(2);
    assertThat(html).contains("<pre class=\"snippet\"><code><span class=\"ln\">2</span>class Job {\n")
        .contains("<mark><span class=\"ln\">4</span>    List&lt;Row&gt; rows = ds.collectAsList();"
            + " // &lt;script&gt;alert(1)&lt;/script&gt;</mark>\n")
        .contains("<span class=\"ln\">6</span>  }\n</code></pre>")
        .doesNotContain("<script>alert");
    assertThat(html).as("a file that cannot be read has no snippet")
        .containsOnlyOnce("<h3>src/Other.java</h3>\n<article");
    assertThat(html).contains("<p><code>collectAsList()</code> copies &lt;rows&gt;</p>");
  }

  @Test
  void everyRuleLinkAndFileLinkResolvesInsideTheReport() {
    String html = HtmlReport.render(gate(
        finding("SparkUnboundedCollect", Severity.WARNING, "a/A.java", 1),
        finding("SparkCacheInLoop", Severity.WARNING, "b/B.java", 2)), null);

    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
    int seen = 0;
    while (links.find()) {
      assertThat(html).contains("id=\"" + links.group(1) + "\"");
      seen++;
    }
    assertThat(seen).isGreaterThanOrEqualTo(8);
    assertThat(html).contains("<section class=\"rule-page\" id=\"rule-SparkCacheInLoop\">\n"
        + "<h3>SparkCacheInLoop</h3>").contains("<h4>The problem</h4>")
        .doesNotContain("rule-SparkLargeTake").doesNotContain("https://");
  }

  @Test
  void filtersListTheRulesFoundAndEachFindingCarriesWhatTheyMatch() {
    Finding baselined = finding("SparkLargeTake", Severity.NOTE, "A.java", 3);
    GateResult gate = Gate.on(base).baseline(Baseline.of(List.of(baselined)), file -> true)
        .apply(new AnalysisResult(List.of(baselined,
            finding("SparkUnboundedCollect", Severity.WARNING, "A.java", 4)), List.of(), 1, 0));

    String html = HtmlReport.render(gate, base);

    assertThat(html).contains("<select name=\"rule\"><option value=\"\">all rules</option>"
        + "<option>SparkLargeTake</option><option>SparkUnboundedCollect</option></select>");
    assertThat(html).contains("data-rule=\"SparkLargeTake\" data-severity=\"note\""
        + " data-status=\"baselined\"").contains("data-rule=\"SparkUnboundedCollect\""
        + " data-severity=\"warning\" data-status=\"new\"");
    assertThat(html).contains("<b>1</b>baselined</div>");
  }

  @Test
  void hostileFileNamesAndMessagesStayText() {
    Finding f = new Finding("SparkLargeTake", Severity.WARNING, "x\"><img src=y onerror=z>.java",
        1, 1, "<iframe>`</code><b>`", "fix <i>", "J#m", "c");

    String html = HtmlReport.render(gate(f), base);

    assertThat(html).doesNotContain("<img", "<iframe", "<i>", "<b>`")
        .contains("<h3>x&quot;&gt;&lt;img src=y onerror=z&gt;.java</h3>")
        .contains("<p>&lt;iframe&gt;<code>&lt;/code&gt;&lt;b&gt;</code></p>")
        .contains("<strong>Fix:</strong> fix &lt;i&gt;");
  }

  @Test
  void aCleanRunSaysSoWithoutFiltersOrRulePages() {
    String html = HtmlReport.render(gate(), base);
    assertThat(html).contains("<p>No findings.</p>").doesNotContain("id=\"filters\"", "class=\"rule-page\"");
  }

  private static GateResult gate(Finding... findings) {
    return Gate.on(Path.of("/repo")).apply(new AnalysisResult(List.of(findings), List.of(), 2, 0));
  }

  private static Finding finding(String rule, Severity severity, String file, int line) {
    return new Finding(rule, severity, file, line, 5, "`collectAsList()` copies <rows>", "", "Job#run",
        "ds.collectAsList()");
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
