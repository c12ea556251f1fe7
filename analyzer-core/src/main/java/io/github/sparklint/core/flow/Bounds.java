package io.github.sparklint.core.flow;

import java.util.List;

/** How bounds combine: the weakest of alternatives, the sum of a union, the product of a join. */
final class Bounds {
  private Bounds() {}

  /** The weaker of two possible values: unbounded beats unknown beats a parameter beats any bound. */
  static Bound weakest(Bound a, Bound b) {
    if (rank(a) != rank(b)) {
      return rank(a) > rank(b) ? a : b;
    }
    if (a.kind() == Bound.Kind.UNBOUNDED) {
      return b.doubt() != null && a.doubt() == null ? a : b; // the one the code shows unbounded
    }
    if (a.kind() == Bound.Kind.BOUNDED && b.kind() == Bound.Kind.BOUNDED) {
      long rows = a.maxRows() < 0 || b.maxRows() < 0 ? -1 : Math.max(a.maxRows(), b.maxRows());
      return new Bound(Bound.Kind.BOUNDED, rows, a.origin(), a.path(), null);
    }
    return a.kind() == Bound.Kind.DRIVER_DATA ? a : b;
  }

  /**
   * The rows of one of several implementations chosen at run time ({@link Flow.Op#AGREED}): the
   * weakest of {@code options} when they are all of one rank (all unbounded, all bounded or
   * driver data, all as many as a parameter), else unknown: which one runs decides, and the
   * code does not show which.
   */
  static Bound agreed(List<Bound> options) {
    Bound joined = null;
    for (Bound option : options) {
      if (joined != null && rank(option) != rank(joined)) {
        return Bound.UNKNOWN;
      }
      joined = joined == null ? option : weakest(joined, option);
    }
    return joined == null ? Bound.UNKNOWN : joined;
  }

  /** A union: bounded when every input is, by the sum of their counts. */
  static Bound sum(List<Bound> inputs, String method) {
    return combine(inputs, method, false);
  }

  /** A join: bounded when every side is, by the product of their counts. */
  static Bound product(List<Bound> inputs, String method) {
    return combine(inputs, method, true);
  }

  private static Bound combine(List<Bound> inputs, String method, boolean product) {
    Bound worst = null;
    boolean allDriver = true;
    long rows = product ? 1 : 0;
    for (Bound input : inputs) {
      if (!input.isBounded()) {
        worst = worst == null || rank(input) > rank(worst)
            || rank(input) == rank(worst) && worst.doubt() != null && input.doubt() == null
            ? input : worst;
        continue;
      }
      allDriver &= input.kind() == Bound.Kind.DRIVER_DATA;
      if (rows >= 0) {
        rows = input.maxRows() < 0 ? -1 : product ? multiply(rows, input.maxRows())
            : add(rows, input.maxRows());
      }
    }
    if (worst != null) {
      return worst;
    }
    return new Bound(allDriver ? Bound.Kind.DRIVER_DATA : Bound.Kind.BOUNDED, rows, method,
        List.of(), null);
  }

  private static int rank(Bound b) {
    return switch (b.kind()) {
      case UNBOUNDED -> 4;
      case UNKNOWN -> 3;
      case PARAMETER -> 2;
      case BOUNDED, DRIVER_DATA -> 1;
    };
  }

  private static long multiply(long a, long b) {
    long r = a * b;
    return (a != 0 && r / a != b) || r < 0 ? Long.MAX_VALUE : r;
  }

  private static long add(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
