package io.github.sparklint.core.flow;

import java.util.List;

/**
 * What the code of one function shows about its output, worked out in its own file (a method's
 * body, a lambda, the {@code call} method of a function class) before the project index is
 * complete: what its own statements do, and the project methods whose part is still to be read
 * ({@link FunctionFanOuts} follows them through the index, within a budget).
 *
 * @param own what its own statements do: {@link FanOut#EXTERNAL}, {@link FanOut#LARGE_LOOP} or
 *     {@link FanOut#INPUT}
 * @param singleton true when every value it returns is a collection or iterator of at most one
 *     element, or the result of a call in {@code returned}
 * @param calls the calls it makes that may reach project methods: their reads count as its own
 * @param returned the calls whose result it returns: it returns at most one element when each of
 *     them does
 */
public record FunctionBody(FanOut own, boolean singleton, List<CallSite> calls,
    List<CallSite> returned) {
  public FunctionBody {
    own = own == null ? FanOut.UNKNOWN : own;
    calls = calls == null ? List.of() : List.copyOf(calls);
    returned = returned == null ? List.of() : List.copyOf(returned);
  }

  /**
   * True when this says nothing a caller needs: it transforms its input, returns more than one
   * element and calls no project method, like a method sparklint knows nothing about.
   */
  public boolean isPlain() {
    return own == FanOut.INPUT && !singleton && calls.isEmpty();
  }
}
