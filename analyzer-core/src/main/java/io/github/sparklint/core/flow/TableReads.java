package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * Finds Datasets that are a whole table or set of files: a read ({@code spark.read().parquet(..)},
 * {@code spark.table(..)}) followed only by transformations that keep every row and column
 * (repartition, cache, withColumn, ...). A filter, select, aggregate or limit anywhere on the way
 * means the Dataset is reduced. Locals with a single assignment are followed.
 */
public final class TableReads {
  private static final int MAX_DEPTH = 64;

  private final SparkTypes types;

  public TableReads(SparkTypes types) {
    this.types = types;
  }

  /** The read call when {@code dataset} is an unreduced table or file read. */
  public Optional<MethodCallExpr> unreducedRead(Expression dataset) {
    return unreducedRead(dataset, 0);
  }

  private Optional<MethodCallExpr> unreducedRead(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e.isEnclosedExpr()) {
      return unreducedRead(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isNameExpr()) {
      return Declarations.finalValue(e.asNameExpr()).flatMap(v -> unreducedRead(v, depth + 1));
    }
    if (!e.isMethodCallExpr()) {
      return Optional.empty();
    }
    MethodCallExpr call = e.asMethodCallExpr();
    if (call.getScope().isEmpty()) {
      return returnedByOwnMethod(call).flatMap(returned -> unreducedRead(returned, depth + 1));
    }
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String method = call.getNameAsString();
    if (SparkState.isTableRead(owner.get(), method)) {
      return KeyedReads.keyCount(call).isPresent() ? Optional.empty() : Optional.of(call);
    }
    if (SparkState.keepsWholeInput(owner.get(), method)) {
      return unreducedRead(call.getScope().get(), depth + 1);
    }
    return Optional.empty();
  }

  /**
   * What a method of the caller's own class returns, when {@code call} (unqualified) can only
   * reach one method of that name and arity there and its body has a single {@code return}: a
   * helper such as {@code Dataset<Row> trades(SparkSession spark) { return spark.read().csv(p); }}.
   */
  private static Optional<Expression> returnedByOwnMethod(MethodCallExpr call) {
    Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<MethodDeclaration> candidates = ((TypeDeclaration<?>) type.get())
        .getMethodsByName(call.getNameAsString()).stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size()).toList();
    if (candidates.size() != 1 || candidates.get(0).getBody().isEmpty()) {
      return Optional.empty();
    }
    List<Expression> returned = FunctionBodies.returnedBy(
        MethodNodes.of(candidates.get(0)).returns(), candidates.get(0));
    return returned.size() == 1 ? Optional.of(returned.get(0)) : Optional.empty();
  }
}
