package io.github.sparklint.core.flow;

import io.github.sparklint.core.engine.SqlText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a {@link Flow} into a {@link Bound}, reading the summaries of the project methods it
 * passes through from a {@link ProjectView}. Recursion and deep call chains end within a fixed
 * budget; what the budget cuts off is unbounded, as an unknown method's result always was.
 */
public final class FlowEvaluator {
  /** How many project methods deep a flow is followed. */
  private static final int MAX_DEPTH = 12;
  /** How many flow nodes one question may visit. */
  private static final int MAX_STEPS = 20_000;

  private final ProjectView view;
  private final Set<MethodSummary> inProgress = new HashSet<>();
  private int steps;

  public FlowEvaluator(ProjectView view) {
    this.view = view;
  }

  /** The bound of {@code flow} in the enclosing method, whose parameters stay parameters. */
  public Bound evaluate(Flow flow) {
    steps = 0;
    return eval(flow, null, 0);
  }

  /**
   * Where a project method that collects parameter {@code param} does it: the collecting method
   * and line, through any chain of project methods it passes the parameter to.
   */
  public Optional<Bound.Via> collectionPoint(MethodSummary method, int param) {
    steps = 0;
    return collects(method, param, 0);
  }

  /**
   * The bound on the rows collected into the driver collection that {@code call}, a {@link
   * Flow.Op#CALL} of a project method, returns: {@code List<Row> all() { return
   * table.collectAsList(); }}, through helpers that return another's result. Empty when no callee
   * returns collected rows, or the budget cuts the question off (an unknown raises no alarm).
   */
  public Optional<Bound> collectedBy(Flow call) {
    steps = 0;
    return call.op() == Flow.Op.CALL
        ? collected(Flow.collected(call.site(), call.inputs()), null, 0) : Optional.empty();
  }

  /**
   * The bound of {@code flow}, a flow of the enclosing method ({@code arguments} null) or of a
   * callee whose parameters the caller's argument flows fill in.
   */
  private Bound eval(Flow flow, List<Flow> arguments, int depth) {
    if (++steps > MAX_STEPS) {
      return Bound.UNBOUNDED;
    }
    return switch (flow.op()) {
      case KNOWN -> flow.bound();
      case TEXT -> Bound.UNBOUNDED;
      case PARAM -> arguments == null ? Bound.parameter(flow.name())
          : flow.param() < arguments.size() ? eval(arguments.get(flow.param()), null, depth)
          : Bound.UNBOUNDED;
      case SQL -> sql(arguments == null ? flow.inputs().get(0)
          : Flow.substitute(flow.inputs().get(0), arguments));
      case CALL -> call(flow, arguments, depth);
      case EITHER -> {
        Bound joined = null;
        for (Flow option : flow.inputs()) {
          joined = joined == null ? eval(option, arguments, depth)
              : Bounds.weakest(joined, eval(option, arguments, depth));
        }
        yield joined == null ? Bound.UNBOUNDED : joined;
      }
      case SUM, PRODUCT -> combine(flow, arguments, depth);
      case COLLECTED -> collected(flow, arguments, depth).orElse(Bound.UNBOUNDED);
    };
  }

  /** {@link #collectedBy}: the weakest over the options and callees that return collected rows. */
  private Optional<Bound> collected(Flow flow, List<Flow> arguments, int depth) {
    if (++steps > MAX_STEPS || depth >= MAX_DEPTH) {
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
      return Optional.of(eval(flow, arguments, depth));
    }
    List<Flow> values = arguments == null ? flow.inputs() : flow.inputs().stream()
        .map(input -> Flow.substitute(input, arguments)).toList();
    Optional<Bound> joined = Optional.empty();
    for (MethodSummary callee : view.methods(flow.site())) {
      if (callee.collected() == null || !inProgress.add(callee)) {
        continue;
      }
      try {
        joined = weakest(joined, collected(callee.collected(), values, depth + 1)
            .map(bound -> bound.through(callee.via())));
      } finally {
        inProgress.remove(callee);
      }
    }
    return joined;
  }

  private static Optional<Bound> weakest(Optional<Bound> a, Optional<Bound> b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(Bounds.weakest(a.get(), b.get()));
  }

  private Bound call(Flow flow, List<Flow> arguments, int depth) {
    List<MethodSummary> callees = view.methods(flow.site());
    if (callees.isEmpty() || depth >= MAX_DEPTH) {
      return Bound.UNBOUNDED;
    }
    List<Flow> values = arguments == null ? flow.inputs() : flow.inputs().stream()
        .map(input -> Flow.substitute(input, arguments)).toList();
    Bound joined = null;
    for (MethodSummary callee : callees) {
      if (callee.returns() == null || !inProgress.add(callee)) {
        return Bound.UNBOUNDED;
      }
      try {
        Bound returned = eval(callee.returns(), values, depth + 1).through(callee.via());
        joined = joined == null ? returned : Bounds.weakest(joined, returned);
      } finally {
        inProgress.remove(callee);
      }
    }
    return joined;
  }

  /** A query's rows, read from its text once a caller's constant gives it. */
  private static Bound sql(Flow text) {
    if (text.op() == Flow.Op.PARAM) {
      return Bound.parameter(text.name());
    }
    if (text.op() != Flow.Op.TEXT) {
      return Bound.UNBOUNDED;
    }
    OptionalLong rows = SqlText.rowBound(text.name());
    return rows.isPresent() ? Bound.bounded(rows, "sql") : Bound.UNBOUNDED;
  }

  private Bound combine(Flow flow, List<Flow> arguments, int depth) {
    List<Bound> inputs = new ArrayList<>();
    for (Flow input : flow.inputs()) {
      inputs.add(eval(input, arguments, depth));
    }
    return flow.op() == Flow.Op.SUM ? Bounds.sum(inputs, flow.name())
        : Bounds.product(inputs, flow.name());
  }

  private Optional<Bound.Via> collects(MethodSummary method, int param, int depth) {
    if (depth >= MAX_DEPTH || ++steps > MAX_STEPS || !inProgress.add(method)) {
      return Optional.empty();
    }
    try {
      for (MethodSummary.Collect collect : method.collects()) {
        if (collect.param() != param) {
          continue;
        }
        if (collect.via() == null) {
          return Optional.of(new Bound.Via(method.owner() + "." + method.name(), method.file(),
              collect.line()));
        }
        for (MethodSummary callee : view.methods(collect.via())) {
          Optional<Bound.Via> inner = collects(callee, collect.viaArg(), depth + 1);
          if (inner.isPresent()) {
            return inner;
          }
        }
      }
      return Optional.empty();
    } finally {
      inProgress.remove(method);
    }
  }
}
