package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link FanOut} of a function given to Spark: a lambda, an anonymous function class, a new
 * instance of a project function class ({@code new SplitWords()}), a method reference ({@code
 * Parser::records}), a local or field holding one of these ({@link FunctionRefs}), or a parameter
 * every caller fills with one ({@link FunctionParameters}). A function's output is bounded by its
 * input unless it, or a project method it calls, reads outside data or loops large ({@link
 * FunctionBodies}); the project methods are read from their summaries through the {@link
 * ProjectView}, within a budget: what the budget cuts off, and a function whose code is out of
 * sight (a library's function object), is {@link FanOut#UNKNOWN}. One instance serves one file on
 * one thread.
 */
public final class FunctionFanOuts {
  /** How many project methods deep the calls of a function are followed. */
  private static final int MAX_DEPTH = 8;
  /** How many method bodies one question may read. */
  private static final int MAX_STEPS = 500;
  /** The arities a function class's {@code call} or a referenced method may have. */
  private static final int MAX_ARITY = 3;
  /** How many methods a function parameter is followed through, caller to caller. */
  private static final int MAX_FORWARDS = 3;

  private final ProjectView view;
  private final Set<FunctionBody> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private int steps;

  public FunctionFanOuts(ProjectView view) {
    this.view = view;
  }

  /** What {@code function}, given to a Spark transformation, makes of its input. */
  public FanOut of(Expression function) {
    steps = 0;
    List<FunctionBody> bodies = bodies(function);
    if (bodies.isEmpty()) {
      return FanOut.UNKNOWN;
    }
    FanOut weakest = FanOut.ONE;
    for (FunctionBody body : bodies) {
      weakest = weakest.weakest(resolve(body, 0));
    }
    return weakest;
  }

  /**
   * The bodies {@code function} may run; empty when its code is out of sight. A parameter of the
   * enclosing method holds what its callers pass ({@link FunctionParameters}).
   */
  private List<FunctionBody> bodies(Expression function) {
    return bodies(FunctionRefs.of(function)
        .or(() -> FunctionParameters.passed(view, function)), 0);
  }

  /**
   * The bodies {@code refs} may run; empty when one is out of sight, or is a parameter passed on
   * more than {@link #MAX_FORWARDS} times.
   */
  private List<FunctionBody> bodies(Optional<List<FunctionRef>> refs, int forwards) {
    if (refs.isEmpty()) {
      return List.of();
    }
    List<FunctionBody> found = new ArrayList<>();
    for (FunctionRef ref : refs.get()) {
      List<FunctionBody> run = ref.body() != null ? List.of(ref.body())
          : ref.parameter() == null ? projectMethods(ref.owners(), ref.method())
          : forwards < MAX_FORWARDS
              ? bodies(FunctionParameters.passedTo(view, ref.parameter()), forwards + 1)
              : List.of();
      if (run.isEmpty()) {
        return List.of();
      }
      found.addAll(run);
    }
    return found;
  }

  /** The bodies of the project methods {@code name} of {@code owners}, of any small arity. */
  private List<FunctionBody> projectMethods(List<String> owners, String name) {
    List<FunctionBody> found = new ArrayList<>();
    if (owners.isEmpty()) {
      return found;
    }
    for (int arity = 0; arity <= MAX_ARITY; arity++) {
      found.addAll(view.functionBodies(new CallSite(owners, name, arity)));
    }
    return found.contains(null) ? List.of() : found;
  }

  /**
   * What a function with {@code body} makes of its input once the project methods it calls are
   * read: at most one element when it returns only one-element values and results of project
   * methods that do, whatever it reads; else an outside read or a large loop anywhere wins.
   */
  private FanOut resolve(FunctionBody body, int depth) {
    if (depth >= MAX_DEPTH || ++steps > MAX_STEPS) {
      return FanOut.UNKNOWN;
    }
    if (!inProgress.add(body)) {
      return FanOut.INPUT; // a recursive call adds nothing the first visit does not see
    }
    try {
      if (body.singleton() && returnsOne(body, depth)) {
        return FanOut.ONE; // whatever it reads, it emits at most one element
      }
      if (!body.own().boundedByInput()) {
        return body.own();
      }
      for (CallSite site : body.calls()) {
        for (FunctionBody callee : view.functionBodies(site)) {
          // A modelled method, or an abstract one no analyzed class implements: out of sight.
          FanOut effect = callee == null ? FanOut.UNKNOWN : resolve(callee, depth + 1);
          if (!effect.boundedByInput()) {
            return effect;
          }
        }
      }
      return FanOut.INPUT;
    } finally {
      inProgress.remove(body);
    }
  }

  /** True when every project call whose result {@code body} returns emits at most one element. */
  private boolean returnsOne(FunctionBody body, int depth) {
    for (CallSite site : body.returned()) {
      List<FunctionBody> callees = view.functionBodies(site);
      if (callees.isEmpty() || callees.stream()
          .anyMatch(c -> c == null || resolve(c, depth + 1) != FanOut.ONE)) {
        return false;
      }
    }
    return true;
  }
}
