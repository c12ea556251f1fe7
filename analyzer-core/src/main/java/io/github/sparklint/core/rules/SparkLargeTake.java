package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.rule.RuleOption;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code take(n)}, {@code head(n)}, {@code takeAsList(n)}, {@code tail(n)}, {@code show(n)},
 * {@code takeOrdered(n)}, {@code top(n)}, {@code takeSample(.., n)} and {@code limit(n)} followed
 * by a collect, with a constant {@code n} above a threshold.
 */
public final class SparkLargeTake implements Rule {
  /** The largest row count brought to the driver without a finding. */
  public static final RuleOption<Long> MAX_ROWS =
      RuleOption.count("maxRows", SparkApi.SMALL_ROW_COUNT, 1, Long.MAX_VALUE,
          "largest constant row count a take-like action may bring to the driver");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`take(n)`, `head(n)`, `show(n)` and `limit(n)` followed by a collect copy n rows into "
          + "driver memory; a huge constant n can run the driver out of memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkLargeTake",
          SUMMARY,
          Severity.WARNING,
          MAX_ROWS);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    long max = context.option(MAX_ROWS);
    RowBounds bounds = context.rows();
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      String method = call.getNameAsString();
      boolean takeLike = SparkApi.isRowCountActionName(method);
      boolean collecting = SparkApi.isCollectingActionName(method) && call.getArguments().isEmpty();
      if (!takeLike && !collecting || call.getScope().isEmpty()) {
        continue;
      }
      Optional<SparkKind> owner = context.types().receiverKind(call);
      if (owner.isEmpty()) {
        continue;
      }
      if (takeLike) {
        checkTake(context, call, owner.get(), max);
      } else if (SparkApi.isCollectingAction(owner.get(), method)) {
        checkLimitedCollect(context, call, bounds.of(call.getScope().get()), max);
      }
    }
  }

  private static void checkTake(RuleContext context, MethodCallExpr call, SparkKind owner,
      long max) {
    OptionalInt index = SparkApi.rowCountArgument(owner, call.getNameAsString());
    if (index.isEmpty() || call.getArguments().size() <= index.getAsInt()) {
      return;
    }
    Optional<Long> rows = Constants.longValue(call.getArgument(index.getAsInt()));
    if (rows.isEmpty() || rows.get() <= max) {
      return;
    }
    context.report(call,
        "`" + call.getNameAsString() + "(" + rows.get() + ")` copies up to " + rows.get()
            + " rows into driver memory, above the limit of " + max,
        "write the rows out, or bring back only what the driver needs (a much smaller n, an "
            + "aggregate, or toLocalIterator() to stream them)");
  }

  private static void checkLimitedCollect(RuleContext context, MethodCallExpr call,
      Bound bound, long max) {
    if (bound.kind() != Bound.Kind.BOUNDED || bound.rows().isEmpty()
        || bound.rows().getAsLong() <= max || bound.originMethod().isEmpty()) {
      return;
    }
    long rows = bound.rows().getAsLong();
    context.report(call,
        "`" + call.getNameAsString() + "()` after `" + bound.originMethod().get()
            + "(" + rows + ")` copies up to " + rows + " rows into driver memory, above the "
            + "limit of " + max,
        "write the rows out instead of collecting them, or lower the limit to what the driver "
            + "needs");
  }
}
