package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.Expression;

/** Reading an expression past the syntax that does not change its value. */
public final class Expressions {
  private Expressions() {}

  /** {@code e} without the brackets and casts around it: {@code ((long) x.size())} is the call. */
  public static Expression unwrap(Expression e) {
    Expression x = e;
    while (x.isEnclosedExpr() || x.isCastExpr()) {
      x = x.isEnclosedExpr() ? x.asEnclosedExpr().getInner() : x.asCastExpr().getExpression();
    }
    return x;
  }
}
