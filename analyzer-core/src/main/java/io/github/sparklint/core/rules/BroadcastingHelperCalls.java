package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.CallSites;
import io.github.sparklint.core.flow.Flow;
import io.github.sparklint.core.flow.FlowEvaluator;
import io.github.sparklint.core.flow.MethodSummary;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.rule.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * Calls of a project method that collects the rows of an argument and broadcasts them ({@code
 * Map<K, V> all = rows.collectAsMap(); sc.broadcast(all)}), part of {@link
 * SparkBroadcastLargeSource}: as with a method that only collects its argument, the risk is at the
 * call that passes unbounded rows, and the method's own broadcast is not reported while calls
 * fill its parameter.
 */
final class BroadcastingHelperCalls {
  private BroadcastingHelperCalls() {}

  /** Reports {@code call} when it reaches such a method with rows nothing bounds. */
  static void check(RuleContext context, RowBounds bounds, MethodCallExpr call) {
    if (call.getArguments().isEmpty() || !CallSites.mayNameOwner(call)) {
      return;
    }
    List<MethodSummary> callees = context.types().project().collectingMethods(call).stream()
        .filter(callee -> callee.collects().stream().anyMatch(MethodSummary.Collect::broadcast))
        .toList();
    if (callees.isEmpty()) {
      return;
    }
    List<Flow> arguments = call.getArguments().stream().map(bounds::argumentFlow).toList();
    for (MethodSummary callee : callees) {
      Optional<FlowEvaluator.Collected> broadcast =
          bounds.evaluator().broadcastBy(callee, arguments);
      if (broadcast.isEmpty()) {
        continue;
      }
      Bound bound = bounds.handed(broadcast.get().bound(), call);
      if (bounds.fitsOnDriver(bound, call)) {
        continue;
      }
      // high like the rule's other findings about parameter rows (SparkBroadcastLargeSource)
      context.report(call, "`" + call.getNameAsString() + "(...)` collects the rows of its "
              + "argument and broadcasts them (in " + broadcast.get().point().describe() + "): "
              + "every row is first copied into driver memory, then serialized and shipped to "
              + "every executor, and nothing bounds those rows"
              + bound.sourceNote(),
          "pass only bounded data to this method, or change it to join against the rows on the "
              + "cluster (a broadcast join on a reduced Dataset) instead of broadcasting them",
          bound, broadcast.get().point(), Confidence.HIGH);
      return;
    }
  }
}
