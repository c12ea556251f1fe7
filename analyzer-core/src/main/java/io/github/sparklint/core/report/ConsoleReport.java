package io.github.sparklint.core.report;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings as people read them on a console: the first line keeps the console format ({@code
 * path:line:col: severity: [RuleId] message}), a long message wraps onto indented lines, then the
 * rule's fix in one line (from its page, {@link RuleDocs#fixInOneLine}) and the command that shows
 * the rule's page. Text from analyzed files is escaped ({@link TextReport#escape}) before it is
 * wrapped or coloured, so it can neither forge lines nor colour the terminal.
 */
public final class ConsoleReport {
  /** How continuation lines of a finding start. */
  public static final String INDENT = "    ";

  private ConsoleReport() {}

  /** The lines of one finding. */
  public static List<String> finding(Finding f, ConsoleStyle style) {
    String location = TextReport.escape(f.file()) + ":" + f.line() + ":" + f.column() + ":";
    String level = f.severity().label() + ":";
    String rule = "[" + TextReport.escape(f.ruleId()) + "]";
    int headWidth = location.length() + level.length() + rule.length() + 3;
    int rest = style.width() - INDENT.length();
    List<String> message = Wrap.lines(TextReport.confidenceNote(f) + TextReport.escape(f.message()),
        style.width() - headWidth, rest);
    List<String> lines = new ArrayList<>();
    lines.add(style.bold(location) + " " + style.severity(f.severity(), level) + " "
        + style.bold(rule) + " " + message.get(0));
    message.stream().skip(1).forEach(line -> lines.add(INDENT + line));
    String fix = RuleDocs.fixInOneLine(f.ruleId()).orElse(f.fix());
    if (!fix.isEmpty()) {
      Wrap.lines("fix: " + TextReport.escape(fix), rest, rest)
          .forEach(line -> lines.add(INDENT + line));
    }
    Wrap.lines("rule page: " + style.explain(TextReport.escape(f.ruleId())), rest, rest)
        .forEach(line -> lines.add(INDENT + style.dim(line)));
    return lines;
  }

  /**
   * Counts per rule and severity, most severe first, then by count: one line each, e.g. {@code
   * "  SparkUnboundedCollect            warning    5"}.
   */
  public static List<String> ruleSummary(List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Severity> severities = new TreeMap<>();
    for (Finding f : findings) {
      String key = f.severity().ordinal() + " " + f.ruleId();
      counts.merge(key, 1, Integer::sum);
      severities.put(key, f.severity());
    }
    int width = findings.stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
    List<String> lines = new ArrayList<>();
    counts.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> severities.get(e.getKey()))
            .thenComparing(Map.Entry.<String, Integer>comparingByValue().reversed())
            .thenComparing(Map.Entry::getKey))
        .forEach(e -> lines.add(String.format("  %-" + width + "s  %-7s %5d",
            TextReport.escape(e.getKey().substring(2)), severities.get(e.getKey()).label(),
            e.getValue())));
    return lines;
  }
}
