package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a function passed to {@code mapPartitions} or {@code flatMap} returns at most one
 * element per call: {@code Collections.singletonList(x).iterator()}, {@code List.of(x).iterator()},
 * {@code Iterators.singletonIterator(x)} or an empty iterator, in a lambda or in the {@code call}
 * method of an anonymous function class. A per-partition count or sum has one row per partition.
 */
public final class SingletonResults {
  private SingletonResults() {}

  /** One-element (or empty) collections whose {@code iterator()} is returned. */
  private static final Set<String> SINGLETON_COLLECTIONS =
      Set.of("singletonList", "singleton", "of", "asList", "emptyList", "emptySet");

  /** Factories of one-element (or empty) iterators. */
  private static final Set<String> SINGLETON_ITERATORS =
      Set.of("singletonIterator", "emptyIterator");

  /** True when every value {@code function} returns is an iterator over at most one element. */
  public static boolean atMostOne(Expression function) {
    List<Expression> results = results(function);
    return !results.isEmpty() && results.stream().allMatch(SingletonResults::isSingletonIterator);
  }

  private static List<Expression> results(Expression expression) {
    Expression function = expression;
    while (function.isCastExpr() || function.isEnclosedExpr()) {
      function = function.isCastExpr()
          ? function.asCastExpr().getExpression() : function.asEnclosedExpr().getInner();
    }
    if (function instanceof LambdaExpr lambda) {
      Optional<Expression> body = lambda.getExpressionBody();
      return body.map(List::of).orElseGet(() -> returned(lambda.getBody().findAll(ReturnStmt.class)));
    }
    if (function instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
      return callResults(created.getAnonymousClassBody().get());
    }
    return List.of();
  }

  /**
   * True when the {@code call} method of a named function class ({@code class CountPartitions
   * implements FlatMapFunction<..>}) returns an iterator over at most one element.
   */
  public static boolean atMostOne(TypeDeclaration<?> type) {
    List<Expression> results = callResults(type.getMembers());
    return !results.isEmpty() && results.stream().allMatch(SingletonResults::isSingletonIterator);
  }

  private static List<Expression> callResults(List<BodyDeclaration<?>> members) {
    return members.stream()
        .filter(MethodDeclaration.class::isInstance)
        .map(MethodDeclaration.class::cast)
        .filter(m -> m.getNameAsString().equals("call") && m.getBody().isPresent())
        .findFirst()
        .map(m -> returned(m.findAll(ReturnStmt.class)))
        .orElse(List.of());
  }

  private static List<Expression> returned(List<ReturnStmt> returns) {
    if (returns.stream().anyMatch(r -> r.getExpression().isEmpty())) {
      return List.of();
    }
    return returns.stream().map(r -> r.getExpression().get()).toList();
  }

  private static boolean isSingletonIterator(Expression e) {
    if (!e.isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    if (SINGLETON_ITERATORS.contains(call.getNameAsString())) {
      return call.getArguments().size() <= 1;
    }
    if (!call.getNameAsString().equals("iterator") || call.getScope().isEmpty()
        || !call.getScope().get().isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr collection = call.getScope().get().asMethodCallExpr();
    return SINGLETON_COLLECTIONS.contains(collection.getNameAsString())
        && collection.getArguments().size() <= 1;
  }
}
