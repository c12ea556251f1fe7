package io.github.sparklint.core.flow;

import java.util.HashSet;
import java.util.Set;

/**
 * What one question to a {@link FlowEvaluator} may spend: how many project methods deep a flow is
 * followed, how many flow nodes it visits, and the methods being followed now (a recursive method
 * is not entered again). What the budget cuts off is unknown, like an unknown method's result.
 */
final class EvaluationBudget {
  /** How many project methods deep a flow is followed. */
  static final int MAX_DEPTH = 12;
  /** How many flow nodes one question may visit. */
  private static final int MAX_STEPS = 20_000;

  private final Set<MethodSummary> inProgress = new HashSet<>();
  private int steps;

  /** Starts a new question: every step is available again. */
  void restart() {
    steps = 0;
  }

  /** Spends one step; false when the question has spent them all. */
  boolean step() {
    return ++steps <= MAX_STEPS;
  }

  /** Starts following {@code method}; false when it is being followed already. */
  boolean enter(MethodSummary method) {
    return inProgress.add(method);
  }

  /** Ends following {@code method}. */
  void leave(MethodSummary method) {
    inProgress.remove(method);
  }
}
