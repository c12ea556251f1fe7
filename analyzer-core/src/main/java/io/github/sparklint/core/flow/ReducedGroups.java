package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Element size beside row count: after a grouping ({@code groupByKey}, {@code groupBy}, {@code
 * cogroup}) each element of an RDD holds a whole group of the input's rows, after {@code glom} a
 * whole partition (the {@code elements} facts). Their row count is the input's, which is right
 * for {@code groupByKey().collect()}, which brings every input row to the driver. A step that maps
 * each element ({@code map}, {@code mapValues}; the {@code maps-elements} facts) with a function
 * that reduces it to a small value ({@link ReducingFunctions}: {@code glom().map(List::size)},
 * {@code mapValues(Iterables::size)}) leaves one small row per partition, or per key: a few rows
 * when the keys are a few constants ({@link ConstantKeys}), as many as the input when the key
 * comes from each row. Steps that keep each element ({@code filter}, {@code cache}) are followed
 * back to the grouping, and locals to their values, in one method.
 */
final class ReducedGroups {
  /** The {@code elements} fact of a step that keeps each element as it is. */
  private static final String KEPT = "kept";
  private static final String GROUP = "group";
  private static final String PARTITION = "partition";

  private final SparkTypes types;
  private final KeyedSteps steps;
  private final ConstantKeys keys;

  ReducedGroups(SparkTypes types, ConstantKeys keys) {
    this.types = types;
    this.steps = new KeyedSteps(types);
    this.keys = keys;
  }

  /**
   * The bound on the rows of {@code call}, a step on {@code owner} that reduces each group or
   * partition of its receiver to a small value, when the code shows how many groups there are;
   * empty otherwise (the step then has its receiver's rows).
   */
  Optional<Bound> rows(MethodCallExpr call, SparkKind owner) {
    String method = call.getNameAsString();
    if (!SparkApi.mapsElements(owner, method) || call.getArguments().size() != 1
        || call.getScope().isEmpty() || !ReducingFunctions.reduces(call.getArgument(0))) {
      return Optional.empty();
    }
    Optional<MethodCallExpr> grouping = steps.origin(call.getScope().get(),
        ConstantKeys::valueOf, step -> KEPT.equals(shape(step)));
    String shape = grouping.map(this::shape).orElse("");
    if (shape.equals(PARTITION)) {
      return Optional.of(Bound.bounded(OptionalLong.empty(), method));
    }
    if (shape.equals(GROUP)) {
      OptionalInt count = keys.keyCount(grouping.get());
      return count.isPresent()
          ? Optional.of(Bound.bounded(OptionalLong.of(count.getAsInt()), method))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** The {@code elements} fact of {@code step}; empty text when it does not say. */
  private String shape(MethodCallExpr step) {
    return types.receiverKind(step)
        .flatMap(owner -> SparkApi.elementShape(owner, step.getNameAsString())).orElse("");
  }
}
