package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.SparkApi;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a constant SQL text says about how many rows its result has. The text is read, not
 * parsed: each rule below looks at the statement's top level (outside parentheses) and gives up
 * (no bound) on anything it does not recognize, so a query it misreads is at worst reported.
 */
public final class SqlRows {
  private static final Pattern STATEMENT = Pattern.compile(
      "^\\s*\\(?\\s*(select|with|show|describe|desc|explain|values|table|call)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_LIMIT = Pattern.compile(
      "\\blimit\\s+(\\d+|" + SqlSkeleton.PLACEHOLDER + ")\\s*;?\\s*$", Pattern.CASE_INSENSITIVE);
  /**
   * The {@link #rowBound} of a statement with a trailing {@code LIMIT} the code fills at run time
   * ({@code "... LIMIT " + num}): bounded, by a count it does not show, as {@code limit(num)} is.
   */
  static final long UNCOUNTED = -1;
  private static final Pattern SELECT =
      Pattern.compile("\\s*select\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern FROM = Pattern.compile("\\s+from\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern CALL_HEAD = Pattern.compile("^\\s*([a-z_][a-z0-9_]*)\\s*\\(");
  private static final Pattern METADATA =
      Pattern.compile("^\\s*(show|describe|desc|set|explain|use|create|drop|alter|insert|"
          + "refresh|cache|uncache|msck|analyze|reset)\\b", Pattern.CASE_INSENSITIVE);
  /**
   * A table's history as Iceberg's metadata tables list it, read from alone: one row per snapshot,
   * branch or tag, or metadata file, which snapshot expiry keeps to a few hundred; small by nature
   * like {@code SHOW}'s output. Paimon's system tables of the same kind ({@code t$snapshots},
   * {@code $schemas}, {@code $options}, {@code $tags}, {@code $branches}, {@code $consumers}) too.
   * The tables of files, manifests, partitions and entries are not: they have a row per data file
   * or partition.
   */
  private static final Pattern SMALL_METADATA_TABLE = Pattern.compile(
      "^[\\w`.]+(\\.`?(snapshots|refs|history|metadata_log_entries)"
          + "|\\$(snapshots|schemas|options|tags|branches|consumers))`?(\\s|$)",
      Pattern.CASE_INSENSITIVE);
  /**
   * A stored procedure's call ({@code CALL cat.system.rewrite_data_files(..)}, Iceberg's and
   * Paimon's table maintenance) returns a row or a few reporting what it did; a procedure that
   * lists files or commits (Hudi's {@code show_*}, Iceberg's {@code remove_orphan_files}) returns a
   * row per item.
   */
  private static final Pattern PROCEDURE_CALL =
      Pattern.compile("^\\s*call\\s+([\\w`.]+)\\s*\\(", Pattern.CASE_INSENSITIVE);
  private static final Pattern LISTING_PROCEDURE =
      Pattern.compile("(^|\\.)`?(show_\\w+|remove_orphan_files)`?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern JOIN = Pattern.compile("\\bjoin\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UNION =
      Pattern.compile("\\bunion(\\s+all|\\s+distinct)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern GROUP_BY = Pattern.compile(
      "\\bgroup\\s+by\\b(.*?)(?=\\bhaving\\b|\\border\\s+by\\b|\\blimit\\b|\\bwindow\\b|$)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern WHERE = Pattern.compile(
      "\\bwhere\\b(.*?)(?=\\bgroup\\s+by\\b|\\bhaving\\b|\\border\\s+by\\b|\\blimit\\b|$)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern AND = Pattern.compile("\\s+and\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern WIDENING =
      Pattern.compile("\\b(or|not)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FALSE_CONDITION =
      Pattern.compile("^\\s*(false|1\\s*=\\s*0|0\\s*=\\s*1|1\\s*<>\\s*1|1\\s*!=\\s*1)\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_EQUALS =
      Pattern.compile("^\\s*([\\w.`]+)\\s*=\\s*(" + SqlRows.LITERAL + ")\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern KEY_IN =
      Pattern.compile("^\\s*([\\w.`]+)\\s+in\\s*\\((.*)\\)\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern OVER = Pattern.compile("\\bover\\b", Pattern.CASE_INSENSITIVE);
  /** A column set to one value: a literal, a bind marker ({@code ?}, {@code :id}), a pasted one. */
  private static final Pattern ONE_VALUE = Pattern.compile("^\\s*([\\w.`]+)\\s*(?:==|=|<=>)\\s*(?:"
      + SqlRows.LITERAL + "|\\?|:[A-Za-z_]\\w*|" + SqlSkeleton.PLACEHOLDER + ")\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A literal: a quoted string, optionally typed ({@code date'2012-01-01'}), or a number. */
  private static final String LITERAL =
      "(?:(?:date|timestamp)\\s*)?'[^']*'|-?\\d+(?:\\.\\d+)?";
  private static final Pattern LITERAL_ONLY =
      Pattern.compile("^\\s*(" + LITERAL + ")\\s*$", Pattern.CASE_INSENSITIVE);

  private SqlRows() {}

  /**
   * True when {@code table}, a table name as SQL or {@code spark.table(..)} writes it, is a
   * history or metadata table that is small by nature ({@code db.t.snapshots}, {@code `t$schemas`}).
   */
  public static boolean isSmallMetadataTable(String table) {
    return SMALL_METADATA_TABLE.matcher(table.trim()).find();
  }

  /** True when {@code text} reads like a SQL statement that returns rows or metadata. */
  public static boolean isStatement(String text) {
    return STATEMENT.matcher(SqlText.withoutComments(text)).find();
  }

  /**
   * An upper bound on the rows {@code sql} returns, when the text shows one: a trailing {@code
   * LIMIT n} ({@link #UNCOUNTED} when the code fills in n); a metadata or DDL statement; a {@code CALL} of a procedure that reports what it did;
   * a {@code SELECT} without {@code FROM} or from one of
   * Iceberg's history tables ({@code db.t.snapshots}, {@code .refs}); an ungrouped,
   * aggregate-only select list (one row); a {@code WHERE} that is always false (none); a {@code
   * GROUP BY} whose every key the {@code WHERE} pins to listed constants ({@code k IN (a, b)}:
   * two groups); and a {@code UNION} of bounded parts (their sum).
   */
  public static OptionalLong rowBound(String sql) {
    String text = SqlText.withoutComments(sql).trim();
    Matcher limit = TRAILING_LIMIT.matcher(text);
    if (limit.find()) {
      if (limit.group(1).equals(SqlSkeleton.PLACEHOLDER)) {
        return OptionalLong.of(UNCOUNTED);
      }
      try {
        return OptionalLong.of(Long.parseLong(limit.group(1)));
      } catch (NumberFormatException e) {
        return OptionalLong.of(Long.MAX_VALUE);
      }
    }
    if (METADATA.matcher(text).find()) {
      return OptionalLong.of(1);
    }
    Matcher procedure = PROCEDURE_CALL.matcher(text);
    if (procedure.find()) {
      return LISTING_PROCEDURE.matcher(procedure.group(1)).find() ? OptionalLong.empty()
          : OptionalLong.of(1);
    }
    List<String> parts = SqlTopLevel.split(text, UNION);
    long total = 0;
    for (String part : parts) {
      OptionalLong rows = selectBound(SqlTopLevel.unwrap(part));
      if (rows.isEmpty()) {
        return rows;
      }
      total = Math.min(Long.MAX_VALUE - 1, total + rows.getAsLong());
    }
    return OptionalLong.of(total);
  }

  private static OptionalLong selectBound(String text) {
    Matcher select = SELECT.matcher(text);
    if (!select.lookingAt()) {
      return OptionalLong.empty();
    }
    Matcher fromKeyword = FROM.matcher(SqlTopLevel.blanked(text));
    if (!fromKeyword.find(select.end())) {
      return OptionalLong.of(1);
    }
    String items = text.substring(select.end(), fromKeyword.start());
    String rest = text.substring(fromKeyword.end());
    String outer = SqlTopLevel.blanked(rest);
    if (SMALL_METADATA_TABLE.matcher(rest.trim()).find() && !JOIN.matcher(outer).find()) {
      return OptionalLong.of(1);
    }
    Map<String, Long> pinned = pinnedKeys(rest, outer);
    if (pinned == null) {
      return OptionalLong.of(0);
    }
    Matcher groupBy = GROUP_BY.matcher(outer);
    if (groupBy.find()) {
      return groupsOf(rest.substring(groupBy.start(1), groupBy.end(1)), pinned);
    }
    for (String item : SqlTopLevel.items(items)) {
      String lower = item.toLowerCase(Locale.ROOT);
      Matcher head = CALL_HEAD.matcher(lower);
      if (!head.find() || !SparkApi.isScalarAggregate(head.group(1))
          || OVER.matcher(SqlTopLevel.blanked(lower)).find()) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.of(1);
  }

  /**
   * The columns a plain select of one table ({@code SELECT .. FROM t WHERE id = ?}, no join, union
   * or grouping) narrows to one value each in top-level {@code WHERE} conjuncts without {@code OR},
   * sorted and joined by {@code `, `}; empty when there are none. The rows are as many as share
   * those values.
   */
  static Optional<String> narrowedColumns(String sql) {
    String text = SqlText.withoutComments(sql).trim();
    Matcher select = SELECT.matcher(text);
    String blanked = SqlTopLevel.blanked(text);
    Matcher fromKeyword = FROM.matcher(blanked);
    if (!select.lookingAt() || !fromKeyword.find(select.end()) || JOIN.matcher(blanked).find()
        || UNION.matcher(blanked).find() || GROUP_BY.matcher(blanked).find()) {
      return Optional.empty();
    }
    String rest = text.substring(fromKeyword.end());
    Matcher where = WHERE.matcher(SqlTopLevel.blanked(rest));
    if (!where.find() || rest.substring(0, where.start()).contains(",")
        || WIDENING.matcher(rest.substring(where.start(1), where.end(1))).find()) {
      return Optional.empty();
    }
    return SqlTopLevel.split(rest.substring(where.start(1), where.end(1)), AND).stream()
        .map(ONE_VALUE::matcher).filter(Matcher::matches).map(m -> column(m.group(1))).sorted()
        .distinct().reduce((a, b) -> a + "`, `" + b);
  }

  /** At most one group per combination of the pinned values of every grouping key. */
  private static OptionalLong groupsOf(String keys, Map<String, Long> pinned) {
    long groups = 1;
    for (String key : SqlTopLevel.items(keys)) {
      Long values = pinned.get(column(key));
      if (values == null) {
        return OptionalLong.empty();
      }
      groups = Math.min(Long.MAX_VALUE / 2, groups * values);
    }
    return OptionalLong.of(groups);
  }

  /**
   * The columns the top-level {@code WHERE} of {@code rest} (the text after {@code FROM}, and
   * {@code outer} the same with parenthesized parts blanked) pins to constants, with how many values each may
   * take ({@code k = 'a'}: 1, {@code k IN ('a', 'b')}: 2); null when the condition is always false.
   */
  private static Map<String, Long> pinnedKeys(String rest, String outer) {
    Map<String, Long> pinned = new TreeMap<>();
    Matcher where = WHERE.matcher(outer);
    if (!where.find()) {
      return pinned;
    }
    String condition = rest.substring(where.start(1), where.end(1));
    if (FALSE_CONDITION.matcher(condition).matches()) {
      return null;
    }
    for (String conjunct : SqlTopLevel.split(condition, AND)) {
      if (FALSE_CONDITION.matcher(conjunct).matches()) {
        return null;
      }
      Matcher equals = KEY_EQUALS.matcher(conjunct);
      if (equals.matches()) {
        pinned.merge(column(equals.group(1)), 1L, Math::min);
        continue;
      }
      Matcher in = KEY_IN.matcher(conjunct);
      if (in.matches()) {
        List<String> values = SqlTopLevel.items(in.group(2));
        if (values.stream().allMatch(v -> LITERAL_ONLY.matcher(v).matches())) {
          pinned.merge(column(in.group(1)), (long) values.size(), Math::min);
        }
      }
    }
    return pinned;
  }

  /** A column reference without its table qualifier or quotes, in lower case. */
  private static String column(String reference) {
    String name = reference.trim().replace("`", "").toLowerCase(Locale.ROOT);
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
