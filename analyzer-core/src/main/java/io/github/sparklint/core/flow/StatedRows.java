package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.SparkState;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rows a Spark call states by itself, whatever its input holds: a {@code limit(n)}, a global
 * aggregate (one row, unless it keeps every value), a result of a fixed size or a metadata
 * listing, a select of aggregates only, a read of a small metadata table or of a few keys ({@link
 * KeyedReads}), a {@code range}. The {@link RowBounds} of a call it does not bound follow its
 * input instead.
 */
final class StatedRows {
  private StatedRows() {}

  /** The rows {@code call}, made on {@code owner}, states; empty when it states none. */
  static Optional<Flow> of(MethodCallExpr call, SparkKind owner) {
    String method = call.getNameAsString();
    if (SparkApi.isRowLimit(owner, method) && call.getArguments().size() == 1) {
      return Optional.of(bounded(toOptional(Constants.longValue(call.getArgument(0))), method));
    }
    if (SparkApi.isGlobalAggregate(owner, method)) {
      return Optional.of(AggregateSelects.growsWithInput(call) ? Flow.UNBOUNDED
          : bounded(OptionalLong.of(1), method));
    }
    if (SparkApi.isFixedSizeResult(owner, method) || SparkApi.isMetadataListing(owner, method)) {
      return Optional.of(bounded(OptionalLong.empty(), method));
    }
    if (AggregateSelects.isAggregateOnlySelect(call, owner)) {
      return Optional.of(bounded(OptionalLong.of(1), method));
    }
    return Optional.empty();
  }

  /**
   * The rows a read {@code call} states: a small metadata table, a few keys, or a {@code range}
   * of constant ends; empty for another call.
   */
  static Optional<Flow> ofRead(MethodCallExpr call, SparkKind owner) {
    String method = call.getNameAsString();
    if (SparkState.isTableRead(owner, method) && namesSmallMetadataTable(call)) {
      return Optional.of(bounded(OptionalLong.empty(), method));
    }
    OptionalLong keyed = SparkState.isTableRead(owner, method)
        ? KeyedReads.keyCount(call) : OptionalLong.empty();
    if (keyed.isPresent()) {
      return Optional.of(bounded(keyed, null)); // no limit(n) call: no message names one
    }
    return SparkApi.isRange(owner, method) ? Optional.of(range(call)) : Optional.empty();
  }

  /** {@code spark.table("db.t.snapshots")}: a history table, small like its SQL read. */
  private static boolean namesSmallMetadataTable(MethodCallExpr call) {
    return call.getArguments().size() == 1 && Constants.stringValue(call.getArgument(0))
        .filter(SqlRows::isSmallMetadataTable).isPresent();
  }

  private static Flow range(MethodCallExpr call) {
    int n = call.getArguments().size();
    String method = call.getNameAsString();
    if (n == 1) {
      return bounded(toOptional(Constants.longValue(call.getArgument(0))), method);
    }
    if (n >= 2) {
      Optional<Long> start = Constants.longValue(call.getArgument(0));
      Optional<Long> end = Constants.longValue(call.getArgument(1));
      if (start.isPresent() && end.isPresent()) {
        return bounded(OptionalLong.of(Math.max(0, end.get() - start.get())), method);
      }
    }
    return bounded(OptionalLong.empty(), method);
  }

  /** At most {@code rows} rows (empty: a few), bounded by {@code method} (null: no limit call). */
  static Flow bounded(OptionalLong rows, String method) {
    return Flow.known(Bound.bounded(rows, method));
  }

  private static OptionalLong toOptional(Optional<Long> value) {
    return value.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
