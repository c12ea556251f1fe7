package io.github.sparklint.core.java;

import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.HashSet;
import java.util.Set;

/**
 * The simple names that an assignment, increment or decrement somewhere inside a scope (a method,
 * constructor, lambda or type) writes to, worked out once per scope: every final-value question
 * about a local asks it ({@link Declarations#isEffectivelyFinal}).
 */
final class WrittenNames {
  private static final DataKey<Set<String>> KEY = new DataKey<>() {};

  private WrittenNames() {}

  /** The names written inside {@code scope}, nested lambdas and classes included. */
  static Set<String> of(Node scope) {
    if (scope.containsData(KEY)) {
      return scope.getData(KEY);
    }
    Set<String> names = new HashSet<>();
    if (scope instanceof CallableDeclaration<?> callable) {
      // a method or constructor: the file's one walk already listed its writes
      CallableNodes nodes = CallableNodes.of(callable);
      nodes.assignments().forEach(assign -> add(assign.getTarget(), names));
      nodes.steps().forEach(step -> add(step.getExpression(), names));
    } else {
      scope.walk(node -> {
        if (node instanceof AssignExpr assign) {
          add(assign.getTarget(), names);
        } else if (node instanceof UnaryExpr unary && Declarations.isStep(unary)) {
          add(unary.getExpression(), names);
        }
      });
    }
    scope.setData(KEY, names);
    return names;
  }

  private static void add(Expression target, Set<String> names) {
    if (target.isNameExpr()) {
      names.add(target.asNameExpr().getNameAsString());
    }
  }
}
