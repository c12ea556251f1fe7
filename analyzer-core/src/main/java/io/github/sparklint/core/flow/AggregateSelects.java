package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkColumns;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * Aggregations read from their arguments: a projection of scalar aggregates only ({@code
 * select(max("x"), count("*"))}: one row), and an aggregation with a function whose result grows
 * with its input ({@code collect_list}), which bounds the rows but not their size.
 */
final class AggregateSelects {
  private AggregateSelects() {}

  /** True for {@code ds.select(max("x").alias("m"), ...)}: every column a scalar aggregate. */
  static boolean isAggregateOnlySelect(MethodCallExpr call, SparkKind owner) {
    if (owner != SparkKind.DATASET || !SparkColumns.isProjection(call.getNameAsString())
        || call.getArguments().isEmpty()) {
      return false;
    }
    return call.getArguments().stream().allMatch(AggregateSelects::isScalarAggregateCall);
  }

  /** True when an argument of {@code agg} holds an aggregate whose result grows with its input. */
  static boolean growsWithInput(MethodCallExpr agg) {
    return agg.getArguments().stream().anyMatch(a -> a.findFirst(MethodCallExpr.class,
        m -> SparkApi.isGrowingAggregate(m.getNameAsString())).isPresent()
        || a.isStringLiteralExpr() && SparkApi.isGrowingAggregate(a.asStringLiteralExpr().asString()));
  }

  private static boolean isScalarAggregateCall(Expression arg) {
    Expression e = arg;
    while (e.isMethodCallExpr() && SparkColumns.isAlias(e.asMethodCallExpr().getNameAsString())) {
      Optional<Expression> scope = e.asMethodCallExpr().getScope();
      if (scope.isEmpty()) {
        return false;
      }
      e = scope.get();
    }
    return e.isMethodCallExpr() && SparkApi.isScalarAggregate(e.asMethodCallExpr().getNameAsString());
  }
}
