package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkColumns;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dataset narrowed to one key the code shows to be unique: a condition ({@code filter}, {@code
 * where}) that sets every column of a key to one value each ({@code col("k").equalTo(x)}, {@code
 * "k = 'x'"}, joined by {@code and}), on rows the code made unique on that key: grouped by it
 * ({@code groupBy("k").count()}) or deduplicated on it ({@code dropDuplicates("k")}), followed
 * back through locals and the steps that keep keys ({@code filter}, {@code sort}, {@code cache}:
 * the {@code keys} facts). Such a lookup has at most one row. An aggregate that keeps every value
 * of a group ({@code collect_list}) makes that one row as large as the group, so it bounds
 * nothing. An equality on a column the code does not show to be unique (an {@code id} of a table
 * read) bounds nothing either: real code filters whole tables on such columns, and the labeled
 * samples call most of those collects a risk (bench/precision/key-lookups.py). Its rows are
 * narrowed to one value ({@link Flow.Op#NARROWED}), which a finding says: how many rows share it
 * the code leaves open. A condition that keeps the keys a driver-side collection holds ({@link
 * MemberLookups}) narrows the same way: on a key the code made unique to at most that
 * collection's size, else to the rows that share those keys ({@link Flow.Op#MEMBERS}). An RDD
 * filter of the indexes {@code zipWithIndex} gave keeps as many rows as its constants allow
 * ({@link IndexedRows}).
 */
final class UniqueKeyLookups {
  private static final String KEPT = "kept";
  /** A condition text with a part that may widen it: {@code a = 1 OR b > 2}, {@code NOT a = 1}. */
  private static final Pattern WIDENING = Pattern.compile("(?i)\\b(or|not)\\b|\\|\\|");
  private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+|&&");
  /** {@code k = 'v'}, {@code `k` == 1}, {@code k <=> ?}: a column set to one literal value. */
  private static final Pattern EQUALITY = Pattern.compile(
      "^\\(?\\s*`?([A-Za-z_][A-Za-z0-9_]*)`?\\s*(?:==|=|<=>)\\s*"
          + "('[^']*'|\"[^\"]*\"|-?[0-9.]+|\\?|:[A-Za-z_]\\w*|" + SqlSkeleton.PLACEHOLDER
          + "|true|false)\\s*\\)?$", Pattern.CASE_INSENSITIVE);

  private final KeyedSteps steps;
  private final ColumnNames columns;
  private final MemberLookups members;
  private final IndexedRows indexes;

  UniqueKeyLookups(SparkTypes types, RowBounds bounds) {
    this.steps = new KeyedSteps(types);
    this.columns = new ColumnNames(types);
    this.members = new MemberLookups(types, bounds);
    this.indexes = new IndexedRows(types);
  }

  /**
   * The rows {@code call} keeps when it narrows its input ({@code input}, the flow of its
   * receiver) to one value of some columns: at most one row when they are a key its input is
   * unique on, else as many as share those values ({@link Flow#narrowed}); likewise to the keys a
   * driver collection holds, or to constant indexes; empty when it fixes no column to one value.
   */
  Optional<Flow> rows(MethodCallExpr call, SparkKind owner, Supplier<Flow> input) {
    if (!SparkColumns.isCondition(owner, call.getNameAsString())
        || call.getArguments().size() != 1 || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    Optional<Flow> indexed = owner == SparkKind.RDD ? indexes.rows(call) : Optional.empty();
    if (indexed.isPresent()) {
      return indexed;
    }
    Optional<Member> member = memberOf(call.getArgument(0));
    Set<String> fixed = member.isPresent() ? member.get().columns()
        : owner == SparkKind.DATASET ? fixedColumns(call.getArgument(0)) : Set.of();
    if (fixed.isEmpty()) {
      return member.map(m -> Flow.members(m.collection(), input.get()));
    }
    List<MethodCallExpr> passed = new ArrayList<>();
    Optional<MethodCallExpr> origin = steps.origin(call.getScope().get(), ConstantKeys::valueOf,
        step -> KEPT.equals(steps.keySource(step)) && passed.add(step));
    if (origin.filter(AggregateSelects::growsWithInput).isPresent()
        || passed.stream().anyMatch(AggregateSelects::growsWithInput)) {
      return Optional.empty(); // one row per key that holds every value of its group
    }
    Optional<Set<String>> key = origin.flatMap(this::uniqueKey);
    if (key.isPresent() && fixed.containsAll(key.get())) {
      // one row per key: at most one (no limit(n) call: no large-take message names one), or as
      // many as the driver's collection holds
      return Optional.of(member.isPresent() ? Flow.known(Bound.driverData(call.getNameAsString()))
          : StatedRows.bounded(OptionalLong.of(1), null));
    }
    return Optional.of(member.isPresent() ? Flow.members(member.get().collection(), input.get())
        : Flow.narrowed(String.join("`, `", new TreeSet<>(fixed)), input.get()));
  }

  /**
   * A condition that keeps the rows whose key a driver-side collection holds.
   *
   * @param collection the collection, as the code names it
   * @param columns the key column, for a Column condition; empty for a filter function
   */
  private record Member(String collection, Set<String> columns) {}

  /** The membership test {@code condition} narrows its rows by ({@link MemberLookups}); else empty. */
  private Optional<Member> memberOf(Expression condition) {
    Expression e = Expressions.unwrap(condition);
    if (!(e instanceof MethodCallExpr test) || test.getScope().isEmpty()
        || !SparkColumns.isMembership(test.getNameAsString())) {
      return members.ofFunction(e).map(collection -> new Member(collection, Set.of()));
    }
    Optional<String> column = columns.referenced(test.getScope().get());
    return column.isEmpty() ? Optional.empty() : members.ofColumn(test)
        .map(collection -> new Member(collection, Set.of(column.get())));
  }

  /**
   * The columns whose values are unique in the result of {@code step}: its grouping columns, or
   * the columns it deduplicates on; empty when it names none or one the code does not show.
   */
  private Optional<Set<String>> uniqueKey(MethodCallExpr step) {
    String source = steps.keySource(step);
    if (!source.equals("columns") && !source.equals("deduplicated")
        || step.getArguments().isEmpty()) {
      return Optional.empty();
    }
    Set<String> key = new HashSet<>();
    for (Expression argument : step.getArguments()) {
      Optional<String> name = columns.of(argument);
      if (name.isEmpty()) {
        return Optional.empty(); // an array or list of names, an expression: not read
      }
      key.add(name.get());
    }
    return Optional.of(key);
  }

  /** The columns {@code condition} sets to one value each; empty when it may hold for others. */
  private Set<String> fixedColumns(Expression condition) {
    Expression e = Expressions.unwrap(condition);
    Set<String> fixed = new HashSet<>();
    if (e.isMethodCallExpr()) {
      MethodCallExpr call = e.asMethodCallExpr();
      if (call.getScope().isEmpty() || call.getArguments().size() != 1) {
        return fixed;
      }
      Expression left = call.getScope().get();
      Expression right = call.getArgument(0);
      String method = call.getNameAsString();
      if (SparkColumns.isConjunction(method)) {
        fixed.addAll(fixedColumns(left));
        fixed.addAll(fixedColumns(right));
      } else if (SparkColumns.isEquality(method)) {
        columns.referenced(left).filter(c -> columns.isSingleValue(right)).ifPresent(fixed::add);
        columns.referenced(right).filter(c -> columns.isSingleValue(left)).ifPresent(fixed::add);
      }
      return fixed;
    }
    SqlSkeleton.of(e).ifPresent(text -> fixed.addAll(fixedInText(text)));
    return fixed;
  }

  /** The columns a condition text ({@code "k = 'x' AND d > 1"}) sets to one literal value each. */
  static Set<String> fixedInText(String text) {
    Set<String> fixed = new HashSet<>();
    if (WIDENING.matcher(text).find()) {
      return fixed;
    }
    for (String part : AND.split(text.trim())) {
      Matcher m = EQUALITY.matcher(part.trim());
      if (m.matches()) {
        fixed.add(ColumnNames.normal(m.group(1)));
      }
    }
    return fixed;
  }
}
