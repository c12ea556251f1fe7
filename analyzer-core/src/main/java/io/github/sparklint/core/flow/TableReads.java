package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
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
    if (!e.isMethodCallExpr() || e.asMethodCallExpr().getScope().isEmpty()) {
      return Optional.empty();
    }
    MethodCallExpr call = e.asMethodCallExpr();
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String method = call.getNameAsString();
    if (SparkState.isTableRead(owner.get(), method)) {
      return Optional.of(call);
    }
    if (SparkState.keepsWholeInput(owner.get(), method)) {
      return unreducedRead(call.getScope().get(), depth + 1);
    }
    return Optional.empty();
  }
}
