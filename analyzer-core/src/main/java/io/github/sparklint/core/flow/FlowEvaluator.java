package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Turns a {@link Flow} into a {@link Bound}, reading the summaries of the project methods it
 * passes through from a {@link ProjectView}; the rows of fields are {@link FieldRows}', the rows
 * project methods bring to the driver {@link DriverCollects}'. Recursion and deep call chains end
 * within a fixed {@link EvaluationBudget}; what the budget cuts off is {@link
 * Bound.Kind#UNKNOWN}, like an unknown method's result.
 */
public final class FlowEvaluator {
  private static final int MAX_DEPTH = EvaluationBudget.MAX_DEPTH;

  private final ProjectView view;
  private final EvaluationBudget budget = new EvaluationBudget();
  private final FieldRows fields;
  private final DriverCollects collects;

  public FlowEvaluator(ProjectView view) {
    this(view, true);
  }

  /**
   * An evaluator over {@code view}; one whose fields do not {@code askView} works the rows of
   * every field out itself (the project view's own, for {@link FieldQuestions#rows}).
   */
  FlowEvaluator(ProjectView view, boolean askView) {
    this.view = view;
    this.fields = new FieldRows(view, this::eval, MAX_DEPTH, askView);
    this.collects = new DriverCollects(view, this::eval, budget);
  }

  /**
   * The rows of {@code field}, a field of any object (not one made in sight), read {@code depth}
   * project methods deep: the join of every value the analyzed sources store in it.
   */
  Bound fieldRows(CallSite field, int depth) {
    budget.restart();
    return fields.rows(Flow.field(field.owners(), field.name(), Flow.UNKNOWN), Flow.UNKNOWN,
        depth);
  }

  /** The bound of {@code flow} in the enclosing method, whose parameters stay parameters. */
  public Bound evaluate(Flow flow) {
    budget.restart();
    return eval(flow, null, 0);
  }

  /**
   * Rows a project method brings to the driver when called with {@code arguments} (the flows of
   * the call's arguments), through any chain of project methods it passes them to: the weakest
   * bound, with where the collecting happens; empty when it collects nothing that depends on its
   * arguments.
   */
  public Optional<Collected> broughtToDriver(MethodSummary method, List<Flow> arguments) {
    budget.restart();
    return collects.broughtToDriver(method, arguments, 0);
  }

  /**
   * Rows a project method collects from its arguments and then broadcasts ({@code
   * sc.broadcast(new HashMap<>(rows.collectAsMap()))}), when called with {@code arguments}: the
   * weakest bound, with where it collects them; empty when it broadcasts no such rows.
   */
  public Optional<Collected> broadcastBy(MethodSummary method, List<Flow> arguments) {
    budget.restart();
    return collects.broadcastBy(method, arguments, 0);
  }

  /**
   * True when {@code method} brings unbounded rows to the driver whatever its callers pass (a read
   * of a whole table, or of whatever file its parameter names, collected): that collect is
   * reported where it happens, so its calls need not be.
   */
  public boolean collectsUnboundedAnyway(MethodSummary method) {
    List<Flow> own = IntStream.range(0, method.arity())
        .mapToObj(i -> Flow.param(i, "argument " + i)).toList();
    return broughtToDriver(method, own)
        .filter(collected -> collected.bound().kind() == Bound.Kind.UNBOUNDED).isPresent();
  }

  /** Rows brought to the driver at {@code point} (a collecting method and line). */
  public record Collected(Bound bound, Bound.Via point) {}

  /**
   * The bound on the rows collected into the driver collection that {@code call}, a {@link
   * Flow.Op#CALL} of a project method, returns: {@code List<Row> all() { return
   * table.collectAsList(); }}, through helpers that return another's result. Empty when no callee
   * returns collected rows, or the budget cuts the question off (an unknown raises no alarm).
   */
  public Optional<Bound> collectedBy(Flow call) {
    budget.restart();
    return call.op() == Flow.Op.CALL
        ? collects.collected(Flow.collected(call.site(), call.inputs()), null, 0)
        : Optional.empty();
  }

  /**
   * The bound of {@code flow}, a flow of the enclosing method ({@code arguments} null) or of a
   * callee whose parameters the caller's argument flows fill in.
   */
  private Bound eval(Flow flow, List<Flow> arguments, int depth) {
    if (!budget.step()) {
      return Bound.UNKNOWN;
    }
    return switch (flow.op()) {
      case KNOWN -> flow.bound();
      case TEXT -> Bound.UNKNOWN;
      case PARAM -> arguments == null ? Bound.parameter(flow.name())
          : flow.param() < arguments.size() ? eval(arguments.get(flow.param()), null, depth)
          : Bound.UNKNOWN;
      case SQL -> sql(inputs(flow, arguments).get(0));
      case CALL -> call(flow, arguments, depth);
      case EITHER -> {
        Bound joined = null;
        for (Flow option : flow.inputs()) {
          joined = joined == null ? eval(option, arguments, depth)
              : Bounds.weakest(joined, eval(option, arguments, depth));
        }
        yield joined == null ? Bound.UNKNOWN : joined;
      }
      case AGREED -> Bounds.agreed(flow.inputs().stream()
          .map(option -> eval(option, arguments, depth)).toList());
      case SUM, PRODUCT -> combine(flow, arguments, depth);
      case GROW -> grown(eval(flow.inputs().get(0), arguments, depth));
      case NARROWED -> eval(flow.inputs().get(0), arguments, depth).narrowedTo(flow.name());
      case MEMBERS -> eval(flow.inputs().get(0), arguments, depth).narrowedToMembersOf(flow.name());
      case HANDED -> handed(flow, arguments, depth);
      case COLLECTED -> collects.collected(flow, arguments, depth).orElse(Bound.UNKNOWN);
      case FIELD -> fields.rows(flow, inputs(flow, arguments).get(0), depth);
      case NEW, HELD -> Bound.UNKNOWN;
      case OBJECT -> eval(flow.inputs().get(0), arguments, depth);
      case BY_CLASS -> byClass(flow, arguments, depth);
    };
  }

  /**
   * The rows a model states for the class of the tested argument ({@link Flow.Op#BY_CLASS}): of
   * one of several objects (a local given different operations), the weakest.
   */
  private Bound byClass(Flow flow, List<Flow> arguments, int depth) {
    Flow tested = inputs(flow, arguments).get(0);
    List<Flow> objects = tested.op() == Flow.Op.EITHER ? tested.inputs() : List.of(tested);
    Bound joined = null;
    for (Flow object : objects) {
      Flow rows = flow.forClass(object.op() == Flow.Op.OBJECT ? object.name() : "");
      Bound bound = eval(rows, arguments, depth);
      joined = joined == null ? bound : Bounds.weakest(joined, bound);
    }
    return joined;
  }

  /**
   * The inputs of {@code flow} as the caller sees them: with each parameter replaced by the
   * caller's argument flow, or as they are in the enclosing method ({@code arguments} null).
   */
  static List<Flow> inputs(Flow flow, List<Flow> arguments) {
    return arguments == null ? flow.inputs() : flow.inputs().stream()
        .map(input -> Flow.substitute(input, arguments)).toList();
  }

  private Bound call(Flow flow, List<Flow> arguments, int depth) {
    List<MethodSummary> callees = view.methods(flow.site());
    List<Flow> values = inputs(flow, arguments);
    if (callees.isEmpty()) {
      return outOfSight(values, depth);
    }
    if (depth >= MAX_DEPTH) {
      return Bound.UNKNOWN;
    }
    Bound joined = returned(callees, values, depth);
    if (joined.kind() == Bound.Kind.UNKNOWN) {
      List<MethodSummary> models = view.modelled(flow.site());
      joined = models.isEmpty() || models.equals(callees) ? joined
          : returned(models, values, depth);
    }
    return joined.kind() == Bound.Kind.UNKNOWN ? outOfSight(values, depth) : joined;
  }

  /** The weakest of the rows {@code callees} return for {@code values}; unknown for none. */
  private Bound returned(List<MethodSummary> callees, List<Flow> values, int depth) {
    Bound joined = null;
    for (MethodSummary callee : callees) {
      Bound returned = Bound.UNKNOWN;
      if (callee.returns() != null && budget.enter(callee)) {
        try {
          returned = eval(callee.returns(), CallArguments.fill(callee, values), depth + 1)
              .through(callee.via());
        } finally {
          budget.leave(callee);
        }
      }
      joined = joined == null ? returned : Bounds.weakest(joined, returned);
    }
    return joined == null ? Bound.UNKNOWN : joined;
  }

  /**
   * The rows of a method sparklint cannot see into (or whose rows come from such a method): the
   * rows the text of a query tells, when it is given one ({@code engine.query(project, "select
   * count(*) from t")}, {@code hiveContext.sql(..)}); else as many as the Datasets and RDDs it is
   * given (a converter, a {@code Function<Dataset, Dataset>}), the weakest of them; unknown when
   * it is given none.
   */
  private Bound outOfSight(List<Flow> arguments, int depth) {
    Bound joined = null;
    for (Flow argument : arguments) {
      if (argument.op() == Flow.Op.TEXT) {
        if (argument.name() != null && SqlRows.isStatement(argument.name())) {
          return sql(argument);
        }
        continue;
      }
      Bound bound = eval(argument, null, depth);
      joined = joined == null ? bound : Bounds.weakest(joined, bound);
    }
    return joined == null ? Bound.UNKNOWN : joined;
  }

  /**
   * What a lambda given to a project method receives: the weakest of the rows that method hands
   * to functions taking a Dataset (its parameters filled by the call's arguments), or, when it
   * hands none itself (a builder keeps the function for a later run), of those the methods of its
   * file hand; unknown when none does.
   */
  private Bound handed(Flow flow, List<Flow> arguments, int depth) {
    if (depth >= MAX_DEPTH) {
      return Bound.UNKNOWN;
    }
    List<Flow> values = inputs(flow, arguments);
    Bound joined = null;
    for (Map.Entry<MethodSummary, List<MethodSummary>> callee
        : view.handingMethods(flow.site()).entrySet()) {
      boolean own = !callee.getKey().handed().isEmpty();
      for (MethodSummary handing : own ? List.of(callee.getKey()) : callee.getValue()) {
        List<Flow> filled = own ? CallArguments.fill(callee.getKey(), values) : List.of();
        for (Flow rows : handing.handed()) {
          Bound bound = eval(rows, filled, depth + 1);
          joined = joined == null ? bound : Bounds.weakest(joined, bound);
        }
      }
    }
    return joined == null ? Bound.UNKNOWN : joined;
  }

  /** What a function with unbounded output makes of {@code input}: see {@link Flow.Op#GROW}. */
  private static Bound grown(Bound input) {
    return input.kind() == Bound.Kind.UNKNOWN || input.kind() == Bound.Kind.PARAMETER
        ? input : Bound.UNBOUNDED;
  }

  /**
   * A query's rows, read from its text once a caller's constant gives it; of one of several texts
   * (a parameterized test's values), the weakest.
   */
  private static Bound sql(Flow text) {
    if (text.op() == Flow.Op.PARAM) {
      return Bound.parameter(text.name());
    }
    if (text.op() == Flow.Op.EITHER) {
      return text.inputs().stream().map(FlowEvaluator::sql).reduce(Bounds::weakest)
          .orElse(Bound.UNKNOWN);
    }
    if (text.op() != Flow.Op.TEXT || text.name() == null) {
      return Bound.UNKNOWN;
    }
    return SqlBound.of(text.name(), "sql").bound();
  }

  private Bound combine(Flow flow, List<Flow> arguments, int depth) {
    List<Bound> inputs = new ArrayList<>();
    for (Flow input : flow.inputs()) {
      inputs.add(eval(input, arguments, depth));
    }
    return flow.op() == Flow.Op.SUM ? Bounds.sum(inputs, flow.name())
        : Bounds.product(inputs, flow.name());
  }
}
