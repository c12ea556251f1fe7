package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One file's window on the {@link ProjectIndex}: answers the questions the analysis of that file
 * asks about other methods and types, and remembers each question with a digest of its answer.
 * Those answers are what the file's findings depend on besides its own text: a file is analyzed
 * again when the project index answers one of them differently (a helper in another file changed,
 * a new caller appeared), and a cached result is reused only when every answer is still the same.
 * One view serves one file on one thread.
 */
public final class ProjectView {
  private final ProjectIndex index;
  private final RecordedAnswers answers = new RecordedAnswers();
  private final FieldQuestions fields;

  public ProjectView(ProjectIndex index) {
    this.index = index;
    this.fields = new FieldQuestions(index, answers, this);
  }

  /**
   * The project methods {@code site} may reach. The recorded answer covers only what sparklint
   * knows about them in Spark terms ({@link MethodSummary#isSparkRelevant}): a new helper that
   * returns a String changes no file's findings, so it makes no file stale.
   */
  public List<MethodSummary> methods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site);
    answers.record(ProjectQuestion.METHODS, site.key(), () -> found.stream()
        .filter(MethodSummary::isSparkRelevant).toList().toString());
    if (found.isEmpty()) {
      askSuperclasses(site.owners());
    }
    return found;
  }

  /**
   * Asks whether each superclass of {@code owners} is in the index, after a lookup of an inherited
   * member found nothing: a superclass file the first pass skipped for never mentioning Spark may
   * declare it, and is then brought in ({@link FileAnswers#unseenFunctionOwners}).
   */
  void askSuperclasses(List<String> owners) {
    owners.forEach(owner -> index.superclassNames(owner).forEach(this::isDeclared));
  }

  /**
   * The models of the methods {@code site} may reach, past any source of them ({@link
   * ProjectIndex#modelled}): asked when the sources' answer is unknown.
   */
  public List<MethodSummary> modelled(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.modelled(site);
    answers.record(ProjectQuestion.MODELLED, site.key(), () -> found.toString());
    return found;
  }

  /**
   * True when {@code site} may reach a method (see {@link ProjectIndex#mayResolve}); the answer
   * depends on the models alone, so it is not recorded.
   */
  public boolean mayResolve(CallSite site) {
    return index.mayResolve(site);
  }

  /**
   * What frameworks hand to the parameters of implementations of the library method {@code name}
   * with {@code arity} parameters of the type named {@code owner} (simple name); the answer
   * depends on the models alone, so it is not recorded.
   */
  public List<HandedRows> handed(String owner, String name, int arity) {
    return index.handed(owner, name, arity);
  }

  /**
   * True when a model of the method {@code site} calls states rows by the class of argument
   * {@code argument}. Recorded: a file first summarized alone (without the models) keeps its
   * flows only when the models give this answer too.
   */
  public boolean testsClassOf(CallSite site, int argument) {
    return testedArguments(site.name()).contains(argument);
  }

  /**
   * True when a model of a method named {@code name} returns a library class, whose methods a
   * chain may call: a source method of that name then records the class it declares. Recorded, as
   * {@link #testedArguments}.
   */
  public boolean modelReturnsClass(String name) {
    boolean found = index.modelReturnsClass(name);
    answers.record(ProjectQuestion.RETURNS_CLASS, name, () -> Boolean.toString(found));
    return found;
  }

  /** The arguments a model of a method named {@code name} states rows by the class of. */
  Set<Integer> testedArguments(String name) {
    Set<Integer> found = index.testedArguments(name);
    answers.record(ProjectQuestion.TESTED, name, () -> found.toString());
    return found;
  }

  /**
   * True when a type of the sources in the index is named {@code reference}; asked of a superclass
   * where an inherited member's lookup leaves the index, so that a file the first pass skipped
   * (a superclass that never mentions Spark) is brought in ({@link
   * FileAnswers#unseenFunctionOwners}).
   */
  public boolean isDeclared(String reference) {
    boolean found = index.isDeclared(reference);
    answers.record(ProjectQuestion.DECLARED, reference, () -> Boolean.toString(found));
    return found;
  }

  /** The questions about fields of project types, recorded with this view's. */
  public FieldQuestions fields() {
    return fields;
  }

  /**
   * The project methods of the sources {@code site} may reach that some analyzed call reaches:
   * asked of the method an override replaces ({@link OverriddenHooks}). Recorded even when none
   * is found, by where each found method is, so that a new call of one changes the answer.
   */
  public List<MethodSummary> calledMethods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site).stream()
        .filter(method -> method.inSources() && index.hasCallers(method.key())).toList();
    answers.record(ProjectQuestion.CALLED, site.key(),
        () -> found.stream().map(method -> method.via().describe()).toList().toString());
    return found;
  }

  /** True when some analyzed file calls the method with this key. */
  public boolean hasCallers(String methodKey) {
    boolean called = index.hasCallers(methodKey);
    answers.record(ProjectQuestion.CALLERS, methodKey, () -> Boolean.toString(called));
    return called;
  }

  /**
   * The methods {@code site} may reach, each with the methods of its file that hand rows to
   * functions taking a Dataset or RDD: where a lambda given at {@code site} gets its rows.
   */
  public Map<MethodSummary, List<MethodSummary>> handingMethods(CallSite site) {
    Map<MethodSummary, List<MethodSummary>> found = new java.util.LinkedHashMap<>();
    if (!index.mayResolve(site)) {
      return found;
    }
    for (MethodSummary method : index.methods(site)) {
      found.put(method, index.handingMethods(method));
    }
    answers.record(ProjectQuestion.HANDED, site.key(), () -> found.toString());
    return found;
  }

  /**
   * The bodies of the project methods {@code site} may reach, read as functions: for an abstract
   * or interface method of the sources, the bodies of its implementations there ({@link
   * ProjectIndex#overriding}; any of them may run); null for a modelled method, or one no
   * analyzed class implements, whose code is out of sight. What a function given to Spark that
   * is, or calls, such a method makes of its input ({@link FunctionFanOuts}). Unlike {@link
   * #methods}, the recorded answer covers every method found, since a method that merely
   * transforms its input differs from none at all when it is the function itself.
   */
  public List<FunctionBody> functionBodies(CallSite site) {
    List<FunctionBody> found = new ArrayList<>();
    for (MethodSummary method : index.methods(site)) {
      List<MethodSummary> overriding = method.body() == null && method.inSources()
          ? index.overriding(method) : List.of();
      if (overriding.isEmpty()) {
        found.add(method.body());
      } else {
        overriding.forEach(implementation -> found.add(implementation.body()));
      }
    }
    answers.record(ProjectQuestion.FUNCTION_BODIES, site.key(), () -> found.toString());
    return found;
  }

  /**
   * The positions of the collection parameters that the project methods {@code site} may reach
   * return copies of ({@link MethodSummary#copies}; -1 for a method that copies none), one per
   * method. Recorded even when nothing is found, so that a helper class in a file the first pass
   * skipped is brought in ({@link FileAnswers#unseenFunctionOwners}).
   */
  public List<Integer> copiedParameters(CallSite site) {
    List<Integer> found = index.methods(site).stream().map(MethodSummary::copies).toList();
    answers.record(ProjectQuestion.COPIES, site.key(), () -> found.toString());
    return found;
  }

  /** The project methods {@code site} may reach that bring one of their arguments to the driver. */
  public List<MethodSummary> collectingMethods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site).stream()
        .filter(m -> !m.collects().isEmpty()).toList();
    answers.record(ProjectQuestion.COLLECTING, site.key(), () -> found.toString());
    return found;
  }

  /**
   * {@link #collectingMethods(CallSite)} of the site of {@code call}; none when the call names no
   * owner ({@link CallSites#of}).
   */
  public List<MethodSummary> collectingMethods(MethodCallExpr call) {
    return CallSites.of(call).map(this::collectingMethods).orElse(List.of());
  }

  /** The project methods {@code site} may reach that drain one of their iterator parameters. */
  public List<MethodSummary> drainingMethods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site).stream()
        .filter(m -> !m.drains().isEmpty()).toList();
    answers.record(ProjectQuestion.DRAINING, site.key(), () -> found.toString());
    return found;
  }

  /**
   * How many constants the project enum {@code reference} names declares (a reference as {@link
   * io.github.sparklint.core.java.ImportTable#projectType} writes it); empty for another type.
   */
  public OptionalInt enumConstants(String reference) {
    OptionalInt found = index.enumConstants(reference);
    answers.record(ProjectQuestion.ENUM, reference, () -> found.toString());
    return found;
  }

  /**
   * The Dataset or RDD kind of a value of the project type {@code reference} names (as {@link
   * io.github.sparklint.core.java.ImportTable#projectType} writes it), a subclass of a Spark one.
   */
  public Optional<SparkKind> inheritedKind(String reference) {
    Optional<SparkKind> found = index.inheritedKind(reference);
    answers.record(ProjectQuestion.TYPE_KIND, reference, () -> found.toString());
    return found;
  }

  /**
   * True when some method of this name broadcasts one of its parameters. While none does, only
   * that is recorded (the empty name's question), once per file: a method that starts to broadcast
   * changes that answer, and so every file is checked again.
   */
  public boolean hasBroadcastingMethodNamed(String name) {
    String asked = index.mayBroadcast() ? name : "";
    boolean found = index.hasBroadcastingMethodNamed(asked);
    answers.record(ProjectQuestion.BROADCASTING, asked, () -> Boolean.toString(found));
    return found;
  }

  /** The index, for the questions kept in classes of their own ({@link FunctionParameters}). */
  ProjectIndex index() {
    return index;
  }

  /** Records {@code kind}'s question {@code body}, asked of {@link #index()}, with its answer. */
  void record(ProjectQuestion kind, String body, Supplier<String> answer) {
    answers.record(kind, body, answer);
  }

  /**
   * Marks every question asked so far as one the file's summary depends on: the summary is
   * complete, later questions are the rules'. A summary changes others' answers, a rule's finding
   * changes nothing else, so {@link FileAnswers#staleness} lets the project settle its summaries
   * before any file is checked again for its rules' sake.
   */
  public void endSummary() {
    answers.endSummary();
  }

  /** Every question asked so far, with the digest of its answer. */
  public Map<String, String> answers() {
    return answers.copy();
  }

  /**
   * True when this view gives every one of {@code answers} (another view's) the same answer; the
   * questions are recorded here as they are asked.
   */
  public boolean agrees(Map<String, String> answers) {
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      if (!RecordedAnswers.unmarked(entry.getValue()).equals(ask(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** Asks a recorded question again; an unknown question never matches. */
  String ask(String question) {
    return ProjectQuestion.askAgain(this, question) ? answers.get(question) : "";
  }
}
