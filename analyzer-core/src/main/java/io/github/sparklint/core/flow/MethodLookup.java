package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which method summaries a call site reaches: the methods of the analyzed sources by owner, name
 * and arity (through the superclasses of the {@link TypeHierarchy}, to the implementations of an
 * abstract method), varargs methods the call fits ({@link CallArguments}), any project method of
 * that name for an owner out of sight, and the models ({@link ModelLayer}) of methods no file
 * declares, also behind a call a model says returns a library class ({@link ChainedOwner}).
 * Immutable once built; part of the {@link ProjectIndex}.
 */
final class MethodLookup {
  private final Map<String, List<MethodSummary>> methods = new HashMap<>();
  private final Map<String, List<MethodSummary>> byNameAndArity = new HashMap<>();
  /** The varargs methods, by {@code Owner#name} and by {@code *#name} (any owner). */
  private final Map<String, List<MethodSummary>> varargs = new HashMap<>();
  private final ModelLayer models;
  private final TypeHierarchy hierarchy;

  MethodLookup(Collection<FileSummary> files, ModelLayer models, TypeHierarchy hierarchy) {
    this.models = models;
    this.hierarchy = hierarchy;
    for (FileSummary file : files) {
      for (MethodSummary method : file.methods()) {
        for (String key : TypeReferences.keys(method.owner())) {
          methods.computeIfAbsent(key + "#" + method.name() + "/" + method.arity(),
              k -> new ArrayList<>()).add(method);
          if (method.varargs()) {
            varargs.computeIfAbsent(key + "#" + method.name(), k -> new ArrayList<>()).add(method);
          }
        }
        byNameAndArity.computeIfAbsent(method.name() + "/" + method.arity(),
            k -> new ArrayList<>()).add(method);
        if (method.varargs()) {
          varargs.computeIfAbsent(CallSite.ANY_OWNER.get(0) + "#" + method.name(),
              k -> new ArrayList<>()).add(method);
        }
      }
    }
  }

  /**
   * The methods a call may reach: in the first of the site's owners (or their superclasses) that
   * declares a method of that name and arity (in its source, else in a model), every such
   * overload, else every varargs method there the call fits ({@link CallArguments}), as Java
   * prefers a method of fixed arity; for a site of {@link CallSite#ANY_OWNER}, every source method
   * of that name and arity in the project, else every varargs one the call fits.
   */
  List<MethodSummary> methods(CallSite site) {
    if (site.owners().equals(CallSite.ANY_OWNER)) {
      List<MethodSummary> found = byNameAndArity.getOrDefault(site.name() + "/" + site.arity(),
          List.of());
      return found.isEmpty() ? variableArity(CallSite.ANY_OWNER.get(0), site)
          : CallArguments.fixedArityFirst(found);
    }
    return inOwners(site, true);
  }

  /**
   * The models of the methods {@code site} may reach, looked up past the analyzed sources: when
   * the sources include a modelled library's own code, {@link #methods} reads that code, which may
   * end in code out of sight (a Scala RDD, another jar); the model still says what the method
   * returns. Empty when no model describes such a method.
   */
  List<MethodSummary> modelled(CallSite site) {
    return site.owners().equals(CallSite.ANY_OWNER) ? List.of() : inOwners(site, false);
  }

  private List<MethodSummary> inOwners(CallSite site, boolean sources) {
    for (String owner : site.owners()) {
      List<String> types = ChainedOwner.isChained(owner) ? returnedClasses(owner)
          : List.of(hierarchy.resolve(owner));
      List<MethodSummary> found = new ArrayList<>();
      for (String type : types) {
        List<MethodSummary> inType = inHierarchy(type, site.name(), site.arity(), sources);
        found.addAll(inType.isEmpty() && sources ? variableArityInHierarchy(type, site) : inType);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The varargs methods of {@code owner} or its superclasses that {@code site} fits, nearest first. */
  private List<MethodSummary> variableArityInHierarchy(String owner, CallSite site) {
    if (!varargs.containsKey(CallSite.ANY_OWNER.get(0) + "#" + site.name())) {
      return List.of(); // no project type declares a varargs method of that name
    }
    for (String type : hierarchy.supertypes(owner)) {
      List<MethodSummary> found = variableArity(type, site);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** The varargs methods named like {@code site} in {@code owner} ({@code *}: any) that it fits. */
  private List<MethodSummary> variableArity(String owner, CallSite site) {
    return varargs.getOrDefault(owner + "#" + site.name(), List.of()).stream()
        .filter(method -> CallArguments.fitsVariableArity(method, site.arity())).toList();
  }

  /**
   * True when {@code site} may reach a method: its owners are named, or some are the results of
   * calls a model says return a library class. A site that may not answers nothing, whatever the
   * analyzed files say, so its question need not be recorded ({@link ProjectView}).
   */
  boolean mayResolve(CallSite site) {
    for (String owner : site.owners()) {
      if (!ChainedOwner.isChained(owner) || ChainedOwner.inner(owner)
          .filter(inner -> models.returnsClass(inner.name()) && mayResolve(inner)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes the chained call {@code owner} returns, when a model of its method returns a
   * library class and every callee names the class it returns (a model, or a library's own source
   * of the method: overloads of one arity may name several, {@code javaFunctions(sc)} and {@code
   * javaFunctions(rdd)}); empty when one does not.
   */
  private List<String> returnedClasses(String owner) {
    Optional<CallSite> inner = ChainedOwner.inner(owner);
    if (inner.isEmpty() || !models.returnsClass(inner.get().name())) {
      return List.of();
    }
    List<String> types = methods(inner.get()).stream().map(MethodSummary::returnType)
        .distinct().toList();
    return types.contains(null) ? List.of() : types;
  }

  private List<MethodSummary> inHierarchy(String owner, String name, int arity,
      boolean sources) {
    for (String type : hierarchy.supertypes(owner)) {
      List<MethodSummary> found = sources ? methods.get(type + "#" + name + "/" + arity) : null;
      if (found != null) {
        return CallArguments.fixedArityFirst(implementations(type, name, arity, found));
      }
      found = models.find(TypeKeys.simpleName(type), name, arity);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * The methods with a body that the subtypes of {@code declared}'s owner in the analyzed sources
   * declare for it: every implementation of an abstract or interface method the sources show;
   * empty when none does or the subtypes are too many to search.
   */
  List<MethodSummary> overriding(MethodSummary declared) {
    List<String> below = hierarchy.subtypesOf(declared.owner());
    if (below == null) {
      return List.of();
    }
    return withBodies(below, List.of(declared));
  }

  /**
   * The methods that {@code types} declare with a body (not stubs) and the name and arity of
   * {@code declared}, which can override them: when every declared method returns one Spark kind,
   * of that kind (an override returns a subtype; {@code List<T> load(Config c)} next to {@code
   * JavaRDD<T> load(SparkSession s)} is an overload).
   */
  private List<MethodSummary> withBodies(List<String> types, List<MethodSummary> declared) {
    String name = declared.get(0).name();
    int arity = declared.get(0).arity();
    List<SparkKind> kinds = declared.stream().map(MethodSummary::returnKind).distinct().toList();
    SparkKind kind = kinds.size() == 1 ? kinds.get(0) : null;
    List<MethodSummary> found = new ArrayList<>();
    for (String type : types) {
      methods.getOrDefault(type + "#" + name + "/" + arity, List.of()).stream()
          .filter(method -> method.body() != null && !method.stub())
          .filter(method -> kind == null || method.returnKind() == kind).forEach(found::add);
    }
    return found;
  }

  /**
   * The methods a call of {@code declared} (the methods {@code name/arity} of {@code type}) runs:
   * {@code declared} itself unless every one of them is abstract (an interface method, an abstract
   * method), then the one the subtypes of {@code type} in the analyzed sources declare with a
   * body, when exactly one does (an interface with one implementation, as a service injected by
   * its interface usually has). With several, which one runs depends on the object (a test's
   * fake, a production reader), so {@code declared} answers, as when the subtypes are too many
   * to search, unless they all do the same with their parameters ({@link
   * AgreedImplementations}). A lambda or an anonymous class implementing an interface is not a
   * subtype here.
   */
  private List<MethodSummary> implementations(String type, String name, int arity,
      List<MethodSummary> declared) {
    if (declared.stream().anyMatch(method -> method.body() != null)) {
      return declared;
    }
    List<String> below = hierarchy.subtypesOf(type);
    if (below == null) {
      return declared;
    }
    List<MethodSummary> found = withBodies(below, declared);
    return found.size() == 1 ? found
        : found.isEmpty() ? declared : AgreedImplementations.of(declared, found);
  }
}
