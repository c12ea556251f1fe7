package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkApi;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows a field holds ({@link Flow.Op#FIELD}), from the values the analyzed sources store in
 * it ({@link FieldWrite}):
 *
 * <ul>
 *   <li>of an object made in sight ({@code new PointRDD(sc, path)}, {@link Flow.Op#NEW}): what
 *       that constructor stores, directly or through the constructors and methods it calls on
 *       itself, its parameters filled with the allocation's arguments; when it stores nothing in
 *       that field, the field's initializer, else unknown: what later calls stored in that
 *       object is not followed, and what other objects hold says nothing about it;
 *   <li>of a local holder its method makes and fills ({@link Flow.Op#HELD}, {@link
 *       LocalHolders}): the join of what that method, the calls on it and those given it store;
 *   <li>of any other object: the join of every value stored in the field anywhere (its
 *       initializer, constructors, methods, other classes' {@code obj.f = ..}). A value taken from
 *       a parameter of the storing method (a setter, a constructor) is filled from each call of
 *       that method the analyzed sources make; with no such call it is unknown, as it is when the
 *       budget runs out. When those calls pass few rows here and many there, what the field holds
 *       depends on the object, which only its allocation tells: unknown (a parameter of a method
 *       is judged at each call for the same reason).
 * </ul>
 *
 * The join is the weakest of the values, but unknown as soon as one value is: a field that some
 * code fills with rows of unknown origin (a generic holder given every RDD of a system) may hold
 * anything, so it stays quiet. A value that reads the field itself ({@code rows = rows.filter(..)},
 * also while a constructor's writes are followed) adds nothing beyond the field's other values,
 * like a reassigned local.
 */
final class FieldRows {
  /** Evaluates a flow, its parameters filled by {@code arguments} (null: the enclosing method's). */
  @FunctionalInterface
  interface Evaluation {
    Bound eval(Flow flow, List<Flow> arguments, int depth);
  }

  /** Stands for the field inside its own values. */
  private static final Bound SELF = Bound.driverData(null);
  /**
   * Marks, with a field's name, that the values a method stores in that field of a result
   * holder it makes are being read: the same field of an object made there is that holder's
   * earlier value ({@code holder.graph = moveNodes(holder.graph)}), itself.
   */
  private static final String HOLDING = "holding ";

  private final ProjectView view;
  private final Evaluation evaluation;
  private final int maxDepth;
  /** True when the rows of a field of any object are the project view's to work out and record. */
  private final boolean asksView;
  private final Set<String> inProgress = new HashSet<>();
  /** The rows of each field of any object, worked out outside a cycle (so complete). */
  private final Map<String, Bound> wide = new HashMap<>();

  /**
   * Rows of fields read with {@code view}; when {@code asksView}, the rows of a field of any
   * object are asked of it ({@link FieldQuestions#rows}), which records them as one answer
   * instead of every write they were joined from.
   */
  FieldRows(ProjectView view, Evaluation evaluation, int maxDepth, boolean asksView) {
    this.view = view;
    this.evaluation = evaluation;
    this.maxDepth = maxDepth;
    this.asksView = asksView;
  }

  /** The rows of {@code field}, a {@link Flow.Op#FIELD} whose object is {@code receiver}. */
  Bound rows(Flow field, Flow receiver, int depth) {
    Flow object = receiver.op() == Flow.Op.OBJECT ? receiver.inputs().get(0) : receiver;
    boolean held = object.op() == Flow.Op.HELD;
    // by owner and name: a field of one class holding another's same-named field is no cycle;
    // and by local for a holder's, so that two holders of one method are two fields
    String key = (field.site() == null ? "." + field.name() : field.site().key())
        + (held ? "@" + object.name() : "");
    if (depth >= maxDepth) {
      return Bound.UNKNOWN;
    }
    if (!inProgress.add(key)) {
      return SELF;
    }
    try {
      boolean made = object.op() == Flow.Op.NEW && object.site() != null;
      if ((made || held) && inProgress.contains(HOLDING + field.name())) {
        return SELF;
      }
      if (held) {
        return held(field, object, depth + 1);
      }
      if (made) {
        Optional<Bound> built = stored(FieldWrite.constructorKey(object.site().owners().get(0),
            object.site().arity()), field.name(), object.inputs(), depth + 1);
        if (built.isPresent()) {
          return built.get();
        }
      }
      if (object.op() == Flow.Op.CALL && object.site() != null) {
        Optional<Bound> filled = returnedBy(object, field, depth + 1);
        if (filled.isPresent() || field.site().owners().isEmpty()) {
          return filled.orElse(Bound.UNKNOWN);
        }
      }
      String wideKey = made ? null : field.site().key();
      Bound known = wideKey == null ? null : wide.get(wideKey);
      if (known != null) {
        return known;
      }
      boolean outermost = inProgress.size() == 1;
      if (wideKey != null && outermost && asksView) {
        Bound asked = view.fields().rows(field.site(), depth);
        wide.put(wideKey, asked);
        return asked;
      }
      Bound joined = null;
      for (FieldWrite write : view.fields().writes(field.site().owners(), field.name())) {
        if (!made || write.writer() == null) {
          joined = join(joined, stored(write.value(), write.writer(), depth + 1));
        }
      }
      Bound result = joined == null ? Bound.UNKNOWN : joined;
      if (wideKey != null && outermost) {
        wide.put(wideKey, result);
      }
      return result;
    } finally {
      inProgress.remove(key);
    }
  }

  /**
   * The rows {@code field} of a local holder ({@link Flow.Op#HELD}, {@link LocalHolders}) holds:
   * the join of the values its method stores there, what the calls on it store there ({@code
   * r.setGraph(..)}) and what the project methods it is given to store in that field of an object
   * of its type ({@code fill(r)}); unknown for a holder named inside one of those values, read
   * outside them.
   */
  private Bound held(Flow field, Flow holder, int depth) {
    if (holder.inputs().get(1).inputs().isEmpty()) {
      return Bound.UNKNOWN;
    }
    Bound joined = null;
    for (Flow value : holder.inputs().get(1).inputs()) {
      joined = join(joined, evaluation.eval(value, null, depth));
    }
    for (Flow call : holder.inputs().get(2).inputs()) {
      for (String callee : FieldIndex.callees(call.site(), view::methods)) {
        Optional<Bound> own = stored(callee, field.name(), call.inputs(), depth + 1);
        joined = own.isPresent() ? join(joined, own.get()) : joined;
      }
    }
    for (Flow call : holder.inputs().get(3).inputs()) {
      Optional<Bound> filled = returnedBy(call, field, depth);
      joined = filled.isPresent() ? join(joined, filled.get()) : joined;
    }
    return joined;
  }

  /**
   * What the project methods {@code call} reaches store in {@code field} of an object of the
   * field's type (any, for a call's result read in place) they make or are given: directly
   * ({@code result.graph = graph; return result;}, a result holder; {@code given.graph = graph})
   * or through its constructor ({@code return new SwapResult(graph, n)}), their parameters filled
   * with the call's arguments; empty when they store nothing there. The object read is the one
   * such a call returns or fills, so its own arguments tell what it holds, as an allocation's
   * tell what its constructor stores.
   */
  private Optional<Bound> returnedBy(Flow call, Flow field, int depth) {
    if (depth >= maxDepth) {
      return Optional.empty();
    }
    Set<String> types = new HashSet<>();
    field.site().owners().forEach(owner -> types.add(TypeKeys.simpleName(owner)));
    Bound joined = null;
    for (String callee : FieldIndex.callees(call.site(), view::methods)) {
      if (!inProgress.add(callee)) {
        continue;
      }
      boolean outer = inProgress.add(HOLDING + field.name());
      try {
        for (FieldWrite write : view.fields().writesBy(callee)) {
          if (write.own() || !types.isEmpty()
              && !types.contains(TypeKeys.simpleName(write.owner()))) {
            continue;
          }
          if (!write.isCall() && field.name().equals(write.field())) {
            joined = join(joined, evaluation.eval(write.value(), call.inputs(), depth));
          } else if (write.isCall() && write.value().site() != null
              && FieldWrite.CONSTRUCTOR.equals(write.value().site().name())) {
            CallSite made = write.value().site();
            List<Flow> passed = write.value().inputs().stream()
                .map(input -> Flow.substitute(input, call.inputs())).toList();
            Optional<Bound> built = stored(FieldWrite.constructorKey(made.owners().get(0),
                made.arity()), field.name(), passed, depth + 1);
            if (built.isPresent()) {
              joined = join(joined, built.get());
            }
          }
        }
      } finally {
        inProgress.remove(callee);
        if (outer) {
          inProgress.remove(HOLDING + field.name());
        }
      }
    }
    return Optional.ofNullable(joined);
  }

  /**
   * What the constructor or method {@code writer} stores in {@code field} of its own object,
   * called with {@code arguments}; empty when it stores nothing there.
   */
  private Optional<Bound> stored(String writer, String field, List<Flow> arguments, int depth) {
    if (depth >= maxDepth || !inProgress.add(writer)) {
      return Optional.empty();
    }
    try {
      Bound joined = null;
      for (FieldWrite write : view.fields().writesBy(writer)) {
        if (!write.own()) {
          continue;
        }
        if (!write.isCall()) {
          if (field.equals(write.field())) {
            joined = join(joined, evaluation.eval(write.value(), arguments, depth));
          }
          continue;
        }
        List<Flow> passed = write.value().inputs().stream()
            .map(input -> Flow.substitute(input, arguments)).toList();
        for (String callee : FieldIndex.callees(write.value().site(), view::methods)) {
          Optional<Bound> bound = stored(callee, field, passed, depth + 1);
          if (bound.isPresent()) {
            joined = join(joined, bound.get());
          }
        }
      }
      return Optional.ofNullable(joined);
    } finally {
      inProgress.remove(writer);
    }
  }

  /**
   * The rows of {@code value}, stored by {@code writer}: as they are when they depend on no
   * parameter, else the weakest over the calls of {@code writer}, each filling the parameters.
   */
  private Bound stored(Flow value, String writer, int depth) {
    if (!usesParameters(value)) {
      return evaluation.eval(value, List.of(), depth);
    }
    if (writer == null || depth >= maxDepth || !inProgress.add(writer)) {
      return Bound.UNKNOWN;
    }
    try {
      Bound joined = null;
      for (FieldWrite call : view.fields().writeCallersOf(writer)) {
        Bound bound =
            stored(Flow.substitute(value, call.value().inputs()), call.writer(), depth + 1);
        joined = joined != null && isSmall(joined) != isSmall(bound) ? Bound.UNKNOWN
            : join(joined, bound);
      }
      return joined == null ? Bound.UNKNOWN : joined;
    } finally {
      inProgress.remove(writer);
    }
  }

  /**
   * Two values a field may hold: unknown when either is (a field is only as known as every value
   * stored in it), else the weaker.
   */
  private static Bound join(Bound joined, Bound bound) {
    if (joined == null) {
      return bound;
    }
    return joined.kind() == Bound.Kind.UNKNOWN || bound.kind() == Bound.Kind.UNKNOWN
        ? Bound.UNKNOWN : Bounds.weakest(joined, bound);
  }

  private static boolean isSmall(Bound bound) {
    return bound.isSmall(SparkApi.SMALL_ROW_COUNT);
  }

  /** True when {@code flow} depends on a parameter of its method (rows, SQL text or object). */
  static boolean usesParameters(Flow flow) {
    return flow.op() == Flow.Op.PARAM || flow.op() == Flow.Op.TEXT && flow.name() == null
        || flow.op() == Flow.Op.NEW && flow.site() == null
        || flow.inputs().stream().anyMatch(FieldRows::usesParameters);
  }
}
