package io.github.sparklint.core.engine;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many rows a Dataset/RDD expression can hold, read from its upstream chain: a {@code limit},
 * a global aggregate, a bounded SQL text or {@code range}, data parallelized from the driver, or
 * nothing (unbounded). Local variables with a single assignment are followed to their initializer.
 */
public final class RowBounds {
  private static final int MAX_DEPTH = 64;

  /** The kind of bound found. */
  public enum Kind {
    /** Nothing upstream caps the row count. */
    UNBOUNDED,
    /** A limit, aggregate, SQL text or range caps the row count (see {@link Bound#rows()}). */
    BOUNDED,
    /** The rows came from a driver-side collection (parallelize, createDataFrame). */
    DRIVER_DATA
  }

  /**
   * A bound with its origin.
   *
   * @param kind the kind of bound
   * @param rows the maximum row count when a constant gives it
   * @param origin the call that bounds it (e.g. {@code limit(10)}), if any
   */
  public record Bound(Kind kind, OptionalLong rows, Optional<MethodCallExpr> origin) {
    static final Bound UNBOUNDED = new Bound(Kind.UNBOUNDED, OptionalLong.empty(), Optional.empty());

    static Bound bounded(OptionalLong rows, MethodCallExpr origin) {
      return new Bound(Kind.BOUNDED, rows, Optional.of(origin));
    }

    static Bound driverData(MethodCallExpr origin) {
      return new Bound(Kind.DRIVER_DATA, OptionalLong.empty(), Optional.of(origin));
    }

    /** True unless nothing upstream bounds the rows. */
    public boolean isBounded() {
      return kind != Kind.UNBOUNDED;
    }
  }

  private final SparkTypes types;

  public RowBounds(SparkTypes types) {
    this.types = types;
  }

  /** The bound on the rows of {@code distributed}, a Dataset or RDD expression. */
  public Bound of(Expression distributed) {
    return of(distributed, 0);
  }

  private Bound of(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Bound.UNBOUNDED;
    }
    if (e.isEnclosedExpr()) {
      return of(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isNameExpr()) {
      return Declarations.singleValue(e.asNameExpr())
          .map(init -> of(init, depth + 1))
          .orElse(Bound.UNBOUNDED);
    }
    if (!e.isMethodCallExpr()) {
      return Bound.UNBOUNDED;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty() || call.getScope().isEmpty()) {
      return Bound.UNBOUNDED;
    }
    return ofCall(call, owner.get(), call.getScope().get(), depth);
  }

  private Bound ofCall(MethodCallExpr call, SparkKind owner, Expression scope, int depth) {
    String method = call.getNameAsString();
    if (SparkApi.isRowLimit(owner, method) && call.getArguments().size() == 1) {
      return Bound.bounded(toOptional(Constants.longValue(call.getArgument(0))), call);
    }
    if (SparkApi.isGlobalAggregate(owner, method)) {
      return growsWithInput(call) ? Bound.UNBOUNDED : Bound.bounded(OptionalLong.of(1), call);
    }
    if (SparkApi.isFixedSizeResult(owner, method)) {
      return Bound.bounded(OptionalLong.empty(), call);
    }
    if (isAggregateOnlySelect(call, owner)) {
      return Bound.bounded(OptionalLong.of(1), call);
    }
    if (SparkApi.isSqlQuery(owner, method) && !call.getArguments().isEmpty()) {
      OptionalLong rows = Constants.stringValue(call.getArgument(0))
          .map(SqlText::rowBound).orElse(OptionalLong.empty());
      return rows.isPresent() ? Bound.bounded(rows, call) : Bound.UNBOUNDED;
    }
    if (SparkApi.isRange(owner, method)) {
      return rangeBound(call);
    }
    if (SparkApi.isDriverDataSource(owner, method)) {
      return Bound.driverData(call);
    }
    if (SparkApi.isRowPreserving(owner, method)) {
      return of(scope, depth + 1);
    }
    return Bound.UNBOUNDED;
  }

  private Bound rangeBound(MethodCallExpr call) {
    int n = call.getArguments().size();
    if (n == 1) {
      return Bound.bounded(toOptional(Constants.longValue(call.getArgument(0))), call);
    }
    if (n >= 2) {
      Optional<Long> start = Constants.longValue(call.getArgument(0));
      Optional<Long> end = Constants.longValue(call.getArgument(1));
      if (start.isPresent() && end.isPresent()) {
        return Bound.bounded(OptionalLong.of(Math.max(0, end.get() - start.get())), call);
      }
    }
    return Bound.bounded(OptionalLong.empty(), call);
  }

  private static boolean isAggregateOnlySelect(MethodCallExpr call, SparkKind owner) {
    if (owner != SparkKind.DATASET || !call.getNameAsString().equals("select")
        || call.getArguments().isEmpty()) {
      return false;
    }
    return call.getArguments().stream().allMatch(RowBounds::isScalarAggregateCall);
  }

  private static boolean isScalarAggregateCall(Expression arg) {
    Expression e = arg;
    while (e.isMethodCallExpr() && e.asMethodCallExpr().getNameAsString().equals("alias")
        || e.isMethodCallExpr() && e.asMethodCallExpr().getNameAsString().equals("as")) {
      Optional<Expression> scope = e.asMethodCallExpr().getScope();
      if (scope.isEmpty()) {
        return false;
      }
      e = scope.get();
    }
    return e.isMethodCallExpr() && SparkApi.isScalarAggregate(e.asMethodCallExpr().getNameAsString());
  }

  private static boolean growsWithInput(MethodCallExpr agg) {
    return agg.getArguments().stream().anyMatch(a -> a.findFirst(MethodCallExpr.class,
        m -> SparkApi.isGrowingAggregate(m.getNameAsString())).isPresent()
        || a.isStringLiteralExpr() && SparkApi.isGrowingAggregate(a.asStringLiteralExpr().asString()));
  }

  private static OptionalLong toOptional(Optional<Long> value) {
    return value.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
