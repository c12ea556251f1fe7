package io.github.sparklint.core.report;

import io.github.sparklint.core.Severity;
import java.util.Map;

/**
 * How console findings look: the line width they wrap at, whether they are coloured, and the
 * command that shows a rule's page in this front (e.g. {@code sparklint --explain %s}).
 *
 * @param width the width lines wrap at (at least {@value #MIN_WIDTH})
 * @param colour whether ANSI colours are used
 * @param explainCommand a format with one {@code %s} for the rule id
 */
public record ConsoleStyle(int width, boolean colour, String explainCommand) {
  /** The width when the terminal does not tell its own. */
  public static final int DEFAULT_WIDTH = 100;
  /** Narrower terminals still get lines this wide. */
  public static final int MIN_WIDTH = 40;

  private static final String RESET = "\u001b[0m";

  public ConsoleStyle {
    width = Math.max(width, MIN_WIDTH);
  }

  /**
   * The style for a stream: colours only when it is a terminal, {@code NO_COLOR} is not set to a
   * non-empty value (no-color.org) and {@code TERM} is not {@code dumb}; the width from {@code
   * COLUMNS} when it is a number.
   */
  public static ConsoleStyle detect(boolean terminal, Map<String, String> env,
      String explainCommand) {
    String noColor = env.get("NO_COLOR");
    boolean colour = terminal && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(env.get("TERM"));
    int width = DEFAULT_WIDTH;
    String columns = env.get("COLUMNS");
    if (terminal && columns != null && columns.matches("\\d{1,4}")) {
      width = Integer.parseInt(columns);
    }
    return new ConsoleStyle(width, colour, explainCommand);
  }

  /** Plain style (no colours, default width), as in a build log. */
  public static ConsoleStyle plain(String explainCommand) {
    return new ConsoleStyle(DEFAULT_WIDTH, false, explainCommand);
  }

  /** The command that shows {@code ruleId}'s page. */
  public String explain(String ruleId) {
    return String.format(explainCommand, ruleId);
  }

  /** {@code text} in the colour of {@code severity}, when colours are on. */
  String severity(Severity severity, String text) {
    return paint(switch (severity) {
      case ERROR -> "\u001b[1;31m";
      case WARNING -> "\u001b[33m";
      case NOTE -> "\u001b[36m";
    }, text);
  }

  /** {@code text} in bold, when colours are on. */
  String bold(String text) {
    return paint("\u001b[1m", text);
  }

  /** {@code text} dimmed, when colours are on. */
  String dim(String text) {
    return paint("\u001b[2m", text);
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
