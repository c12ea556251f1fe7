package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * One file's window on the {@link ProjectIndex}: answers the questions the analysis of that file
 * asks about other methods and types, and remembers each question with a digest of its answer.
 * Those answers are what the file's findings depend on besides its own text: a file is analyzed
 * again when the project index answers one of them differently (a helper in another file changed,
 * a new caller appeared), and a cached result is reused only when every answer is still the same.
 * One view serves one file on one thread.
 */
public final class ProjectView {
  private static final String METHODS = "m ";
  private static final String FIELD = "f ";
  private static final String CALLERS = "c ";
  private static final String COLLECTING = "n ";
  private static final String HANDED = "h ";
  private static final String FUNCTION_BODIES = "u ";
  private static final String BROADCASTING = "b ";
  private static final String FIELD_WRITES = "v ";
  private static final String WRITES_BY = "w ";
  private static final String WRITE_CALLERS = "k ";
  private static final String STORING = "s ";
  private static final String FIELD_ROWS = "r ";
  private static final String MODELLED = "o ";
  private static final String TESTED = "t ";
  private static final String COPIES = "p ";
  private static final String DRAINING = "d ";
  private static final String ENUM = "e ";
  /** Marks the answer to a question the file's summary depends on. */
  private static final String SUMMARY = "*";

  /** The digest of an empty list of answers. */
  private static final String NOTHING_FOUND = digest(List.of().toString());
  /** The digest of the answer "no enum of the sources has that name". */
  private static final String NO_ENUM = digest(OptionalInt.empty().toString());

  private final ProjectIndex index;
  private final Map<String, String> answers = new HashMap<>();

  public ProjectView(ProjectIndex index) {
    this.index = index;
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
    answers.computeIfAbsent(METHODS + site.key(), q -> digest(found.stream()
        .filter(MethodSummary::isSparkRelevant).toList().toString()));
    return found;
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
    answers.computeIfAbsent(MODELLED + site.key(), q -> digest(found.toString()));
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
   * True when a model of the method {@code site} calls states rows by the class of argument
   * {@code argument}. Recorded: a file first summarized alone (without the models) keeps its
   * flows only when the models give this answer too.
   */
  public boolean testsClassOf(CallSite site, int argument) {
    return testedArguments(site.name()).contains(argument);
  }

  private Set<Integer> testedArguments(String name) {
    Set<Integer> found = index.testedArguments(name);
    answers.computeIfAbsent(TESTED + name, q -> digest(found.toString()));
    return found;
  }

  /** The Spark kind of a field declared in one of {@code owners} or their superclasses. */
  public Optional<SparkKind> fieldKind(List<String> owners, String field) {
    Optional<SparkKind> kind = index.fieldKind(owners, field);
    answers.computeIfAbsent(FIELD + String.join("|", owners) + "#" + field,
        q -> digest(kind.toString()));
    return kind;
  }

  /** Every value stored in {@code field} of an object of one of {@code owners} ({@link FieldIndex}). */
  public List<FieldWrite> fieldWrites(List<String> owners, String field) {
    List<FieldWrite> found = index.fieldWrites(owners, field);
    answers.computeIfAbsent(FIELD_WRITES + String.join("|", owners) + "#" + field,
        q -> digest(found.toString()));
    return found;
  }

  /**
   * The rows of {@code field} (a field's owners and name, arity 0) of any object, read {@code
   * depth} project methods deep: the join of every value stored in it ({@link FieldRows}), worked
   * out once per index. The recorded answer is those rows, not the writes they were joined from:
   * a caller of a setter that now passes other rows of the same bound (a file re-analyzed with
   * the index) makes no reader of the field stale.
   */
  Bound fieldRows(CallSite field, int depth) {
    String question = FIELD_ROWS + depth + " " + field.key();
    Bound rows = index.fieldRows(question,
        () -> new FlowEvaluator(new ProjectView(index), false).fieldRows(field, depth));
    answers.computeIfAbsent(question, q -> digest(rows.toString()));
    return rows;
  }

  /** What the method or constructor with key {@code writer} stores in its own object's fields. */
  public List<FieldWrite> writesBy(String writer) {
    List<FieldWrite> found = index.writesBy(writer);
    answers.computeIfAbsent(WRITES_BY + writer, q -> digest(found.toString()));
    return found;
  }

  /** The calls that store in an object what the method or constructor {@code writer} stores. */
  public List<FieldWrite> writeCallersOf(String writer) {
    List<FieldWrite> found = index.writeCallersOf(writer);
    answers.computeIfAbsent(WRITE_CALLERS + writer, q -> digest(found.toString()));
    return found;
  }

  /**
   * True when a method or constructor {@code site} may reach stores rows in fields of its own
   * object, directly or through calls ({@link FieldWrite}). The answer is recorded as asked: which
   * callees store, and what, changes no summary.
   */
  public boolean reachesStoring(CallSite site) {
    boolean found = FieldIndex.callees(site, index::methods).stream()
        .anyMatch(callee -> !index.writesBy(callee).isEmpty());
    answers.computeIfAbsent(STORING + site.key(), q -> digest(Boolean.toString(found)));
    return found;
  }

  /** True when some analyzed file calls the method with this key. */
  public boolean hasCallers(String methodKey) {
    boolean called = index.hasCallers(methodKey);
    answers.computeIfAbsent(CALLERS + methodKey, q -> digest(Boolean.toString(called)));
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
    answers.computeIfAbsent(HANDED + site.key(), q -> digest(found.toString()));
    return found;
  }

  /**
   * The bodies of the project methods {@code site} may reach, read as functions (null for a
   * modelled method, whose code is out of sight): what a function given to Spark that is, or
   * calls, such a method makes of its input ({@link FunctionFanOuts}). Unlike {@link #methods},
   * the recorded answer covers every method found, since a method that merely transforms its
   * input differs from none at all when it is the function itself.
   */
  public List<FunctionBody> functionBodies(CallSite site) {
    List<FunctionBody> found = new ArrayList<>();
    for (MethodSummary method : index.methods(site)) {
      found.add(method.body());
    }
    answers.computeIfAbsent(FUNCTION_BODIES + site.key(), q -> digest(found.toString()));
    return found;
  }

  /**
   * The positions of the collection parameters that the project methods {@code site} may reach
   * return copies of ({@link MethodSummary#copies}; -1 for a method that copies none), one per
   * method. Recorded even when nothing is found, so that a helper class in a file the first pass
   * skipped is brought in ({@link #unseenFunctionOwners}).
   */
  public List<Integer> copiedParameters(CallSite site) {
    List<Integer> found = index.methods(site).stream().map(MethodSummary::copies).toList();
    answers.computeIfAbsent(COPIES + site.key(), q -> digest(found.toString()));
    return found;
  }

  /** The project methods {@code site} may reach that bring one of their arguments to the driver. */
  public List<MethodSummary> collectingMethods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site).stream()
        .filter(m -> !m.collects().isEmpty()).toList();
    answers.computeIfAbsent(COLLECTING + site.key(), q -> digest(found.toString()));
    return found;
  }

  /** The project methods {@code site} may reach that drain one of their iterator parameters. */
  public List<MethodSummary> drainingMethods(CallSite site) {
    if (!index.mayResolve(site)) {
      return List.of();
    }
    List<MethodSummary> found = index.methods(site).stream()
        .filter(m -> !m.drains().isEmpty()).toList();
    answers.computeIfAbsent(DRAINING + site.key(), q -> digest(found.toString()));
    return found;
  }

  /**
   * How many constants the project enum {@code reference} names declares (a reference as {@link
   * io.github.sparklint.core.java.ImportTable#projectType} writes it); empty for another type.
   */
  public OptionalInt enumConstants(String reference) {
    OptionalInt found = index.enumConstants(reference);
    answers.computeIfAbsent(ENUM + reference, q -> digest(found.toString()));
    return found;
  }

  /** True when some method of this name broadcasts one of its parameters. */
  public boolean hasBroadcastingMethodNamed(String name) {
    if (!index.mayBroadcast()) {
      return false;
    }
    boolean found = index.hasBroadcastingMethodNamed(name);
    answers.computeIfAbsent(BROADCASTING + name, q -> digest(Boolean.toString(found)));
    return found;
  }

  /**
   * The simple names of the types whose methods {@code answers} (a file's) looked for as, or in,
   * functions given to Spark, or as helpers copying a collection or draining an iterator, or that
   * it asked about as enums, and did not find: project code in files the first pass skipped (a
   * helper class or an enum that never mentions Spark) may declare them.
   */
  public static Set<String> unseenFunctionOwners(Map<String, String> answers) {
    Set<String> owners = new TreeSet<>();
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      String question = entry.getKey();
      if (question.startsWith(ENUM) && unmarked(entry.getValue()).equals(NO_ENUM)) {
        owners.add(TypeKeys.simpleName(question.substring(ENUM.length())));
        continue;
      }
      int hash = question.lastIndexOf('#');
      boolean asked = question.startsWith(FUNCTION_BODIES) || question.startsWith(COPIES)
          || question.startsWith(DRAINING);
      if (asked && unmarked(entry.getValue()).equals(NOTHING_FOUND) && hash > 2) {
        for (String owner : question.substring(2, hash).split("\\|")) {
          owners.add(ChainedOwner.isChained(owner) ? owner : TypeKeys.simpleName(owner));
        }
      }
    }
    owners.removeAll(CallSite.ANY_OWNER);
    return owners;
  }

  /**
   * Marks every question asked so far as one the file's summary depends on: the summary is
   * complete, later questions are the rules'. A summary changes others' answers, a rule's finding
   * changes nothing else, so {@link #staleness} lets the project settle its summaries
   * before any file is checked again for its rules' sake.
   */
  public void endSummary() {
    answers.replaceAll(
        (question, answer) -> answer.startsWith(SUMMARY) ? answer : SUMMARY + answer);
  }

  /** Every question asked so far, with the digest of its answer. */
  public Map<String, String> answers() {
    return Map.copyOf(answers);
  }

  /**
   * True when this view gives every one of {@code answers} (another view's) the same answer; the
   * questions are recorded here as they are asked.
   */
  public boolean agrees(Map<String, String> answers) {
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      if (!unmarked(entry.getValue()).equals(ask(entry.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /** How a file's recorded answers fare in another index ({@link #staleness}). */
  public enum Staleness {
    /** Every answer is the same. */
    SAME,
    /** Only answers the rules asked for changed: the file's summary would come out the same. */
    RULES,
    /** An answer the file's summary depends on ({@link #endSummary}) changed. */
    SUMMARY
  }

  /**
   * Whether {@code index} gives {@code answers} (a file's) the same answers again, in one pass:
   * once a rule's answer is found changed, only the summary's are asked further.
   */
  public static Staleness staleness(Map<String, String> answers, ProjectIndex index) {
    ProjectView view = new ProjectView(index);
    Staleness found = Staleness.SAME;
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      boolean summary = entry.getValue().startsWith(SUMMARY);
      if ((summary || found == Staleness.SAME)
          && !unmarked(entry.getValue()).equals(view.ask(entry.getKey()))) {
        if (summary) {
          return Staleness.SUMMARY;
        }
        found = Staleness.RULES;
      }
    }
    return found;
  }

  /** A recorded answer without the mark of a summary's question. */
  private static String unmarked(String answer) {
    return answer.startsWith(SUMMARY) ? answer.substring(SUMMARY.length()) : answer;
  }

  /** Asks a recorded question again; an unknown question never matches. */
  private String ask(String question) {
    String body = question.substring(Math.min(2, question.length()));
    if (question.startsWith(CALLERS)) {
      hasCallers(body);
    } else if (question.startsWith(BROADCASTING)) {
      hasBroadcastingMethodNamed(body);
    } else if (question.startsWith(ENUM)) {
      enumConstants(body);
    } else if (question.startsWith(TESTED)) {
      testedArguments(body);
    } else if (question.startsWith(WRITES_BY)) {
      writesBy(body);
    } else if (question.startsWith(WRITE_CALLERS)) {
      writeCallersOf(body);
    } else if (question.startsWith(FIELD_ROWS)) {
      int space = body.indexOf(' ');
      Optional<CallSite> field = space < 0 ? Optional.empty() : site(body.substring(space + 1));
      if (field.isEmpty() || !body.substring(0, space).matches("\\d+")) {
        return "";
      }
      fieldRows(field.get(), Integer.parseInt(body.substring(0, space)));
    } else if (question.startsWith(METHODS) || question.startsWith(FIELD)
        || question.startsWith(HANDED) || question.startsWith(COLLECTING)
        || question.startsWith(FUNCTION_BODIES) || question.startsWith(FIELD_WRITES)
        || question.startsWith(STORING) || question.startsWith(MODELLED)
        || question.startsWith(COPIES) || question.startsWith(DRAINING)) {
      int hash = body.lastIndexOf('#');
      if (hash < 0) {
        return "";
      }
      List<String> owners = Arrays.asList(body.substring(0, hash).split("\\|", -1));
      String member = body.substring(hash + 1);
      if (question.startsWith(FIELD)) {
        fieldKind(owners, member);
      } else if (question.startsWith(FIELD_WRITES)) {
        fieldWrites(owners, member);
      } else {
        int slash = member.lastIndexOf('/');
        if (slash < 0) {
          return "";
        }
        CallSite site = new CallSite(owners, member.substring(0, slash),
            Integer.parseInt(member.substring(slash + 1)));
        if (question.startsWith(HANDED)) {
          handingMethods(site);
        } else if (question.startsWith(FUNCTION_BODIES)) {
          functionBodies(site);
        } else if (question.startsWith(COLLECTING)) {
          collectingMethods(site);
        } else if (question.startsWith(STORING)) {
          reachesStoring(site);
        } else if (question.startsWith(MODELLED)) {
          modelled(site);
        } else if (question.startsWith(COPIES)) {
          copiedParameters(site);
        } else if (question.startsWith(DRAINING)) {
          drainingMethods(site);
        } else {
          methods(site);
        }
      }
    }
    return answers.getOrDefault(question, "");
  }

  /** The call site a recorded question names as {@code owners#name/arity}, if it does. */
  private static Optional<CallSite> site(String key) {
    int hash = key.lastIndexOf('#');
    int slash = key.lastIndexOf('/');
    if (hash < 0 || slash < hash || !key.substring(slash + 1).matches("\\d+")) {
      return Optional.empty();
    }
    return Optional.of(new CallSite(Arrays.asList(key.substring(0, hash).split("\\|", -1)),
        key.substring(hash + 1, slash), Integer.parseInt(key.substring(slash + 1))));
  }

  /**
   * A 64-bit FNV-1a hash of {@code answer}, in hex: answers are compared, never trusted, so a
   * fast hash is enough (a collision, about one in 2^64, would keep one file's earlier result).
   */
  private static String digest(String answer) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < answer.length(); i++) {
      hash ^= answer.charAt(i);
      hash *= 0x100000001b3L;
    }
    return Long.toHexString(hash);
  }
}
