package io.github.sparklint.core.flow;

import io.github.sparklint.core.flow.FlowEvaluator.Collected;
import io.github.sparklint.core.java.TypeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The rows project methods bring to the driver: what a method's collects bring when it is called
 * with given arguments (through the project methods it passes them to), and the collected rows a
 * call returns ({@code List<Row> all() { return table.collectAsList(); }}, through helpers that
 * return another's result). Flows are evaluated by the {@link FlowEvaluator} this serves, within
 * its {@link EvaluationBudget}.
 */
final class DriverCollects {
  private final ProjectView view;
  private final FieldRows.Evaluation evaluation;
  private final EvaluationBudget budget;

  DriverCollects(ProjectView view, FieldRows.Evaluation evaluation, EvaluationBudget budget) {
    this.view = view;
    this.evaluation = evaluation;
    this.budget = budget;
  }

  /**
   * Rows {@code method} brings to the driver when called with {@code arguments} ({@link
   * FlowEvaluator#broughtToDriver}): the weakest over its collects, also those of the project
   * methods it passes its rows to.
   */
  Optional<Collected> broughtToDriver(MethodSummary method, List<Flow> arguments, int depth) {
    return broughtToDriver(method, arguments, depth, collect -> true);
  }

  /**
   * Rows {@code method}'s own collects bring to the driver and it then broadcasts ({@link
   * FlowEvaluator#broadcastBy}), when called with {@code arguments}: the weakest over them.
   */
  Optional<Collected> broadcastBy(MethodSummary method, List<Flow> arguments, int depth) {
    return broughtToDriver(method, arguments, depth, MethodSummary.Collect::broadcast);
  }

  private Optional<Collected> broughtToDriver(MethodSummary method, List<Flow> arguments,
      int depth, Predicate<MethodSummary.Collect> counted) {
    if (depth >= EvaluationBudget.MAX_DEPTH || !budget.step() || !budget.enter(method)) {
      return Optional.empty();
    }
    try {
      List<Flow> parameters = CallArguments.fill(method, arguments);
      Collected weakest = null;
      for (MethodSummary.Collect collect : method.collects()) {
        if (!counted.test(collect)) {
          continue;
        }
        Flow rows = Flow.substitute(collect.rows(), parameters);
        List<Collected> found = new ArrayList<>();
        if (collect.via() == null) {
          found.add(new Collected(evaluation.eval(rows, null, depth), new Bound.Via(
              TypeKeys.simpleName(method.owner()) + "." + method.name(), method.file(),
              collect.line())));
        } else {
          List<Flow> passed = new ArrayList<>();
          for (int i = 0; i < collect.via().arity(); i++) {
            passed.add(i == collect.viaArg() ? rows : Flow.UNKNOWN);
          }
          for (MethodSummary callee : view.methods(collect.via())) {
            broughtToDriver(callee, passed, depth + 1, counted).ifPresent(found::add);
          }
        }
        for (Collected c : found) {
          weakest = weakest == null || Bounds.weakest(weakest.bound(), c.bound()) != weakest.bound()
              ? c : weakest;
        }
      }
      return Optional.ofNullable(weakest);
    } finally {
      budget.leave(method);
    }
  }

  /**
   * The bound on the collected rows {@code flow} returns ({@link FlowEvaluator#collectedBy}): the
   * weakest over the options and callees that return collected rows.
   */
  Optional<Bound> collected(Flow flow, List<Flow> arguments, int depth) {
    if (!budget.step() || depth >= EvaluationBudget.MAX_DEPTH) {
      return Optional.empty();
    }
    if (flow.op() == Flow.Op.EITHER) {
      Optional<Bound> joined = Optional.empty();
      for (Flow option : flow.inputs()) {
        joined = weakest(joined, collected(option, arguments, depth));
      }
      return joined;
    }
    if (flow.op() != Flow.Op.COLLECTED) {
      return Optional.of(evaluation.eval(flow, arguments, depth));
    }
    List<Flow> values = FlowEvaluator.inputs(flow, arguments);
    Optional<Bound> joined = Optional.empty();
    for (MethodSummary callee : view.methods(flow.site())) {
      if (callee.collected() == null || !budget.enter(callee)) {
        continue;
      }
      try {
        joined = weakest(joined, collected(callee.collected(), CallArguments.fill(callee, values),
            depth + 1)
            .map(bound -> bound.through(callee.via())));
      } finally {
        budget.leave(callee);
      }
    }
    return joined;
  }

  private static Optional<Bound> weakest(Optional<Bound> a, Optional<Bound> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Bounds.weakest(a.get(), b.get()));
  }
}
