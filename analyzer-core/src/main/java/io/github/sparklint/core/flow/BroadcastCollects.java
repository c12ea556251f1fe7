package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkState;
import java.util.Optional;

/**
 * Whether the rows a collecting action brings to the driver are then broadcast by the same method:
 * {@code sc.broadcast(rdd.collectAsMap())}, {@code
 * sc.broadcast(new HashMap<>(rdd.collectAsMap()))}, or a local holding the collect (never
 * reassigned) broadcast, as it is or copied, further down. A copy is a constructor given the one
 * collection ({@link ParameterCopies#copiedByConstructor}). The {@link Summarizer} marks such
 * collects of a parameter's rows, so a call passing unbounded rows is reported as a broadcast too.
 */
final class BroadcastCollects {
  private BroadcastCollects() {}

  /** True when what {@code collect} returns is broadcast in its own method. */
  static boolean isBroadcast(MethodCallExpr collect, SparkTypes types) {
    Expression value = outermostCopy(collect);
    if (isBroadcastArgument(value, types)) {
      return true;
    }
    if (!(value.getParentNode().orElse(null) instanceof VariableDeclarator)) {
      return false;
    }
    return collect.findAncestor(MethodDeclaration.class)
        .map(method -> MethodNodes.of(method).calls().stream()
            .filter(call -> call.getArguments().size() == 1
                && isBroadcastArgument(call.getArgument(0), types))
            .map(call -> copied(call.getArgument(0)))
            .anyMatch(held -> held.isNameExpr() && Declarations.singleValue(held.asNameExpr())
                .filter(initializer -> initializer == value).isPresent()))
        .orElse(false);
  }

  /**
   * {@code collect}, or the copy made of it in place ({@code new HashMap<>(collect)}), cast or
   * not.
   */
  private static Expression outermostCopy(Expression value) {
    Expression current = value;
    while (current.getParentNode().orElse(null) instanceof Expression parent
        && wraps(parent, current)) {
      current = parent;
    }
    return current;
  }

  /** True when {@code outer} has the value of {@code inner}: brackets, a cast, a copy of it. */
  private static boolean wraps(Expression outer, Expression inner) {
    return outer.isEnclosedExpr() || outer.isCastExpr()
        || ParameterCopies.copiedByConstructor(outer).filter(source -> source == inner).isPresent();
  }

  /** The value inside {@code new HashMap<>(value)} (and casts), for an argument of a broadcast. */
  private static Expression copied(Expression argument) {
    Expression current = Expressions.unwrap(argument);
    for (Optional<Expression> source = ParameterCopies.copiedByConstructor(current);
        source.isPresent(); source = ParameterCopies.copiedByConstructor(current)) {
      current = Expressions.unwrap(source.get());
    }
    return current;
  }

  /** True when {@code value} is the argument of a Spark broadcast ({@code sc.broadcast(value)}). */
  private static boolean isBroadcastArgument(Expression value, SparkTypes types) {
    return value.getParentNode().filter(MethodCallExpr.class::isInstance)
        .map(MethodCallExpr.class::cast)
        .filter(call -> call.getArguments().size() == 1 && call.getArgument(0) == value
            && SparkState.isBroadcastMarkingName(call.getNameAsString()))
        .flatMap(call -> types.ownerOf(call)
            .filter(owner -> SparkState.isBroadcastVariable(owner, call.getNameAsString())))
        .isPresent();
  }
}
