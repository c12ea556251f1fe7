package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.spark.SparkApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a driver-side collection gets its elements: its initializer, the values assigned to it,
 * and what {@code add}/{@code put}/{@code addAll} calls pour into it, in the method (or lambda)
 * or class that declares it. {@link CollectionSizes} judges the size of each of those.
 */
final class CollectionFills {
  private static final Set<String> ITERATING_CALLS = Set.of("forEach", "forEachRemaining");

  private CollectionFills() {}

  /**
   * The initializer, assigned values and the data poured in by addAll/putAll or a fill loop (the
   * collection the loop iterates over, e.g. {@code counts.entrySet()}).
   */
  static List<Expression> sources(Declarations.Declared declared) {
    List<Expression> sources = new ArrayList<>();
    declared.initializer().ifPresent(sources::add);
    Optional<Node> region = region(declared);
    if (region.isEmpty()) {
      return sources;
    }
    for (AssignExpr assign : region.get().findAll(AssignExpr.class)) {
      if (names(assign.getTarget(), declared.name())) {
        sources.add(assign.getValue());
      }
    }
    sources.addAll(fills(declared));
    return sources;
  }

  static List<Expression> fills(Declarations.Declared declared) {
    List<Expression> fills = new ArrayList<>();
    for (MethodCallExpr call : fillCalls(declared)) {
      fills.addAll(call.getArguments());
      loopSource(call).ifPresent(fills::add);
    }
    fills.addAll(arrayFillSources(declared));
    return fills;
  }

  /**
   * The collections for-each loops copy into {@code declared}, an array made as long as a
   * run-time count, one element (or one row of values) per element they iterate over ({@link
   * DriverCollections#arraysFilledIn}): {@code for (Row r : rows) table[i++] = r.getInt(0);}.
   */
  private static List<Expression> arrayFillSources(Declarations.Declared declared) {
    Optional<Node> region = region(declared);
    if (region.isEmpty() || !DriverCollections.isCollection(declared)) {
      return List.of();
    }
    List<Expression> sources = new ArrayList<>();
    for (ForEachStmt loop : region.get().findAll(ForEachStmt.class)) {
      String element = loop.getVariableDeclarator().getNameAsString();
      if (DriverCollections.arraysFilledIn(loop, element, SparkApi.SMALL_ROW_COUNT)
          .contains(declared.name())) {
        sources.add(loop.getIterable());
      }
    }
    return sources;
  }

  /** The calls that add to {@code declared}: {@code add}, {@code put}, {@code addAll}, ... */
  static List<MethodCallExpr> fillCalls(Declarations.Declared declared) {
    Optional<Node> region = region(declared);
    if (region.isEmpty()) {
      return List.of();
    }
    return region.get().findAll(MethodCallExpr.class, call ->
        DriverCollections.isGrowingMethod(call.getNameAsString())
            && call.getScope().filter(s -> names(s, declared.name())).isPresent());
  }

  /** The collection a fill call iterates over: a for-each's iterable or a forEach's receiver. */
  private static Optional<Expression> loopSource(MethodCallExpr fill) {
    for (Node n = fill.getParentNode().orElse(null); n != null && !(n instanceof
        CallableDeclaration<?>); n = n.getParentNode().orElse(null)) {
      if (n instanceof ForEachStmt loop) {
        return Optional.of(loop.getIterable());
      }
      if (n instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null)
          instanceof MethodCallExpr call && ITERATING_CALLS.contains(call.getNameAsString())) {
        return call.getScope();
      }
    }
    return Optional.empty();
  }

  /** Where {@code declared} can be assigned or filled: its method (or lambda) or its class. */
  private static Optional<Node> region(Declarations.Declared declared) {
    if (declared.isField()) {
      return declared.node().findAncestor(TypeDeclaration.class).map(Node.class::cast);
    }
    return declared.node().findAncestor(CallableDeclaration.class).map(Node.class::cast)
        .or(() -> declared.node().findAncestor(LambdaExpr.class));
  }

  private static boolean names(Expression e, String name) {
    return e.isNameExpr() && e.asNameExpr().getNameAsString().equals(name)
        || e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()
            && e.asFieldAccessExpr().getNameAsString().equals(name);
  }

}
