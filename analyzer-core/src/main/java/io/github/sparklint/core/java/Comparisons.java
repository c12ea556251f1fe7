package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading comparisons such as {@code list.size() <= 10} or {@code 3 == n}. */
public final class Comparisons {
  private Comparisons() {}

  /**
   * The operator that says the same with its sides swapped ({@code a < b} is {@code b > a}); null
   * for an operator that is no comparison.
   */
  public static BinaryExpr.Operator mirrored(BinaryExpr.Operator op) {
    return switch (op) {
      case LESS -> BinaryExpr.Operator.GREATER;
      case LESS_EQUALS -> BinaryExpr.Operator.GREATER_EQUALS;
      case GREATER -> BinaryExpr.Operator.LESS;
      case GREATER_EQUALS -> BinaryExpr.Operator.LESS_EQUALS;
      case EQUALS, NOT_EQUALS -> op;
      default -> null;
    };
  }

  /** {@code e} without the brackets and casts around it: {@code ((long) x.size())} is the call. */
  public static Expression unwrap(Expression e) {
    Expression x = e;
    while (x.isEnclosedExpr() || x.isCastExpr()) {
      x = x.isEnclosedExpr() ? x.asEnclosedExpr().getInner() : x.asCastExpr().getExpression();
    }
    return x;
  }

  /**
   * The comparisons that must all hold for {@code condition} to hold: its {@code &&} operands,
   * unwrapped, that are binary expressions ({@code it.hasNext() && top.size() < 10} gives the
   * size comparison).
   */
  public static List<BinaryExpr> conjuncts(Expression condition) {
    List<BinaryExpr> found = new ArrayList<>();
    Expression c = unwrap(condition);
    if (c instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND) {
      found.addAll(conjuncts(and.getLeft()));
      found.addAll(conjuncts(and.getRight()));
    } else if (c instanceof BinaryExpr compare) {
      found.add(compare);
    }
    return found;
  }
}
