package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.flow.StreamLineage;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * Stateful operations on streaming Datasets whose state never expires: aggregations,
 * {@code dropDuplicates} and stream-stream joins with no {@code withWatermark(...)} upstream,
 * {@code mapGroupsWithState} / {@code flatMapGroupsWithState} without a timeout, and a DStream's
 * {@code mapWithState} with a {@code StateSpec} that has no {@code timeout(...)}.
 */
public final class SparkStreamingUnboundedState implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "a streaming aggregation, deduplication, stream-stream join, `*GroupsWithState` or "
          + "DStream `mapWithState` without a watermark or timeout keeps state for every key "
          + "forever; state, "
          + "checkpoints and per-batch work grow until the query fails";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkStreamingUnboundedState",
          SUMMARY,
          Severity.WARNING);

  /** How many links of a StateSpec chain or variable are followed before giving up. */
  private static final int MAX_SPEC_STEPS = 16;

  private static final String WATERMARK_FIX = "add withWatermark(\"eventTime\", \"10 minutes\") "
      + "on the stream before the ";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    StreamLineage lineage = new StreamLineage(context.types());
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      if (call.getScope().isEmpty() || !SparkState.isStreamingStateName(call.getNameAsString())) {
        continue;
      }
      Optional<SparkKind> owner = context.types().receiverKind(call);
      if (owner.isEmpty()) {
        continue;
      }
      String method = call.getNameAsString();
      Expression scope = call.getScope().get();
      if (SparkState.isStatefulAggregation(owner.get(), method)
          && lineage.of(scope).unwatermarkedStream()) {
        reportAggregation(context, call, scope);
      } else if (SparkState.isStatefulDeduplication(owner.get(), method)
          && lineage.of(scope).unwatermarkedStream()) {
        context.report(call, "`" + method + "(...)` on a stream with no `withWatermark(...)` "
                + "upstream remembers every key it has ever seen; its state never shrinks",
            WATERMARK_FIX + "deduplication and include the event-time column in the keys, or use "
                + "dropDuplicatesWithinWatermark(...) after the watermark");
      } else if (SparkState.isJoin(owner.get(), method) && !call.getArguments().isEmpty()) {
        checkJoin(context, call, lineage.of(scope), lineage.of(call.getArgument(0)));
      } else if (SparkState.isArbitraryState(owner.get(), method) && lineage.of(scope).streaming()) {
        checkTimeout(context, call);
      } else if (SparkState.isStateSpecState(owner.get(), method)
          && call.getArguments().size() == 1
          && specWithoutTimeout(context, call.getArgument(0), MAX_SPEC_STEPS)) {
        context.report(call, "`mapWithState(...)` with a `StateSpec` that has no `timeout(...)` "
                + "keeps the state of every key it has ever seen, for as long as the stream runs",
            "set a timeout on the spec (StateSpec.function(f).timeout(Durations.minutes(30))) and "
                + "call state.remove() in the function for keys that are finished");
      }
    }
  }

  private static void reportAggregation(RuleContext context, MethodCallExpr call,
      Expression scope) {
    String grouping = scope.isMethodCallExpr()
        ? "`" + scope.asMethodCallExpr().getNameAsString() + "(...)." : "`";
    context.report(call, "streaming aggregation " + grouping + call.getNameAsString()
            + "(...)` has no `withWatermark(...)` upstream, so it keeps one state entry per "
            + "group forever",
        WATERMARK_FIX + "aggregation and group by an event-time window (or the event-time "
            + "column) so Spark can drop finished groups");
  }

  private static void checkJoin(RuleContext context, MethodCallExpr call,
      StreamLineage.Lineage left, StreamLineage.Lineage right) {
    if (!left.streaming() || !right.streaming() || left.watermarked() && right.watermarked()) {
      return;
    }
    context.report(call, "stream-stream `" + call.getNameAsString() + "(...)` without "
            + "`withWatermark(...)` on both sides buffers every row of both streams in state",
        "add withWatermark(\"eventTime\", \"10 minutes\") on both streams before the join, and "
            + "add an event-time range to the join condition so Spark can drop old rows");
  }

  private static void checkTimeout(RuleContext context, MethodCallExpr call) {
    SparkTypes types = context.types();
    Optional<Expression> timeout = call.getArguments().stream()
        .filter(a -> types.kindOf(a).filter(k -> k == SparkKind.STATE_TIMEOUT).isPresent())
        .findFirst();
    String found;
    if (timeout.isEmpty()) {
      found = "no timeout argument";
    } else if (isNoTimeout(types, timeout.get())) {
      found = "`GroupStateTimeout.NoTimeout()`";
    } else {
      return;
    }
    context.report(call, "`" + call.getNameAsString() + "(...)` on a stream with " + found
            + " never expires the state of keys that stop receiving data",
        "pass GroupStateTimeout.ProcessingTimeTimeout() or EventTimeTimeout(), set "
            + "state.setTimeoutDuration(...) / setTimeoutTimestamp(...), and call state.remove() "
            + "when state.hasTimedOut()");
  }

  /**
   * True when {@code spec} is visibly {@code StateSpec.function(..)} with settings none of which
   * is {@code timeout(..)}: through call chains and locals or final fields, unless the file calls
   * {@code timeout(..)} on that variable (it sets the spec in place). Unknown specs are not.
   */
  private static boolean specWithoutTimeout(RuleContext context, Expression spec, int steps) {
    SparkTypes types = context.types();
    if (steps == 0) {
      return false;
    }
    if (spec.isEnclosedExpr()) {
      return specWithoutTimeout(context, spec.asEnclosedExpr().getInner(), steps - 1);
    }
    if (spec.isNameExpr()) {
      Optional<Expression> value = Declarations.finalValue(spec.asNameExpr());
      return value.isPresent() && !timeoutSetOn(context, spec.asNameExpr())
          && specWithoutTimeout(context, value.get(), steps - 1);
    }
    if (!spec.isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr call = spec.asMethodCallExpr();
    Optional<SparkKind> owner = types.ownerOf(call);
    if (owner.isEmpty() || SparkState.isStateSpecTimeout(owner.get(), call.getNameAsString())) {
      return false;
    }
    if (SparkState.isStateSpecFactory(owner.get(), call.getNameAsString())) {
      return true;
    }
    return owner.get() == SparkKind.STATE_SPEC && call.getScope().isPresent()
        && specWithoutTimeout(context, call.getScope().get(), steps - 1);
  }

  /** True when the file calls {@code name.timeout(..)} on the spec variable {@code name}. */
  private static boolean timeoutSetOn(RuleContext context, NameExpr name) {
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      Optional<Expression> scope = call.getScope();
      if (scope.isPresent() && scope.get().isNameExpr()
          && scope.get().asNameExpr().getNameAsString().equals(name.getNameAsString())
          && context.types().receiverKind(call)
              .filter(k -> SparkState.isStateSpecTimeout(k, call.getNameAsString())).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNoTimeout(SparkTypes types, Expression timeout) {
    Expression value = timeout;
    if (value.isNameExpr()) {
      value = Declarations.finalValue(value.asNameExpr()).orElse(value);
    }
    if (!value.isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr call = value.asMethodCallExpr();
    return types.ownerOf(call).filter(k -> SparkState.isNoTimeout(k, call.getNameAsString())).isPresent();
  }
}
