package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where the rows of a Dataset or RDD come from, symbolically, so that a method's summary can be
 * worked out in its own file and used in another: a known {@link Bound}, a parameter of the
 * enclosing method, the value returned by a project method, or a combination. The {@link
 * FlowEvaluator} turns a flow into a bound once the project index knows every method. One record
 * type with an operator (rather than an interface) so the results cache stores flows as they are.
 *
 * @param op what this node is
 * @param bound for {@link Op#KNOWN}, the bound
 * @param param for {@link Op#PARAM}, the parameter's position; for {@link #formattedText}, the
 *     position of the argument whose text it is
 * @param name for {@link Op#PARAM} the parameter's name; for combinations the combining method;
 *     for {@link Op#TEXT} the text (null for {@link #formattedText})
 * @param site for {@link Op#CALL}, the call
 * @param inputs the call's argument flows, or the combined flows
 */
public record Flow(Op op, Bound bound, int param, String name, CallSite site, List<Flow> inputs) {
  /** The kinds of flow node. */
  public enum Op {
    /** A bound known without other methods. */
    KNOWN,
    /** The rows of a parameter of the enclosing method. */
    PARAM,
    /** The rows a project method returns, given these argument flows. */
    CALL,
    /** One of several values (a reassigned local, several returns): the weakest bound. */
    EITHER,
    /**
     * The value of one of several implementations of a method, which one chosen at run time (a
     * factory picks it from a configuration): their bound when they all agree on it (all read
     * unbounded data, all bounded), unknown when they do not ({@link AgreedImplementations}).
     */
    AGREED,
    /** A union: bounded when every input is, by the sum. */
    SUM,
    /** A join or cartesian product: bounded when every side is, by the product. */
    PRODUCT,
    /**
     * Rows a function makes from its one input ({@code flatMap}, {@code mapPartitions}) in
     * numbers the code does not bound (it reads outside data, loops large or is out of sight:
     * {@link FunctionFanOuts}): unbounded once the input is known, as unknown as the input
     * otherwise.
     */
    GROW,
    /**
     * The rows of the one input narrowed by a condition to one value of the column {@code name}
     * that the code does not show to be unique: as many as share that value ({@link
     * Bound#narrowedTo}).
     */
    NARROWED,
    /**
     * The rows of the one input narrowed by a condition to the keys a driver-side collection
     * holds, {@code name} ({@link MemberLookups}): as many as share those keys ({@link
     * Bound#narrowedToMembersOf}).
     */
    MEMBERS,
    /**
     * What a lambda given to the project method {@code site} (with these argument flows)
     * receives: the rows that method, or another method of its file, hands to functions taking a
     * Dataset or RDD.
     */
    HANDED,
    /** A constant text passed to a project method (its SQL is read where it is run). */
    TEXT,
    /** The rows of a SQL query whose text is the input flow (a parameter, then a text). */
    SQL,
    /**
     * The rows collected into the driver collection a project method returns ({@code List<Row>
     * all() { return table.collectAsList(); }}), given these argument flows.
     */
    COLLECTED,
    /**
     * The rows held in a field ({@code name}) of an object whose static type is one of {@code
     * site.owners()}; the one input is where the object comes from (a {@link #NEW}, a parameter, or
     * unknown). See {@link FieldRows}.
     */
    FIELD,
    /**
     * An object made by the project constructor at {@code site} with these argument flows, or
     * (with no site) the object in parameter {@code param} of the enclosing method: not rows
     * itself (unknown rows), but what its fields hold is read from that constructor.
     */
    NEW,
    /**
     * An object of the class {@code name}, passed where a model's rows depend on an argument's
     * class ({@link #byClass}); its one input is what the argument is otherwise (rows, an object
     * made in sight, unknown), which every other reader sees.
     */
    OBJECT,
    /**
     * The rows a model states for the class of the object its first input holds: the first class
     * of {@code name} ({@code |}-separated simple names) it matches picks the input after the
     * tested one at that position; the last input holds for any other object.
     */
    BY_CLASS,
    /**
     * The object a local of the enclosing method holds ({@code name}: the local and where it is
     * declared) when that method makes it and fills a field of it itself ({@code Result r = new
     * Result(); r.graph = ..}, {@link LocalHolders}): not rows itself, but what that field holds
     * is read from its inputs: the allocation, then the values the method stores in the field (an
     * {@link #EITHER}; none for a read of the field inside one of them), the calls made on the
     * object and the calls it is given to (each an {@link #EITHER} of {@link #CALL}s).
     */
    HELD
  }

  /** Nothing bounds the rows. */
  public static final Flow UNBOUNDED = known(Bound.UNBOUNDED);

  /** Where the rows come from is out of sight. */
  public static final Flow UNKNOWN = known(Bound.UNKNOWN);

  public Flow {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
  }

  public static Flow known(Bound bound) {
    return new Flow(Op.KNOWN, bound, -1, null, null, List.of());
  }

  public static Flow param(int index, String name) {
    return new Flow(Op.PARAM, null, index, name, null, List.of());
  }

  public static Flow call(CallSite site, List<Flow> arguments) {
    return new Flow(Op.CALL, null, -1, null, site, arguments);
  }

  public static Flow either(List<Flow> options) {
    return options.size() == 1 ? options.get(0) : new Flow(Op.EITHER, null, -1, null, null, options);
  }

  /** The rows of one of {@code options}, chosen at run time: known when they agree. */
  public static Flow agreed(List<Flow> options) {
    return options.size() == 1 ? options.get(0) : new Flow(Op.AGREED, null, -1, null, null, options);
  }

  /** The rows collected into what the project method {@code site} returns. */
  public static Flow collected(CallSite site, List<Flow> arguments) {
    return new Flow(Op.COLLECTED, null, -1, null, site, arguments);
  }

  /** A union ({@code SUM}) or join ({@code PRODUCT}) of {@code inputs} made by {@code method}. */
  public static Flow combined(Op op, String method, List<Flow> inputs) {
    return new Flow(op, null, -1, method, null, inputs);
  }

  /** The rows {@code method} makes from {@code input} without a bound on how many. */
  public static Flow grown(String method, Flow input) {
    return new Flow(Op.GROW, null, -1, method, null, List.of(input));
  }

  /**
   * The rows of {@code input} narrowed to the keys the driver-side {@code collection} holds
   * ({@link Op#MEMBERS}).
   */
  public static Flow members(String collection, Flow input) {
    return new Flow(Op.MEMBERS, null, -1, collection, null, List.of(input));
  }

  /** The rows of {@code input} narrowed to one value of {@code column} ({@link Op#NARROWED}). */
  public static Flow narrowed(String column, Flow input) {
    return new Flow(Op.NARROWED, null, -1, column, null, List.of(input));
  }

  /**
   * The rows a lambda given to the project method called at {@code site} receives, with the
   * flows of the call's arguments.
   */
  public static Flow handed(CallSite site, List<Flow> arguments) {
    return new Flow(Op.HANDED, null, -1, null, site, arguments);
  }

  /** The rows in field {@code field} of {@code receiver}, an object of one of {@code owners}. */
  public static Flow field(List<String> owners, String field, Flow receiver) {
    return new Flow(Op.FIELD, null, -1, field, new CallSite(owners, field, 0), List.of(receiver));
  }

  /** An object made by {@code new Owner(..)} with these argument flows. */
  public static Flow constructed(String owner, List<Flow> arguments) {
    return new Flow(Op.NEW, null, -1, null, FieldWrite.constructor(owner, arguments.size()),
        arguments);
  }

  /** The object in parameter {@code index} of the enclosing method, which its callers fill in. */
  public static Flow objectParam(int index, String name) {
    return new Flow(Op.NEW, null, index, name, null, List.of());
  }

  /**
   * The object the local {@code local} holds, made by {@code made} ({@link Op#HELD}), with the
   * values the method stores in the field read, the calls on it and the calls given it.
   */
  static Flow held(String local, Flow made, List<Flow> stored, List<Flow> calledOn,
      List<Flow> givenTo) {
    return new Flow(Op.HELD, null, -1, local, null, List.of(made, all(stored), all(calledOn),
        all(givenTo)));
  }

  /** Every one of {@code flows}, as one {@link Op#EITHER} even when there are fewer than two. */
  private static Flow all(List<Flow> flows) {
    return new Flow(Op.EITHER, null, -1, null, null, flows);
  }

  /**
   * {@code value}, an object of the class {@code simpleName} passed to a method (see {@link
   * Op#OBJECT}).
   */
  public static Flow object(String simpleName, Flow value) {
    return new Flow(Op.OBJECT, null, -1, simpleName, null, List.of(value));
  }

  /**
   * The rows {@code byClass} gives for the class of the object {@code tested} holds, {@code
   * otherwise} for another object or one of unknown class.
   */
  public static Flow byClass(Flow tested, Map<String, Flow> byClass, Flow otherwise) {
    List<Flow> inputs = new ArrayList<>();
    inputs.add(tested);
    inputs.addAll(byClass.values());
    inputs.add(otherwise);
    return new Flow(Op.BY_CLASS, null, -1, String.join("|", byClass.keySet()), null, inputs);
  }

  /** For {@link Op#BY_CLASS}, the rows for an object of class {@code simpleName}. */
  Flow forClass(String simpleName) {
    List<String> classes = List.of(name.split("\\|", -1));
    int at = classes.indexOf(simpleName);
    return inputs.get(at < 0 ? inputs.size() - 1 : at + 1);
  }

  /** A constant string argument, for a callee that may run it as SQL. */
  public static Flow text(String text) {
    return new Flow(Op.TEXT, null, -1, text, null, List.of());
  }

  /**
   * The text a {@code String} method returns when it formats its parameter at {@code param} (or
   * passes it on): {@code String str(String format, Object... args) { return String.format(format,
   * args); }}. A caller reads it from its own argument there, its format specifiers as
   * placeholders. Not a rows flow: it evaluates to unknown rows.
   */
  public static Flow formattedText(int param) {
    return new Flow(Op.TEXT, null, param, null, null, List.of());
  }

  /** The rows of {@code sql(text)} where the text is not a constant here ({@code text} a parameter). */
  public static Flow sql(Flow text) {
    return new Flow(Op.SQL, null, -1, "sql", null, List.of(text));
  }

  /** {@code flow} with each parameter replaced by the caller's argument flow. */
  static Flow substitute(Flow flow, List<Flow> arguments) {
    return switch (flow.op()) {
      case KNOWN, TEXT -> flow;
      case PARAM -> flow.param() < arguments.size() ? arguments.get(flow.param()) : UNKNOWN;
      case NEW -> flow.site() != null ? new Flow(flow.op(), flow.bound(), flow.param(),
          flow.name(), flow.site(), flow.inputs().stream()
              .map(input -> substitute(input, arguments)).toList())
          : flow.param() < arguments.size() ? arguments.get(flow.param()) : UNKNOWN;
      default -> new Flow(flow.op(), flow.bound(), flow.param(), flow.name(), flow.site(),
          flow.inputs().stream().map(input -> substitute(input, arguments)).toList());
    };
  }

  /** True when this flow needs no other method and no parameter to be evaluated. */
  public boolean isKnown() {
    return op == Op.KNOWN;
  }
}
