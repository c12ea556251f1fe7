package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a call of an abstract or interface method with several implementations in the analyzed
 * sources does with its arguments, when every implementation agrees: a template method
 * ({@code addToMap(map, rows)} declared abstract in a base class) whose subclasses all collect
 * the rows they are given brings them to the driver whichever subclass runs. The call reaches
 * every implementation, each answering for its parameters only: what they return stays what the
 * declared method says (joining several return values was measured to add more false findings
 * than true ones). When they disagree (one collects, another counts), or none does anything with
 * its parameters, the call reaches the declared method alone, as before.
 */
final class AgreedImplementations {
  private AgreedImplementations() {}

  /**
   * The methods a call of {@code declared} reaches, given its {@code implementations} (two or
   * more): those implementations, their return side replaced by {@code declared}'s, when their own
   * code collects, drains and broadcasts the same parameters and some parameter is; else {@code
   * declared}.
   */
  static List<MethodSummary> of(List<MethodSummary> declared, List<MethodSummary> implementations) {
    ParameterEffects first = ParameterEffects.of(implementations.get(0));
    if (first.isEmpty() || declared.size() != 1 || implementations.stream().skip(1)
        .anyMatch(method -> !ParameterEffects.of(method).equals(first))) {
      return declared;
    }
    List<MethodSummary> found = new ArrayList<>();
    for (MethodSummary method : implementations) {
      found.add(withReturnOf(method, declared.get(0)));
    }
    return found;
  }

  /** {@code method}'s effects on its parameters, with the return side of {@code declared}. */
  private static MethodSummary withReturnOf(MethodSummary method, MethodSummary declared) {
    return new MethodSummary(method.owner(), method.name(), method.arity(), method.file(),
        method.line(), declared.returnKind(), declared.returns(), method.collects(),
        declared.lambdaParams(), declared.handed(), declared.collected(), declared.stream(),
        declared.inertConfs(), method.broadcasts(), declared.returnType(), declared.body(),
        method.varargs(), declared.copies(), method.drains(), false);
  }

  /**
   * The parameters a method's own code collects and drains, and those it broadcasts. A parameter
   * it passes on to another project method that may collect it does not count: that summary is
   * an upper bound (the callee may be one of several of that name), and agreeing on an upper
   * bound would let a writer that repartitions its input agree with a test's fake that collects
   * it.
   */
  private record ParameterEffects(Set<Integer> collects, Set<Integer> drains,
      Set<Integer> broadcasts) {
    static ParameterEffects of(MethodSummary method) {
      Set<Integer> collects = new TreeSet<>();
      method.collects().stream().filter(collect -> collect.via() == null)
          .forEach(collect -> collects.add(collect.param()));
      Set<Integer> drains = new TreeSet<>();
      method.drains().stream().filter(drain -> drain.via() == null)
          .forEach(drain -> drains.add(drain.param()));
      return new ParameterEffects(collects, drains, new TreeSet<>(method.broadcasts()));
    }

    boolean isEmpty() {
      return collects.isEmpty() && drains.isEmpty() && broadcasts.isEmpty();
    }
  }
}
