package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a call of an abstract or interface method with several implementations in the analyzed
 * sources does, when the implementations agree. With its arguments: a template method ({@code
 * addToMap(map, rows)} declared abstract in a base class) whose subclasses all collect the rows
 * they are given brings them to the driver whichever subclass runs; the call reaches every
 * implementation, each answering for its parameters only. With what it returns: a loader
 * interface whose every implementation reads files or tables ({@code ILoader.getLoader(config)}
 * picks one from a configuration) returns unbounded rows whichever runs, and one whose every
 * implementation builds a few rows returns few; when they disagree (a production reader and a
 * test's fake of a few rows) the object decides, so the rows are unknown ({@link
 * Flow#agreed}; joining them as one of several values was measured to add more false findings
 * than true ones). A stub (a lone {@code throw} or {@code return null}) is not an
 * implementation here ({@link MethodLookup}).
 */
final class AgreedImplementations {
  private AgreedImplementations() {}

  /**
   * The methods a call of {@code declared} reaches, given its {@code implementations} (two or
   * more): those implementations when their own code collects, drains and broadcasts the same
   * parameters and some parameter is, else {@code declared}; each with {@code declared}'s return
   * side, but the rows it returns agreed over every implementation ({@link Flow#agreed}) when
   * each returns rows.
   */
  static List<MethodSummary> of(List<MethodSummary> declared, List<MethodSummary> implementations) {
    if (declared.size() != 1) {
      return declared;
    }
    MethodSummary returning = withAgreedReturns(declared.get(0), implementations);
    ParameterEffects first = ParameterEffects.of(implementations.get(0));
    if (first.isEmpty() || implementations.stream().skip(1)
        .anyMatch(method -> !ParameterEffects.of(method).equals(first))) {
      return List.of(returning);
    }
    List<MethodSummary> found = new ArrayList<>();
    for (MethodSummary method : implementations) {
      found.add(withReturnOf(method, returning));
    }
    return found;
  }

  /**
   * {@code declared} returning the rows its {@code implementations} agree on; {@code declared}
   * itself when one of them returns no rows the index follows.
   */
  private static MethodSummary withAgreedReturns(MethodSummary declared,
      List<MethodSummary> implementations) {
    if (implementations.stream().anyMatch(method -> method.returns() == null)) {
      return declared;
    }
    return withReturnOf(declared, declared,
        Flow.agreed(implementations.stream().map(MethodSummary::returns).toList()));
  }

  /** {@code method}'s effects on its parameters, with the return side of {@code declared}. */
  private static MethodSummary withReturnOf(MethodSummary method, MethodSummary declared) {
    return withReturnOf(method, declared, declared.returns());
  }

  private static MethodSummary withReturnOf(MethodSummary method, MethodSummary declared,
      Flow returns) {
    return new MethodSummary(method.owner(), method.name(), method.arity(), method.file(),
        method.line(), declared.returnKind(), returns, method.collects(),
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
