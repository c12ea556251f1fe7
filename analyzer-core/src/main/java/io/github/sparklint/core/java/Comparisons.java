package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Small helpers for reading comparisons such as {@code list.size() <= 10} or {@code 3 == n}. */
public final class Comparisons {
  private Comparisons() {}

  /**
   * A comparison of a subject with a constant, read with the subject on the left: {@code 10 >
   * top.size()} is {@code top.size() < 10}.
   *
   * @param op the operator with the subject on its left
   * @param constant the non-negative whole number the subject is compared with
   */
  public record WithConstant(BinaryExpr.Operator op, long constant) {}

  /**
   * {@code compare} read as "subject {@code op} constant" when one side is the subject ({@code
   * isSubject}) and the other a non-negative whole-number constant; empty otherwise, or for an
   * operator that is no comparison.
   */
  public static Optional<WithConstant> withConstant(
      BinaryExpr compare, Predicate<Expression> isSubject) {
    BinaryExpr.Operator op;
    Expression other;
    if (isSubject.test(compare.getLeft())) {
      op = compare.getOperator();
      other = compare.getRight();
    } else if (isSubject.test(compare.getRight())) {
      op = mirrored(compare.getOperator());
      other = compare.getLeft();
    } else {
      return Optional.empty();
    }
    Optional<Long> constant = Constants.longValue(other).filter(v -> v >= 0);
    return op == null || constant.isEmpty() ? Optional.empty()
        : Optional.of(new WithConstant(op, constant.get()));
  }

  /**
   * The comparisons that must all hold for {@code condition} to hold: its {@code &&} operands,
   * unwrapped, that are binary expressions ({@code it.hasNext() && top.size() < 10} gives the
   * size comparison).
   */
  public static List<BinaryExpr> conjuncts(Expression condition) {
    List<BinaryExpr> found = new ArrayList<>();
    Expression c = Expressions.unwrap(condition);
    if (c instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND) {
      found.addAll(conjuncts(and.getLeft()));
      found.addAll(conjuncts(and.getRight()));
    } else if (c instanceof BinaryExpr compare) {
      found.add(compare);
    }
    return found;
  }

  /**
   * The operator that says the same with its sides swapped ({@code a < b} is {@code b > a}); null
   * for an operator that is no comparison.
   */
  private static BinaryExpr.Operator mirrored(BinaryExpr.Operator op) {
    return switch (op) {
      case LESS -> BinaryExpr.Operator.GREATER;
      case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
      case GREATER -> BinaryExpr.Operator.LESS;
      case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
      case EQUALS, NOT_EQUALS -> op;
      default -> null;
    };
  }
}
