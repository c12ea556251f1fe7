package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import java.util.HashSet;
import java.util.Set;

/**
 * State of one backwards walk over an expression's upstream: a step budget, so that chains of
 * reassigned locals cannot blow up, and the locals being resolved, to recognize a variable inside
 * its own values ({@code ds = ds.filter(...)}).
 */
public final class Walk {
  private static final int MAX_STEPS = 10_000;

  private final Set<Node> resolving = new HashSet<>();
  private int steps;

  /** Counts one step; true once the budget is used up. */
  public boolean exhausted() {
    return ++steps > MAX_STEPS;
  }

  /** Marks {@code declaration} as being resolved; false when it already is (a cycle). */
  public boolean enter(Node declaration) {
    return resolving.add(declaration);
  }

  /** Ends the resolution of {@code declaration}. */
  public void leave(Node declaration) {
    resolving.remove(declaration);
  }
}
