package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkState;

/**
 * Whether the rows a collecting action brings to the driver are then broadcast by the same method:
 * {@code sc.broadcast(rdd.collectAsMap())}, {@code
 * sc.broadcast(new HashMap<>(rdd.collectAsMap()))},
 * or a local holding the collect (never reassigned) broadcast, as it is or copied, further down.
 * The {@link Summarizer} marks such collects of a parameter's rows, so a call passing unbounded
 * rows is reported as a broadcast too.
 */
final class BroadcastCollects {
  private BroadcastCollects() {}

  /** True when what {@code collect} returns is broadcast in its own method. */
  static boolean isBroadcast(MethodCallExpr collect, SparkTypes types) {
    Expression value = outermostCopy(collect);
    if (isBroadcastArgument(value, types)) {
      return true;
    }
    if (!(value.getParentNode().orElse(null) instanceof VariableDeclarator local)
        || local.getInitializer().orElse(null) != value) {
      return false;
    }
    return collect.findAncestor(MethodDeclaration.class)
        .map(method -> MethodNodes.of(method).calls().stream()
            .filter(call -> SparkState.isBroadcastMarkingName(call.getNameAsString())
                && call.getArguments().size() == 1)
            .anyMatch(call -> holds(copied(call.getArgument(0)), local)
                && isBroadcastArgument(call.getArgument(0), types)))
        .orElse(false);
  }

  /** True when {@code value} names {@code local} and nothing reassigns it. */
  private static boolean holds(Expression value, VariableDeclarator local) {
    return value.isNameExpr()
        && value.asNameExpr().getNameAsString().equals(local.getNameAsString())
        && Declarations.find(value.asNameExpr())
            .filter(declared -> declared.node() == local
                && Declarations.isEffectivelyFinal(declared))
            .isPresent();
  }

  /**
   * {@code collect}, or the copy made of it in place ({@code new HashMap<>(collect)}), cast or
   * not.
   */
  private static Expression outermostCopy(Expression value) {
    Expression current = value;
    while (current.getParentNode().isPresent()) {
      Node parent = current.getParentNode().get();
      if (parent instanceof ObjectCreationExpr copy && copy.getArguments().size() == 1
          && copy.getAnonymousClassBody().isEmpty() || parent instanceof Expression e
          && (e.isCastExpr() || e.isEnclosedExpr())) {
        current = (Expression) parent;
      } else {
        return current;
      }
    }
    return current;
  }

  /** The value inside {@code new HashMap<>(value)} (and casts), for an argument of a broadcast. */
  private static Expression copied(Expression argument) {
    Expression current = argument;
    while (true) {
      if (current.isObjectCreationExpr()
          && current.asObjectCreationExpr().getArguments().size() == 1
          && current.asObjectCreationExpr().getAnonymousClassBody().isEmpty()) {
        current = current.asObjectCreationExpr().getArgument(0);
      } else if (current.isCastExpr()) {
        current = current.asCastExpr().getExpression();
      } else if (current.isEnclosedExpr()) {
        current = current.asEnclosedExpr().getInner();
      } else {
        return current;
      }
    }
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
