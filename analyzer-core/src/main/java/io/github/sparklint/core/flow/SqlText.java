package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.SparkState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a constant Spark SQL text says about the size of its result. */
public final class SqlText {
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*(?!\\+).*?\\*/", Pattern.DOTALL);


  private static final Pattern HINT_COMMENT = Pattern.compile("/\\*\\+(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern HINT_CALL = Pattern.compile("([A-Za-z_]+)\\s*\\(([^)]*)\\)");
  private static final Pattern RELATION =
      Pattern.compile("\\b(?:from|join)\\s+([A-Za-z_`][\\w.`]*)(?:\\s+(?:as\\s+)?(?!(?:join|on|using|"
          + "where|group|order|limit|left|right|inner|full|outer|cross|natural|union|having|"
          + "lateral|semi|anti|window|tablesample)\\b)([A-Za-z_]\\w*))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern COMMA_NEXT = Pattern.compile("\\s*,");
  private static final Pattern SET_COMMAND =
      Pattern.compile("^\\s*set\\s+`?([a-z0-9_.:\\-]+)`?\\s*=(.*?)[\\s;]*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private SqlText() {}

  /**
   * A relation named in a broadcast join hint that the query reads straight from a table.
   *
   * @param hint the hint as written ({@code BROADCAST}, {@code MAPJOIN}, ...)
   * @param name the hinted name (a table name or alias)
   * @param table the table it stands for, as written after {@code FROM} / {@code JOIN}
   */
  public record HintedTable(String hint, String name, String table) {}

  /**
   * The relations that a broadcast hint ({@code /*+ BROADCAST(t) *}{@code /}, BROADCASTJOIN,
   * MAPJOIN) names and that the query reads directly from a table, not from a subquery or a
   * common table expression.
   */
  public static List<HintedTable> broadcastHintedTables(String sql) {
    List<HintedTable> found = new ArrayList<>();
    String noComments = withoutComments(sql);
    String body = HINT_COMMENT.matcher(noComments).replaceAll(" ");
    Matcher hints = HINT_COMMENT.matcher(noComments);
    while (hints.find()) {
      Matcher call = HINT_CALL.matcher(hints.group(1));
      while (call.find()) {
        if (!SparkState.isBroadcastHintName(call.group(1))) {
          continue;
        }
        for (String arg : call.group(2).split(",")) {
          String name = unquote(arg);
          if (!name.isEmpty() && !isCommonTableExpression(body, name)) {
            tableNamed(body, name).ifPresent(t -> found.add(new HintedTable(call.group(1), name, t)));
          }
        }
      }
    }
    return found;
  }

  /**
   * The tables a query reads, as written after {@code FROM} and {@code JOIN} (in subqueries too),
   * without backticks; empty when it reads none, or when it lists tables with commas, which this
   * reading does not follow.
   */
  public static List<String> readTables(String sql) {
    String body = HINT_COMMENT.matcher(withoutComments(sql)).replaceAll(" ");
    List<String> tables = new ArrayList<>();
    Matcher relation = RELATION.matcher(body);
    while (relation.find()) {
      if (COMMA_NEXT.matcher(body).region(relation.end(), body.length()).lookingAt()) {
        return List.of();
      }
      tables.add(unquote(relation.group(1)));
    }
    return tables;
  }

  private static Optional<String> tableNamed(String body, String name) {
    Matcher relation = RELATION.matcher(body);
    while (relation.find()) {
      String table = unquote(relation.group(1));
      String simple = table.substring(table.lastIndexOf('.') + 1);
      String alias = relation.group(2);
      if (alias != null && alias.equalsIgnoreCase(name) || simple.equalsIgnoreCase(name)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }

  private static boolean isCommonTableExpression(String body, String name) {
    return Pattern.compile("\\b" + Pattern.quote(name) + "\\s+as\\s*\\(", Pattern.CASE_INSENSITIVE)
        .matcher(body).find();
  }

  private static String unquote(String name) {
    return name.trim().replace("`", "");
  }

  /**
   * The key and value of a {@code SET key=value} statement ({@code SET key = value} too), with
   * comments, backticks and quotes around the value removed; empty for any other statement,
   * including {@code SET key} and {@code SET -v}, which only read settings.
   */
  public static Optional<Map.Entry<String, String>> setCommand(String sql) {
    Matcher m = SET_COMMAND.matcher(withoutComments(sql));
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(Map.entry(m.group(1), unquoteValue(m.group(2).trim())));
  }

  private static String unquoteValue(String value) {
    if (value.length() >= 2) {
      char first = value.charAt(0);
      boolean quoted = first == '`' || first == '\'' || first == '"';
      if (quoted && value.charAt(value.length() - 1) == first) {
        return value.substring(1, value.length() - 1).trim();
      }
    }
    return value;
  }

  /** The SQL without comments (optimizer hints {@code /*+ ... *}{@code /} are kept). */
  public static String withoutComments(String sql) {
    return BLOCK_COMMENT.matcher(LINE_COMMENT.matcher(sql).replaceAll(" ")).replaceAll(" ");
  }
}
