package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Comparisons;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Rows picked by their index: a filter whose function compares the index that {@code
 * zipWithIndex()} pairs each element with (the {@code indexed} keys fact: 0 to count - 1, each
 * once) with constants, {@code t -> t._2 == 50 || t._2 == 2} (two rows), {@code t -> t._2 < 10}
 * (ten). The index is unique, so such a filter keeps at most as many rows as the constants allow,
 * however large its input. A comparison with anything but a constant, or a test of the element
 * rather than its index, bounds nothing.
 */
final class IndexedRows {
  private static final String INDEXED = "indexed";
  /** The slot of the pair that holds the index ({@code t._2}, {@code t._2()}). */
  private static final String INDEX = "_2";

  private static final String KEPT = "kept";

  private final SparkTypes types;
  private final KeyedSteps steps;

  IndexedRows(SparkTypes types) {
    this.types = types;
    this.steps = new KeyedSteps(types);
  }

  /** At most the rows the indexes {@code filter} keeps allow; empty when it keeps no such rows. */
  Optional<Flow> rows(MethodCallExpr filter) {
    // through the steps that keep each element as it is (filter, cache), not those that keep only
    // the keys (mapValues would rewrite the index)
    Optional<MethodCallExpr> origin = steps.origin(filter.getScope().get(),
        Declarations::singleValue, call -> types.receiverKind(call).flatMap(
            owner -> SparkApi.elementShape(owner, call.getNameAsString()))
            .filter(KEPT::equals).isPresent());
    if (origin.filter(call -> INDEXED.equals(steps.keySource(call))).isEmpty()) {
      return Optional.empty();
    }
    Optional<FilterFunctions> function = FilterFunctions.of(filter.getArgument(0));
    OptionalLong kept = function.map(f -> kept(f.test(), f)).orElse(OptionalLong.empty());
    return kept.isPresent() ? Optional.of(StatedRows.bounded(kept, null)) : Optional.empty();
  }

  /** How many indexes {@code test} holds for at most; empty when it does not tell. */
  private static OptionalLong kept(Expression test, FilterFunctions function) {
    Expression e = Expressions.unwrap(test);
    if (!(e instanceof BinaryExpr binary)) {
      return OptionalLong.empty();
    }
    OptionalLong left = kept(binary.getLeft(), function);
    OptionalLong right = kept(binary.getRight(), function);
    switch (binary.getOperator()) {
      case OR:
        return left.isPresent() && right.isPresent()
            ? OptionalLong.of(left.getAsLong() + right.getAsLong()) : OptionalLong.empty();
      case AND:
        return left.isEmpty() ? right : right.isEmpty() ? left
            : OptionalLong.of(Math.min(left.getAsLong(), right.getAsLong()));
      default:
        break;
    }
    Optional<Comparisons.WithConstant> compare =
        Comparisons.withConstant(binary, side -> isIndex(side, function));
    if (compare.isEmpty()) {
      return OptionalLong.empty();
    }
    long constant = compare.get().constant();
    return switch (compare.get().op()) {
      case EQUALS -> OptionalLong.of(1);
      case LESS -> OptionalLong.of(constant);
      case LESS_EQUALS -> OptionalLong.of(constant + 1);
      default -> OptionalLong.empty();
    };
  }

  /** {@code t._2} or {@code t._2()} of the row {@code function} tests. */
  private static boolean isIndex(Expression side, FilterFunctions function) {
    Expression e = Expressions.unwrap(side);
    Optional<Expression> scope = Optional.empty();
    if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getNameAsString().equals(INDEX)) {
      scope = Optional.of(e.asFieldAccessExpr().getScope());
    } else if (e.isMethodCallExpr() && e.asMethodCallExpr().getNameAsString().equals(INDEX)
        && e.asMethodCallExpr().getArguments().isEmpty()) {
      scope = e.asMethodCallExpr().getScope();
    }
    return scope.filter(s -> s.isNameExpr()
        && function.row().contains(s.asNameExpr().getNameAsString())).isPresent();
  }
}
