package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Declarations;
import java.util.List;
import java.util.Optional;

/**
 * Folds the alternatives a value is one of, as the code writes it, in a caller's lattice ({@link
 * Fold}): through parentheses, both branches of a conditional, every branch of a {@code switch}
 * expression ({@code case X -> value}, {@code yield value}), and the values of a local (its single
 * value, or every value a reassigned one is given). A value the fold reads itself is not looked
 * through; one it cannot read, nor the walk look through, has no answer.
 */
final class ValueAlternatives {
  private static final int MAX_DEPTH = 8;

  /** A lattice to fold alternatives in. */
  interface Fold<T> {
    /** What {@code e} is worth by itself, tried first; empty to look through it. */
    Optional<T> leaf(Expression e);

    /** Either {@code a} or {@code b}. */
    T join(T a, T b);

    /** What a name is worth when its values give no answer (by its declared type, say). */
    default Optional<T> name(Expression name) {
      return Optional.empty();
    }
  }

  private ValueAlternatives() {}

  /** {@code value} folded in {@code fold}; empty when one of its alternatives has no answer. */
  static <T> Optional<T> fold(Expression value, Fold<T> fold) {
    return fold(value, fold, 0);
  }

  /** Every one of {@code values} folded and joined; empty when one has no answer or none is given. */
  static <T> Optional<T> foldAll(List<Expression> values, Fold<T> fold) {
    return joinAll(values, fold, -1);
  }

  private static <T> Optional<T> fold(Expression e, Fold<T> fold, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Optional<T> leaf = fold.leaf(e);
    if (leaf.isPresent()) {
      return leaf;
    }
    if (e.isEnclosedExpr()) {
      return fold(e.asEnclosedExpr().getInner(), fold, depth + 1);
    }
    if (e.isConditionalExpr()) {
      return joinAll(List.of(e.asConditionalExpr().getThenExpr(),
          e.asConditionalExpr().getElseExpr()), fold, depth);
    }
    if (e instanceof SwitchExpr choice) {
      return branches(choice).flatMap(results -> joinAll(results, fold, depth));
    }
    if (e.isNameExpr()) {
      Optional<List<Expression>> values = Declarations.singleValue(e.asNameExpr()).map(List::of)
          .or(() -> Assignments.valuesOf(e.asNameExpr()).map(Assignments.Values::values));
      return values.flatMap(all -> joinAll(all, fold, depth)).or(() -> fold.name(e));
    }
    return Optional.empty();
  }

  private static <T> Optional<T> joinAll(List<Expression> values, Fold<T> fold, int depth) {
    Optional<T> joined = Optional.empty();
    for (Expression value : values) {
      Optional<T> one = fold(value, fold, depth + 1);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      joined = Optional.of(joined.map(j -> fold.join(j, one.get())).orElse(one.get()));
    }
    return joined;
  }

  /**
   * The value of each {@code case X -> value} and each {@code yield value} of {@code choice};
   * empty when an entry shows none (one that only throws gives no value and is left out).
   */
  private static Optional<List<Expression>> branches(SwitchExpr choice) {
    List<Expression> all = new java.util.ArrayList<>();
    for (SwitchEntry entry : choice.getEntries()) {
      List<Expression> results = entry.getType() == SwitchEntry.Type.EXPRESSION
          && entry.getStatements().size() == 1 && entry.getStatement(0).isExpressionStmt()
          ? List.of(entry.getStatement(0).asExpressionStmt().getExpression())
          : entry.findAll(YieldStmt.class).stream().map(YieldStmt::getExpression).toList();
      if (results.isEmpty() && entry.getType() != SwitchEntry.Type.THROWS_STATEMENT) {
        return Optional.empty();
      }
      all.addAll(results);
    }
    return Optional.of(all);
  }
}
