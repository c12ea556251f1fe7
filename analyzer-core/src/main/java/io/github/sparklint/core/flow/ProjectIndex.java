package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every method and type summary of the analyzed sources, built once per run before the rules run
 * (and again for the files whose answers changed). Types are keyed by qualified name, and a
 * reference a file could not resolve alone is resolved by its {@link TypeHierarchy}; one that
 * cannot be falls back to the simple name, under which two classes of that name in different
 * packages are merged, which can only make answers weaker (the join of both), never invent a
 * finding. Methods no analyzed file declares may be modelled ({@link
 * ModelLayer}). Immutable once built (the rows of fields it works out on demand are kept in a
 * concurrent map, each a function of the index alone); safe to share between threads.
 */
public final class ProjectIndex {
  private static final int MAX_SUPERTYPES = TypeHierarchy.MAX_SUPERTYPES;

  private final Map<String, List<MethodSummary>> methods = new HashMap<>();
  private final Map<String, List<MethodSummary>> byNameAndArity = new HashMap<>();
  /** The varargs methods, by {@code Owner#name} and by {@code *#name} (any owner). */
  private final Map<String, List<MethodSummary>> varargs = new HashMap<>();
  private final Set<String> called = new HashSet<>();
  private final Map<String, List<MethodSummary>> handed = new HashMap<>();
  private final ModelLayer models;
  private final FieldIndex fields;
  /** The rows of fields of any object, by question ({@link ProjectView#fieldRows}). */
  private final Map<String, Bound> fieldRows = new ConcurrentHashMap<>();
  private final TypeHierarchy hierarchy;

  private ProjectIndex(Collection<FileSummary> files, ModelLayer models) {
    this.models = models;
    this.hierarchy = new TypeHierarchy(files);
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
        if (!method.handed().isEmpty()) {
          handed.computeIfAbsent(method.file(), k -> new ArrayList<>()).add(method);
        }
      }
    }
    for (FileSummary file : files) {
      for (CallSite site : file.calls()) {
        for (MethodSummary callee : methods(site)) {
          called.add(callee.key());
        }
      }
    }
    this.fields = new FieldIndex(files, this);
  }

  /**
   * The key of the project type {@code reference} names ({@link TypeReferences#resolve}): a
   * qualified name, or the simple name every type of that name is merged under.
   */
  String resolve(String reference) {
    return hierarchy.resolve(reference);
  }

  /** {@code key} ({@code Owner#member/arity}) with its owner resolved ({@link #resolve}). */
  String resolveKey(String key) {
    int hash = key.lastIndexOf('#');
    return hash < 0 || !TypeKeys.isUnresolved(key.substring(0, hash)) ? key
        : resolve(key.substring(0, hash)) + key.substring(hash);
  }

  /** The index of {@code files}. */
  public static ProjectIndex of(Collection<FileSummary> files) {
    return of(files, ModelLayer.none());
  }

  /** The index of {@code files}, with {@code models} for the methods no file declares. */
  public static ProjectIndex of(Collection<FileSummary> files, ModelLayer models) {
    return new ProjectIndex(files, models);
  }

  /** An index that knows no method. */
  public static ProjectIndex empty() {
    return of(List.of());
  }

  /**
   * The methods a call may reach: in the first of the site's owners (or their superclasses) that
   * declares a method of that name and arity (in its source, else in a model), every such
   * overload, else every varargs method there the call fits ({@link CallArguments}), as Java
   * prefers a method of fixed arity; for a site of {@link CallSite#ANY_OWNER}, every source method
   * of that name and arity in the project, else every varargs one the call fits.
   */
  public List<MethodSummary> methods(CallSite site) {
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
  public List<MethodSummary> modelled(CallSite site) {
    return site.owners().equals(CallSite.ANY_OWNER) ? List.of() : inOwners(site, false);
  }

  private List<MethodSummary> inOwners(CallSite site, boolean sources) {
    for (String owner : site.owners()) {
      Optional<String> type = ChainedOwner.isChained(owner) ? returnedClass(owner)
          : Optional.of(resolve(owner));
      List<MethodSummary> found = type.isEmpty() ? List.of()
          : inHierarchy(type.get(), site.name(), site.arity(), sources);
      if (found.isEmpty() && type.isPresent() && sources) {
        found = variableArityInHierarchy(type.get(), site);
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

  /** The library class the chained call {@code owner} returns, when every callee agrees. */
  private Optional<String> returnedClass(String owner) {
    Optional<CallSite> inner = ChainedOwner.inner(owner);
    if (inner.isEmpty() || !models.returnsClass(inner.get().name())) {
      return Optional.empty();
    }
    List<String> types = methods(inner.get()).stream().map(MethodSummary::returnType)
        .distinct().toList();
    return types.size() == 1 ? Optional.ofNullable(types.get(0)) : Optional.empty();
  }

  /** How many constants the project enum {@code reference} names declares ({@link TypeHierarchy}). */
  public OptionalInt enumConstants(String reference) {
    return hierarchy.enumConstants(reference);
  }

  /** The Spark kind of field {@code field} of the first owner (or its superclasses) declaring it. */
  public Optional<SparkKind> fieldKind(List<String> owners, String field) {
    return hierarchy.fieldKind(owners, field);
  }

  /**
   * The first of {@code owners} (or their superclasses) that declares a field {@code field} of a
   * Spark kind, or null when none does.
   */
  String declaringType(List<String> owners, String field) {
    return hierarchy.declaringType(owners, field);
  }

  /** Every value stored in {@code field} of an object of one of {@code owners} ({@link FieldIndex}). */
  List<FieldWrite> fieldWrites(List<String> owners, String field) {
    return fields.writesOf(owners, field, this);
  }

  /**
   * The answer to {@code question}, the rows of a field worked out by {@code rows} (from this
   * index alone) the first time it is asked: every file reading the field shares them.
   */
  Bound fieldRows(String question, Supplier<Bound> rows) {
    Bound known = fieldRows.get(question);
    if (known == null) {
      known = rows.get();
      Bound raced = fieldRows.putIfAbsent(question, known);
      known = raced == null ? known : raced;
    }
    return known;
  }

  /** What the method or constructor with key {@code writer} stores in its own object's fields. */
  List<FieldWrite> writesBy(String writer) {
    return fields.writesBy(resolveKey(writer));
  }

  /** The calls that store in an object what the method or constructor {@code writer} stores. */
  List<FieldWrite> writeCallersOf(String writer) {
    return fields.callersOf(resolveKey(writer));
  }

  /**
   * The methods of the file declaring {@code method} that hand rows to functions taking a Dataset
   * or RDD (see {@link MethodSummary#handed}).
   */
  public List<MethodSummary> handingMethods(MethodSummary method) {
    return handed.getOrDefault(method.file(), List.of());
  }

  /** True when a call somewhere in the analyzed sources reaches the method with this key. */
  public boolean hasCallers(String methodKey) {
    return called.contains(methodKey);
  }

  /** The arguments by whose class a model of a method of this name states rows. */
  Set<Integer> testedArguments(String name) {
    return models.testedArguments(name);
  }

  /** True when some method of this name broadcasts one of its parameters (a cheap pre-filter). */
  public boolean hasBroadcastingMethodNamed(String name) {
    return models.broadcasts(name);
  }

  /**
   * True when some method may broadcast a parameter: only models state that, and they are fixed
   * for a run, so a file that finds none need not record the question.
   */
  boolean mayBroadcast() {
    return models.broadcastsAny();
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
    List<MethodSummary> found = new ArrayList<>();
    for (String subtype : below) {
      methods.getOrDefault(subtype + "#" + name + "/" + arity, List.of()).stream()
          .filter(method -> method.body() != null && !method.stub()).forEach(found::add);
    }
    return found.size() == 1 ? found
        : found.isEmpty() ? declared : AgreedImplementations.of(declared, found);
  }
}
