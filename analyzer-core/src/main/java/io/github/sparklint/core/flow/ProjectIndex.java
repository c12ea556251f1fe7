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
 * finding. Which methods a call reaches, in the sources or in the models of methods no analyzed
 * file declares ({@link ModelLayer}), is the {@link MethodLookup}'s to say. Immutable once built (the rows of fields it works out on demand are kept in a
 * concurrent map, each a function of the index alone); safe to share between threads.
 */
public final class ProjectIndex {
  private final Set<String> called = new HashSet<>();
  private final Map<String, List<MethodSummary>> handed = new HashMap<>();
  /** The names of the source methods that broadcast a parameter ({@link BroadcastParameters}). */
  private final Set<String> broadcasting = new HashSet<>();
  private final ModelLayer models;
  private final FieldIndex fields;
  /** The rows of fields of any object, by question ({@link FieldQuestions#rows}). */
  private final Map<String, Bound> fieldRows = new ConcurrentHashMap<>();
  private final TypeHierarchy hierarchy;
  private final MethodLookup lookup;
  /** The functions calls pass to project methods, by callee ({@link FunctionParameters}). */
  private final PassedFunctionIndex passed = new PassedFunctionIndex();
  /** The rows calls pass to project methods, by callee ({@link PassedRows}). */
  private final CallRecords<RowArguments> passedRows = new CallRecords<>();

  private ProjectIndex(Collection<FileSummary> files, ModelLayer models) {
    this.models = models;
    this.hierarchy = new TypeHierarchy(files);
    this.lookup = new MethodLookup(files, models, hierarchy);
    for (FileSummary file : files) {
      for (MethodSummary method : file.methods()) {
        if (!method.handed().isEmpty()) {
          handed.computeIfAbsent(method.file(), k -> new ArrayList<>()).add(method);
        }
        if (!method.broadcasts().isEmpty()) {
          broadcasting.add(method.name());
        }
      }
    }
    for (FileSummary file : files) {
      Map<String, List<FunctionArguments>> passing = PassedFunctionIndex.bySite(file);
      Map<String, List<RowArguments>> rows = CallRecords.bySite(file.rows(), RowArguments::site);
      for (CallSite site : file.calls()) {
        for (MethodSummary callee : methods(site)) {
          called.add(callee.key());
          passed.add(callee.key(), passing.get(site.key()));
          passedRows.add(callee.key(), rows.get(site.key()));
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
   * The methods a call may reach ({@link MethodLookup#methods}): in the first of the site's owners
   * (or their superclasses) that declares a method of that name and arity, every such overload,
   * else every varargs method there the call fits; for a site of {@link CallSite#ANY_OWNER}, every
   * source method of that name and arity in the project.
   */
  public List<MethodSummary> methods(CallSite site) {
    return lookup.methods(site);
  }

  /**
   * The implementations of the abstract or interface method {@code declared} that the analyzed
   * sources declare ({@link MethodLookup#overriding}).
   */
  public List<MethodSummary> overriding(MethodSummary declared) {
    return lookup.overriding(declared);
  }

  /**
   * The models of the methods {@code site} may reach, looked up past the analyzed sources ({@link
   * MethodLookup#modelled}); empty when no model describes such a method.
   */
  public List<MethodSummary> modelled(CallSite site) {
    return lookup.modelled(site);
  }

  /**
   * True when {@code site} may reach a method ({@link MethodLookup#mayResolve}). A site that may
   * not answers nothing, whatever the analyzed files say, so its question need not be recorded
   * ({@link ProjectView}).
   */
  boolean mayResolve(CallSite site) {
    return lookup.mayResolve(site);
  }

  /** What frameworks hand to implementations of a library method ({@link ModelLayer#handed}). */
  List<HandedRows> handed(String owner, String name, int arity) {
    return models.handed(owner, name, arity);
  }

  /** True when a model of a method of this name returns a library class ({@link ModelLayer}). */
  boolean modelReturnsClass(String name) {
    return models.returnsClass(name);
  }

  /** The Dataset or RDD kind the project type {@code reference} names extends ({@link TypeHierarchy}). */
  Optional<SparkKind> inheritedKind(String reference) {
    return hierarchy.inheritedKind(reference);
  }

  /** How many constants the project enum {@code reference} names declares ({@link TypeHierarchy}). */
  public OptionalInt enumConstants(String reference) {
    return hierarchy.enumConstants(reference);
  }

  /** True when a type of the sources in the index is named {@code reference}. */
  boolean isDeclared(String reference) {
    return hierarchy.isDeclared(reference);
  }

  /** The superclasses of {@code reference} through the indexed sources, nearest first. */
  List<String> superclassNames(String reference) {
    return hierarchy.superclassNames(reference);
  }

  /** The Spark kind of field {@code field} of the first owner (or its superclasses) declaring it. */
  public Optional<SparkKind> fieldKind(List<String> owners, String field) {
    return hierarchy.fieldKind(owners, field);
  }

  /** The SQL text a final String field of one of {@code owners} holds ({@link TypeHierarchy}). */
  Optional<String> fieldText(List<String> owners, String field) {
    return hierarchy.fieldText(owners, field);
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

  /**
   * The functions every call of the method with key {@code callee} passes at {@code position}
   * ({@link PassedFunctionIndex}); empty when one passes none in sight there.
   */
  Optional<List<FunctionRef>> passedTo(String callee, int position) {
    return passed.passedTo(callee, position);
  }

  /** The rows the analyzed calls of the method with key {@code callee} pass it ({@link PassedRows}). */
  RowArguments.Calls rowsPassedTo(String callee) {
    return new RowArguments.Calls(passedRows.of(callee), passedRows.passesOther(callee));
  }

  /** The arguments by whose class a model of a method of this name states rows. */
  Set<Integer> testedArguments(String name) {
    return models.testedArguments(name);
  }

  /**
   * True when some method of this name, in the sources or a model, broadcasts one of its
   * parameters (a cheap pre-filter); for the empty name, when any method does.
   */
  public boolean hasBroadcastingMethodNamed(String name) {
    return name.isEmpty() ? mayBroadcast()
        : broadcasting.contains(name) || models.broadcasts(name);
  }

  /** True when some method, in the sources or a model, broadcasts a parameter. */
  boolean mayBroadcast() {
    return !broadcasting.isEmpty() || models.broadcastsAny();
  }
}
