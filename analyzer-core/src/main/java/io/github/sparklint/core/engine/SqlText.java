package io.github.sparklint.core.engine;

import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a constant Spark SQL text says about the size of its result. */
public final class SqlText {
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
  private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*(?!\\+).*?\\*/", Pattern.DOTALL);
  private static final Pattern TRAILING_LIMIT =
      Pattern.compile("\\blimit\\s+(\\d+)\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SELECT_LIST =
      Pattern.compile("^\\s*select\\s+(.*?)(?:\\s+from\\s+(.*))?$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern CALL_HEAD = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)\\s*\\(");
  private static final Pattern METADATA =
      Pattern.compile("^\\s*(show|describe|desc|set|explain|use|create|drop|alter|insert|"
          + "refresh|cache|uncache|msck|analyze|reset)\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern GROUP_BY = Pattern.compile("\\bgroup\\s+by\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern OVER = Pattern.compile("\\bover\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern HINT_COMMENT = Pattern.compile("/\\*\\+(.*?)\\*/", Pattern.DOTALL);
  private static final Pattern HINT_CALL = Pattern.compile("([A-Za-z_]+)\\s*\\(([^)]*)\\)");
  private static final Pattern RELATION =
      Pattern.compile("\\b(?:from|join)\\s+([A-Za-z_`][\\w.`]*)(?:\\s+(?:as\\s+)?(?!(?:join|on|using|"
          + "where|group|order|limit|left|right|inner|full|outer|cross|natural|union|having|"
          + "lateral|semi|anti|window|tablesample)\\b)([A-Za-z_]\\w*))?",
          Pattern.CASE_INSENSITIVE);
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

  /**
   * An upper bound on the rows {@code sql} returns, when the text shows one: a trailing {@code
   * LIMIT n}, an ungrouped aggregate-only select list (one row), a {@code SELECT} without {@code
   * FROM}, or a metadata/DDL statement.
   */
  public static OptionalLong rowBound(String sql) {
    String text = withoutComments(sql).trim();
    Matcher limit = TRAILING_LIMIT.matcher(text);
    if (limit.find()) {
      try {
        return OptionalLong.of(Long.parseLong(limit.group(1)));
      } catch (NumberFormatException e) {
        return OptionalLong.of(Long.MAX_VALUE);
      }
    }
    if (METADATA.matcher(text).find()) {
      return OptionalLong.of(1);
    }
    Matcher select = SELECT_LIST.matcher(text);
    if (!select.matches()) {
      return OptionalLong.empty();
    }
    String from = select.group(2);
    if (from == null) {
      return OptionalLong.of(1);
    }
    if (GROUP_BY.matcher(topLevel(from)).find()) {
      return OptionalLong.empty();
    }
    for (String item : topLevelItems(select.group(1))) {
      String lower = item.toLowerCase(Locale.ROOT);
      Matcher head = CALL_HEAD.matcher(lower);
      if (!head.find() || !SparkApi.isScalarAggregate(head.group(1))
          || OVER.matcher(topLevel(lower)).find()) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(1);
  }

  private static String topLevel(String text) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
        out.append(c);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<String> topLevelItems(String list) {
    List<String> items = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        items.add(list.substring(start, i));
        start = i + 1;
      }
    }
    items.add(list.substring(start));
    return items;
  }
}
