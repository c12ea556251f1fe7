package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.SparkState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Spark's memory sink as a temporary view: {@code ds.writeStream().format("memory")
 * .queryName(name).start()} keeps every row the query writes in an in-memory table that SQL reads
 * by that name ({@code spark.sql("SELECT * FROM " + name)}), so the view holds the rows of {@code
 * ds}. The name is a constant, or a variable the query's text and the {@code queryName(..)} call of
 * the same method share (a test helper given the query's name).
 */
final class MemorySinks {
  private MemorySinks() {}

  /**
   * The Dataset whose rows the memory sink that {@code queryName} (a {@code queryName(..)} call on
   * a stream writer) names holds: the Dataset the chain's writer was made from ({@code
   * writeStream()}); empty when
   * the chain writes to another sink or starts elsewhere.
   */
  static Optional<Expression> written(MethodCallExpr queryName, SparkTypes types) {
    if (!types.receiverKind(queryName).filter(SparkKind.STREAM_WRITER::equals).isPresent()) {
      return Optional.empty();
    }
    boolean memory = false;
    Expression dataset = null;
    for (MethodCallExpr call : chain(queryName)) {
      String name = call.getNameAsString();
      if (name.equals("format") && call.getArguments().size() == 1) {
        memory = Constants.stringValue(call.getArgument(0))
            .filter(SparkState::isMemorySinkFormat).isPresent();
      } else if (call.getScope().isPresent()
          && types.receiverKind(call).filter(SparkKind.DATASET::equals).isPresent()
          && types.kindOf(call).filter(SparkKind.STREAM_WRITER::equals).isPresent()) {
        dataset = call.getScope().get();
      }
    }
    return memory ? Optional.ofNullable(dataset) : Optional.empty();
  }

  /**
   * The variable that names the view {@code query} (a {@code sql(..)} call) reads, when its text
   * is constant but for that one name ({@code "SELECT * FROM " + name}); else empty.
   */
  static Optional<String> viewVariable(MethodCallExpr query) {
    if (query.getArguments().isEmpty()) {
      return Optional.empty();
    }
    List<Expression> variable = new ArrayList<>();
    if (!constantBut(query.getArgument(0), variable) || variable.size() != 1
        || !variable.get(0).isNameExpr()) {
      return Optional.empty();
    }
    return Optional.of(variable.get(0).asNameExpr().getNameAsString());
  }

  private static boolean constantBut(Expression e, List<Expression> variable) {
    if (Constants.stringValue(e).isPresent()) {
      return true;
    }
    if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
      return constantBut(b.getLeft(), variable) && constantBut(b.getRight(), variable);
    }
    variable.add(e);
    return true;
  }

  /** The calls of the fluent chain {@code call} is part of: its receivers and its callers. */
  private static List<MethodCallExpr> chain(MethodCallExpr call) {
    List<MethodCallExpr> calls = new ArrayList<>();
    for (Expression e = call; e instanceof MethodCallExpr inner;
        e = inner.getScope().orElse(null)) {
      calls.add(inner);
    }
    for (Node n = call; n.getParentNode().orElse(null) instanceof MethodCallExpr outer
        && outer.getScope().filter(n::equals).isPresent(); n = outer) {
      calls.add(outer);
    }
    return calls;
  }
}
