package io.github.sparklint.core.engine;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many rows a Dataset/RDD expression can hold, read from its upstream chain: a {@code limit},
 * a global aggregate, a bounded SQL text or {@code range}, data parallelized from the driver, or
 * nothing (unbounded). Local variables are followed to their values: the initializer of a
 * single-assignment local, every value of a reassigned one.
 */
public final class RowBounds {
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

  /** Stands for a reassigned local inside its own values ({@code ds = ds.filter(...)}). */
  private static final Bound SELF =
      new Bound(Kind.DRIVER_DATA, OptionalLong.empty(), Optional.empty());

  private final SparkTypes types;

  public RowBounds(SparkTypes types) {
    this.types = types;
  }

  /** The bound on the rows of {@code distributed}, a Dataset or RDD expression. */
  public Bound of(Expression distributed) {
    return of(distributed, new Walk());
  }

  private Bound of(Expression e, Walk walk) {
    if (walk.exhausted()) {
      return Bound.UNBOUNDED;
    }
    if (e.isEnclosedExpr()) {
      return of(e.asEnclosedExpr().getInner(), walk);
    }
    if (e.isNameExpr()) {
      return ofName(e.asNameExpr(), walk);
    }
    if (!e.isMethodCallExpr()) {
      return Bound.UNBOUNDED;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    if (call.getScope().isEmpty()) {
      return Bound.UNBOUNDED;
    }
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty()) {
      // A receiver of a type the engine cannot see (a SparkSession subclass, a wrapper field):
      // the driver-data sources are still recognized by name.
      return SparkApi.isDriverDataSourceName(call.getNameAsString())
          ? driverSource(call, walk) : Bound.UNBOUNDED;
    }
    return ofCall(call, owner.get(), call.getScope().get(), walk);
  }

  /**
   * A local followed to its values: the initializer of a single-assignment local, the value that
   * certainly reaches this use of a reassigned one, or else the weakest bound among all the values
   * it is ever given.
   */
  private Bound ofName(NameExpr name, Walk walk) {
    Optional<Expression> known =
        Declarations.singleValue(name).or(() -> Assignments.reachingValue(name));
    if (known.isPresent()) {
      return of(known.get(), walk);
    }
    Optional<Assignments.Values> values = Assignments.valuesOf(name);
    if (values.isEmpty()) {
      return Bound.UNBOUNDED;
    }
    Node declaration = values.get().declaration();
    if (!walk.enter(declaration)) {
      return SELF;
    }
    try {
      Bound joined = SELF;
      for (Expression value : values.get().values()) {
        joined = join(joined, of(value, walk));
        if (!joined.isBounded()) {
          return Bound.UNBOUNDED;
        }
      }
      return joined == SELF ? Bound.UNBOUNDED : joined;
    } finally {
      walk.leave(declaration);
    }
  }

  private static Bound join(Bound a, Bound b) {
    if (a == SELF) {
      return b;
    }
    if (b == SELF) {
      return a;
    }
    if (!a.isBounded() || !b.isBounded()) {
      return Bound.UNBOUNDED;
    }
    if (a.kind() == Kind.BOUNDED && b.kind() == Kind.BOUNDED) {
      OptionalLong rows = a.rows().isPresent() && b.rows().isPresent()
          ? OptionalLong.of(Math.max(a.rows().getAsLong(), b.rows().getAsLong()))
          : OptionalLong.empty();
      return new Bound(Kind.BOUNDED, rows, a.origin());
    }
    return a.kind() == Kind.DRIVER_DATA ? a : b;
  }

  private Bound ofCall(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
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
      return driverSource(call, walk);
    }
    if (SparkApi.isRowPreserving(owner, method)) {
      return of(scope, walk);
    }
    return ofSingletonFunction(call, owner, scope, walk);
  }

  /**
   * A function emitting at most one element per call: one row per partition for {@code
   * mapPartitions} (bounded by the partition count), one per input row for {@code flatMap}.
   */
  private Bound ofSingletonFunction(
      MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    String method = call.getNameAsString();
    if (call.getArguments().isEmpty() || !SingletonResults.atMostOne(call.getArgument(0))) {
      return Bound.UNBOUNDED;
    }
    if (SparkApi.isPerPartitionTransform(owner, method)) {
      return Bound.bounded(OptionalLong.empty(), call);
    }
    return SparkApi.isPerRowFlattening(owner, method) ? of(scope, walk) : Bound.UNBOUNDED;
  }

  /**
   * {@code parallelize(list)} or {@code createDataFrame(rows, schema)} hold driver data, but
   * {@code createDataFrame(rdd, schema)} is as large as the RDD it wraps.
   */
  private Bound driverSource(MethodCallExpr call, Walk walk) {
    if (call.getArguments().isEmpty()) {
      return Bound.UNBOUNDED;
    }
    Expression source = call.getArgument(0);
    if (types.kindOf(source).filter(SparkKind::isDistributed).isPresent()) {
      return of(source, walk);
    }
    return Bound.driverData(call);
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
