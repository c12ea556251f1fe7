package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Console findings: the first line keeps the console format, long messages wrap onto indented
 * lines, then the rule's one-line fix and how to read its page; colours only when asked for.
 */
class ConsoleReportTest {
  private static final ConsoleStyle PLAIN = ConsoleStyle.plain("sparklint --explain %s");
  private static final String LONG_MESSAGE = "`collectAsList()` copies every row of an unbounded"
      + " Dataset into driver memory; nothing upstream (limit, take, a global aggregate) bounds"
      + " it; the rows come from `Loader.events()` (Loader.java:12)";

  @Test
  void aLongMessageWrapsOntoIndentedLinesAndEndsWithTheFixAndTheRulePage() {
    List<String> lines = ConsoleReport.finding(finding(LONG_MESSAGE, Severity.WARNING), PLAIN);

    assertThat(lines.get(0)).startsWith(
        "src/jobs/Export.java:12:31: warning: [SparkUnboundedCollect] `collectAsList()` copies");
    assertThat(lines).allSatisfy(line -> assertThat(line.length())
        .isLessThanOrEqualTo(ConsoleStyle.DEFAULT_WIDTH));
    assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line)
        .startsWith(ConsoleReport.INDENT).doesNotStartWith(ConsoleReport.INDENT + " "));
    assertThat(String.join(" ", lines).replaceAll(" +", " "))
        .contains(LONG_MESSAGE + " fix: Keep the work on the cluster");
    assertThat(lines).last().isEqualTo(
        "    rule page: sparklint --explain SparkUnboundedCollect");
  }

  @Test
  void aShortMessageStaysOnTheFirstLineAndTheFixComesFromTheRulePageNotTheFinding() {
    List<String> lines = ConsoleReport.finding(finding("`take(1000000)` is big", Severity.ERROR),
        new ConsoleStyle(100, false, "mvn sparklint:explain -Drule=%s"));

    assertThat(lines).containsExactly(
        "src/jobs/Export.java:12:31: error: [SparkUnboundedCollect] `take(1000000)` is big",
        "    fix: Keep the work on the cluster and write the result out, or bound the rows with"
            + " `limit(n)`",
        "    before collecting.",
        "    rule page: mvn sparklint:explain -Drule=SparkUnboundedCollect");
    assertThat(String.join("\n", lines)).doesNotContain("a fix written by the rule");
  }

  @Test
  void aRuleWithoutAPageFallsBackToTheFindingsOwnFix() {
    Finding f = new Finding("CustomRule", Severity.NOTE, "A.java", 1, 2, "odd", "do better",
        "A#m", "x()");

    assertThat(ConsoleReport.finding(f, PLAIN)).containsExactly(
        "A.java:1:2: note: [CustomRule] odd", "    fix: do better",
        "    rule page: sparklint --explain CustomRule");
  }

  @Test
  void aWordLongerThanTheLineIsKeptWhole() {
    String word = "x".repeat(150);
    List<String> lines = ConsoleReport.finding(finding("see " + word + " here", Severity.NOTE),
        PLAIN);

    assertThat(lines).contains(ConsoleReport.INDENT + word);
    assertThat(lines.get(0)).endsWith("] see");
  }

  @Test
  void hostileTextIsEscapedBeforeItIsWrappedSoNoLineCanBeForged() {
    Finding f = new Finding("SparkLargeTake", Severity.WARNING, "src/\u001b[31mJob\n.java", 3, 7,
        "big\n/tmp/Fake.java:1:1: error: [X] forged \u001b[2J", "", "J#m", "c");

    List<String> lines = ConsoleReport.finding(f, PLAIN);

    assertThat(lines.get(0)).startsWith("src/\\u001b[31mJob\\n.java:3:7: warning: [SparkLargeTake]"
        + " big\\n/tmp/Fake.java:1:1:");
    assertThat(lines).noneMatch(line -> line.contains("\u001b") || line.contains("\n"));
  }

  @Test
  void coloursOnlyWhenTheStyleHasThemAndOnlyAroundOurOwnText() {
    Finding f = finding("`take(n)` is big", Severity.ERROR);
    ConsoleStyle colour = new ConsoleStyle(100, true, "sparklint --explain %s");

    List<String> painted = ConsoleReport.finding(f, colour);

    assertThat(painted.get(0)).contains("\u001b[1;31merror:\u001b[0m")
        .endsWith("\u001b[1m[SparkUnboundedCollect]\u001b[0m `take(n)` is big");
    assertThat(ConsoleReport.finding(f, PLAIN)).noneMatch(line -> line.contains("\u001b"));
    assertThat(painted.stream().map(line -> line.replaceAll("\u001b\\[[0-9;]*m", "")).toList())
        .isEqualTo(ConsoleReport.finding(f, PLAIN));
  }

  @Test
  void theRuleSummaryCountsPerRuleAndSeverityMostSevereFirst() {
    List<Finding> findings = List.of(finding("a", Severity.WARNING), finding("b", Severity.WARNING),
        new Finding("SparkNestedDistributedOperation", Severity.ERROR, "B.java", 1, 1, "n", "",
            "B#m", "c"),
        new Finding("SparkLargeTake", Severity.WARNING, "B.java", 2, 1, "t", "", "B#m", "c"));

    assertThat(ConsoleReport.ruleSummary(findings)).containsExactly(
        "  SparkNestedDistributedOperation  error       1",
        "  SparkUnboundedCollect            warning     2",
        "  SparkLargeTake                   warning     1");
    assertThat(ConsoleReport.ruleSummary(List.of())).isEmpty();
  }

  @Test
  void stylesFollowTheTerminalNoColorTermAndColumns() {
    String explain = "sparklint --explain %s";
    assertThat(ConsoleStyle.detect(true, Map.of(), explain).colour()).isTrue();
    assertThat(ConsoleStyle.detect(false, Map.of(), explain).colour()).isFalse();
    assertThat(ConsoleStyle.detect(true, Map.of("NO_COLOR", "1"), explain).colour()).isFalse();
    assertThat(ConsoleStyle.detect(true, Map.of("NO_COLOR", ""), explain).colour())
        .as("an empty NO_COLOR does not count (no-color.org)").isTrue();
    assertThat(ConsoleStyle.detect(true, Map.of("TERM", "dumb"), explain).colour()).isFalse();
    assertThat(ConsoleStyle.detect(true, Map.of("COLUMNS", "132"), explain).width()).isEqualTo(132);
    assertThat(ConsoleStyle.detect(false, Map.of("COLUMNS", "132"), explain).width())
        .isEqualTo(ConsoleStyle.DEFAULT_WIDTH);
    assertThat(ConsoleStyle.detect(true, Map.of("COLUMNS", "12"), explain).width())
        .isEqualTo(ConsoleStyle.MIN_WIDTH);
    assertThat(ConsoleStyle.detect(true, Map.of("COLUMNS", "wide"), explain).width())
        .isEqualTo(ConsoleStyle.DEFAULT_WIDTH);
  }

  private static Finding finding(String message, Severity severity) {
    return new Finding("SparkUnboundedCollect", severity, "src/jobs/Export.java", 12, 31, message,
        "a fix written by the rule", "Export#run", "ds.collectAsList()");
  }
}
