package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import java.util.List;
import java.util.Set;

/**
 * Tells whether a function handed a whole group or partition returns a small value made of it: a
 * size or count ({@code List::size}, {@code Iterables.size(it)}, an {@code int} a loop counts up),
 * a sum, a flag, one element ({@code reduce}), the group's key ({@code kv._1()}), or a pair of
 * such values. A function that returns the group, a collection built from it or a value it does
 * not show (a named function class, a method reference to a project method) does not reduce.
 */
final class ReducingFunctions {
  private static final int MAX_DEPTH = 8;
  /**
   * Java methods (of collections, iterables, streams, Guava's {@code Iterables}) that reduce what
   * they read to a number, a flag or one element.
   */
  private static final Set<String> REDUCERS = Set.of("size", "count", "sum", "isEmpty",
      "reduce", "max", "min", "average", "length");
  /** The boxed primitives: a local of such a type holds one number or flag. */
  static final Set<String> BOXED = Set.of("Integer", "Long", "Double", "Float", "Short",
      "Byte", "Boolean", "Character");
  /** The accessor of the first field of a Scala tuple: the key of a pair. */
  private static final String PAIR_KEY = "_1";
  /** The pair class the functions of Spark's Java pair API return. */
  private static final String PAIR = "Tuple2";

  private ReducingFunctions() {}

  /** True when {@code function} (a lambda, an anonymous function class, a method reference) reduces. */
  static boolean reduces(Expression function) {
    Expression f = Expressions.unwrap(function);
    if (f.isMethodReferenceExpr()) {
      return REDUCERS.contains(f.asMethodReferenceExpr().getIdentifier());
    }
    List<Expression> values = ConstantKeys.returnedBy(f, 0);
    return !values.isEmpty() && values.stream().allMatch(v -> isSmall(v, 0));
  }

  private static boolean isSmall(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (e.isEnclosedExpr()) {
      return isSmall(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isCastExpr()) {
      return e.asCastExpr().getType().isPrimitiveType()
          || isSmall(e.asCastExpr().getExpression(), depth + 1);
    }
    if (e.isLiteralExpr()) {
      return !e.isNullLiteralExpr();
    }
    if (e instanceof BinaryExpr binary) {
      return isComparison(binary.getOperator()) || isSmall(binary.getLeft(), depth + 1)
          && isSmall(binary.getRight(), depth + 1);
    }
    if (e.isUnaryExpr()) {
      return isSmall(e.asUnaryExpr().getExpression(), depth + 1);
    }
    if (e.isNameExpr()) {
      return Declarations.find(e.asNameExpr()).map(d -> isScalar(d.type())).orElse(false);
    }
    if (e.isMethodCallExpr()) {
      String name = e.asMethodCallExpr().getNameAsString();
      return REDUCERS.contains(name)
          || name.equals(PAIR_KEY) && e.asMethodCallExpr().getArguments().isEmpty();
    }
    if (e.isFieldAccessExpr()) {
      return e.asFieldAccessExpr().getNameAsString().equals(PAIR_KEY);
    }
    return e instanceof ObjectCreationExpr created
        && created.getType().getNameAsString().equals(PAIR) && created.getArguments().size() == 2
        && created.getArguments().stream().allMatch(a -> isSmall(a, depth + 1));
  }

  /** A comparison or a logical operator: its value is a flag, whatever it compares. */
  private static boolean isComparison(BinaryExpr.Operator operator) {
    return switch (operator) {
      case EQUALS, NOT_EQUALS, LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, AND, OR -> true;
      default -> false;
    };
  }

  /** A primitive type or a boxed primitive. */
  private static boolean isScalar(Type type) {
    return type.isPrimitiveType() || type.isClassOrInterfaceType()
        && BOXED.contains(type.asClassOrInterfaceType().getNameAsString());
  }
}
