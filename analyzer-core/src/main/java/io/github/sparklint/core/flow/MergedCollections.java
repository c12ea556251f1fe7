package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A value merged on the executors from every element of a Dataset or RDD and brought to the
 * driver ({@code rdd.treeReduce((a, b) -> { a.addAll(b); return a; })}, {@code reduce}, {@code
 * fold}, {@code aggregate}: the {@code merges} facts), when the merging function grows one partial
 * result with the other's elements and returns it: the result is the union of every element's
 * collection, as large as the data they were built from, like a collect. A function that sums,
 * keeps one of the two, or shrinks what it grows keeps the value small and is not such a merge.
 */
public final class MergedCollections {
  private MergedCollections() {}

  /**
   * The bound of what {@code call} merges into one driver-side collection, or empty when it is no
   * such merge. Unbounded rows keep their bound; rows distributed from driver data ({@code
   * parallelize(blocks)}) are unbounded too, since each element's collection is built on the
   * executors from data the driver does not hold; any other bound (a parameter's rows, rows out of
   * sight, a constant bound) is kept for the caller to judge.
   */
  public static Optional<Bound> of(MethodCallExpr call, SparkTypes types, RowBounds bounds) {
    if (call.getScope().isEmpty()) {
      return Optional.empty();
    }
    Optional<SparkKind> owner = types.receiverKind(call);
    OptionalInt function = owner.isPresent()
        ? SparkApi.mergingFunction(owner.get(), call.getNameAsString()) : OptionalInt.empty();
    if (function.isEmpty() || function.getAsInt() >= call.getArguments().size()
        || !growsWithTheOther(call.getArgument(function.getAsInt()))) {
      return Optional.empty();
    }
    Bound rows = bounds.of(call.getScope().get());
    return Optional.of(rows.kind() == Bound.Kind.DRIVER_DATA ? Bound.UNBOUNDED : rows);
  }

  /**
   * True for a two-parameter lambda that adds the other parameter's elements to one of them
   * ({@code a.addAll(b)}, {@code a.putAll(b)}, a {@code put} in a loop over {@code b}), never
   * removes from it, and returns it.
   */
  static boolean growsWithTheOther(Expression function) {
    Expression f = Expressions.unwrap(function);
    if (!(f instanceof LambdaExpr lambda) || lambda.getParameters().size() != 2) {
      return false;
    }
    String first = lambda.getParameter(0).getNameAsString();
    String second = lambda.getParameter(1).getNameAsString();
    for (MethodCallExpr grow : lambda.getBody().findAll(MethodCallExpr.class)) {
      Optional<String> target = grow.getScope().filter(Expression::isNameExpr)
          .map(s -> s.asNameExpr().getNameAsString())
          .filter(n -> n.equals(first) || n.equals(second));
      if (target.isEmpty() || !DriverCollections.isGrowingMethod(grow.getNameAsString())) {
        continue;
      }
      String other = target.get().equals(first) ? second : first;
      if ((mentions(grow.getArguments(), other) || isInLoopOver(grow, other, lambda))
          && onlyGrown(lambda, target.get()) && returnsOnly(lambda, target.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(List<Expression> arguments, String name) {
    return arguments.stream().anyMatch(a -> a.findFirst(NameExpr.class,
        n -> n.getNameAsString().equals(name)).isPresent());
  }

  private static boolean isInLoopOver(Node node, String name, LambdaExpr lambda) {
    for (Node n = node.getParentNode().orElse(null); n != null && n != lambda;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof ForEachStmt loop && mentions(List.of(loop.getIterable()), name)) {
        return true;
      }
    }
    return false;
  }

  /** True when every call on {@code target} in the lambda that changes it only adds to it. */
  private static boolean onlyGrown(LambdaExpr lambda, String target) {
    return lambda.getBody().findAll(MethodCallExpr.class).stream()
        .filter(c -> c.getScope().filter(s -> s.isNameExpr()
            && s.asNameExpr().getNameAsString().equals(target)).isPresent())
        .noneMatch(c -> DriverCollections.isMutatingMethod(c.getNameAsString())
            && !DriverCollections.isGrowingMethod(c.getNameAsString()));
  }

  /** True when the lambda's value is {@code target} on every path: a block returning only it. */
  private static boolean returnsOnly(LambdaExpr lambda, String target) {
    List<ReturnStmt> returns = lambda.getBody().findAll(ReturnStmt.class,
        r -> r.findAncestor(LambdaExpr.class).orElse(null) == lambda);
    return !returns.isEmpty() && returns.stream().allMatch(r -> r.getExpression()
        .map(Expressions::unwrap)
        .filter(e -> e.isNameExpr() && e.asNameExpr().getNameAsString().equals(target))
        .isPresent());
  }
}
