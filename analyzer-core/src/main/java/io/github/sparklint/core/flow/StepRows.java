package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Walk;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The rows of a step made from other Datasets or RDDs: a union (the sum of its inputs), a join
 * (the product of its sides), a step whose function runs per row or per partition ({@link
 * FunctionFanOuts}), any other transformation (grown from its input). The inputs are followed
 * back through the file's {@link RowBounds} ({@link StoredRows.Follow}). One instance serves one
 * file on one thread.
 */
final class StepRows {
  private final SparkTypes types;
  private final FunctionFanOuts functions;
  private final StoredRows.Follow follow;

  StepRows(SparkTypes types, StoredRows.Follow follow) {
    this.types = types;
    this.functions = new FunctionFanOuts(types.project());
    this.follow = follow;
  }

  /** A union (bounded by the sum of its inputs) or a join (by the product of its sides). */
  Flow combined(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    List<Flow> inputs = new ArrayList<>();
    inputs.add(follow.rows(scope, walk));
    for (Expression argument : call.getArguments()) {
      if (types.kindOf(argument).filter(SparkKind::isDistributed).isPresent()) {
        inputs.add(follow.rows(argument, walk));
      }
    }
    if (inputs.size() < 2) {
      return Flow.UNBOUNDED;
    }
    String method = call.getNameAsString();
    boolean union = SparkApi.isUnion(owner, method);
    return Flow.combined(union ? Flow.Op.SUM : Flow.Op.PRODUCT, method, inputs);
  }

  /**
   * A step that calls its function once per row ({@code flatMap}) or per partition ({@code
   * mapPartitions}): as many rows as its input when the function makes its output from its input
   * ({@link FanOut#INPUT}; one row per input row, or per partition, when it emits at most one);
   * unbounded once the input is known when the function reads outside data, loops large or is
   * out of sight. Any other step of a Dataset/RDD grows the same way; a source (a reader, the
   * session) makes its rows from a table or file.
   */
  Flow functionStep(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    String method = call.getNameAsString();
    boolean perPartition = SparkApi.isPerPartitionTransform(owner, method);
    FanOut fanOut = (perPartition || SparkApi.isPerRowFlattening(owner, method))
        && !call.getArguments().isEmpty() ? functions.of(call.getArgument(0)) : FanOut.UNKNOWN;
    if (fanOut == FanOut.ONE && perPartition) {
      return StatedRows.bounded(OptionalLong.empty(), method);
    }
    if (fanOut.boundedByInput()) {
      return follow.rows(scope, walk);
    }
    boolean transformation = (owner.isDistributed() || owner == SparkKind.GROUPED
        || owner == SparkKind.KEY_VALUE_GROUPED) && !isTypeName(scope);
    return transformation ? Flow.grown(method, follow.rows(scope, walk)) : Flow.UNBOUNDED;
  }

  /**
   * True when {@code scope} names a class, not a variable: {@code Dataset.ofRows(spark, plan)} is
   * a static factory that makes new rows (from a table, a plan), not a step of an existing one.
   */
  private static boolean isTypeName(Expression scope) {
    return scope.isNameExpr() && Character.isUpperCase(scope.asNameExpr().getNameAsString().charAt(0))
        && Declarations.find(scope.asNameExpr()).isEmpty();
  }
}
