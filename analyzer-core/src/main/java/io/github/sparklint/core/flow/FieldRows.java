package io.github.sparklint.core.flow;

import java.util.HashSet;
import java.util.List;
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
 *       that field, as for any object;
 *   <li>of any other object: the weakest of every value stored in the field anywhere (its
 *       initializer, constructors, methods, other classes' {@code obj.f = ..}). A value taken from
 *       a parameter of the storing method (a setter) is filled from each call of that method the
 *       analyzed sources make; with no such call it is unknown, as it is when the budget runs out.
 * </ul>
 *
 * A field whose value depends on itself ({@code rows = rows.filter(..)}) adds nothing beyond its
 * other values, like a reassigned local.
 */
final class FieldRows {
  /** Evaluates a flow, its parameters filled by {@code arguments} (null: the enclosing method's). */
  @FunctionalInterface
  interface Evaluation {
    Bound eval(Flow flow, List<Flow> arguments, int depth);
  }

  /** Stands for the field inside its own values. */
  private static final Bound SELF = Bound.driverData(null);

  private final ProjectView view;
  private final Evaluation evaluation;
  private final int maxDepth;
  private final Set<String> inProgress = new HashSet<>();

  FieldRows(ProjectView view, Evaluation evaluation, int maxDepth) {
    this.view = view;
    this.evaluation = evaluation;
    this.maxDepth = maxDepth;
  }

  /** The rows of {@code field}, a {@link Flow.Op#FIELD} whose object is {@code receiver}. */
  Bound rows(Flow field, Flow receiver, int depth) {
    if (depth >= maxDepth) {
      return Bound.UNKNOWN;
    }
    if (receiver.op() == Flow.Op.NEW) {
      Optional<Bound> built = stored(FieldWrite.constructorKey(receiver.site().owners().get(0),
          receiver.site().arity()), field.name(), receiver.inputs(), depth + 1);
      if (built.isPresent()) {
        return built.get();
      }
    }
    String key = field.site().key();
    if (!inProgress.add(key)) {
      return SELF;
    }
    try {
      Bound joined = null;
      for (FieldWrite write : view.fieldWrites(field.site().owners(), field.name())) {
        Bound bound = stored(write.value(), write.writer(), depth + 1);
        joined = joined == null ? bound : Bounds.weakest(joined, bound);
      }
      return joined == null ? Bound.UNKNOWN : joined;
    } finally {
      inProgress.remove(key);
    }
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
      for (FieldWrite write : view.writesBy(writer)) {
        if (!write.own()) {
          continue;
        }
        Optional<Bound> bound;
        if (write.isCall()) {
          List<Flow> passed = write.value().inputs().stream()
              .map(input -> Flow.substitute(input, arguments)).toList();
          bound = Optional.empty();
          for (String callee : FieldIndex.callees(write.value().site(), view::methods)) {
            bound = FlowEvaluator.weakest(bound, stored(callee, field, passed, depth + 1));
          }
        } else {
          bound = field.equals(write.field())
              ? Optional.of(evaluation.eval(write.value(), arguments, depth)) : Optional.empty();
        }
        if (bound.isPresent()) {
          joined = joined == null ? bound.get() : Bounds.weakest(joined, bound.get());
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
      for (FieldWrite call : view.writeCallersOf(writer)) {
        Bound bound = stored(Flow.substitute(value, call.value().inputs()), call.writer(),
            depth + 1);
        joined = joined == null ? bound : Bounds.weakest(joined, bound);
      }
      return joined == null ? Bound.UNKNOWN : joined;
    } finally {
      inProgress.remove(writer);
    }
  }

  private static boolean usesParameters(Flow flow) {
    return flow.op() == Flow.Op.PARAM || flow.op() == Flow.Op.TEXT && flow.name() == null
        || flow.inputs().stream().anyMatch(FieldRows::usesParameters);
  }
}
