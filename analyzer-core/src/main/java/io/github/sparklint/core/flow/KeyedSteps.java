package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Walks a keyed RDD or Dataset expression back to the call that makes its keys (or elements): past
 * parentheses and casts, through locals to their values, and through the steps that keep the keys
 * ({@code filter}, {@code mapValues}, {@code reduceByKey}, ...: the {@code kept} rows of the
 * {@code keys} facts). What the call it stops at makes of its keys is the caller's to judge, by its
 * {@link #keySource}.
 */
final class KeyedSteps {
  private static final int MAX_DEPTH = 32;
  /** The {@code keys} fact of a step that keeps its receiver's keys. */
  private static final String KEPT = "kept";

  private final SparkTypes types;

  KeyedSteps(SparkTypes types) {
    this.types = types;
  }

  /**
   * The call with a receiver that makes the keys of {@code keyed}, a step that does not keep them;
   * empty when the walk meets anything else (a parameter, a field, a call of another kind). A local
   * stands for the value {@code valueOf} gives it.
   */
  Optional<MethodCallExpr> origin(
      Expression keyed, Function<NameExpr, Optional<Expression>> valueOf) {
    return origin(keyed, valueOf, call -> KEPT.equals(keySource(call)));
  }

  /**
   * The call with a receiver that {@code from} comes out of, walking back through the steps that
   * {@code keeps} (the same walk as {@link #origin(Expression, Function)}, for another fact).
   */
  Optional<MethodCallExpr> origin(Expression from,
      Function<NameExpr, Optional<Expression>> valueOf, Predicate<MethodCallExpr> keeps) {
    Expression e = from;
    for (int depth = 0; depth <= MAX_DEPTH; depth++) {
      e = Expressions.unwrap(e);
      if (e.isNameExpr()) {
        Optional<Expression> value = valueOf.apply(e.asNameExpr());
        if (value.isEmpty()) {
          return Optional.empty();
        }
        e = value.get();
        continue;
      }
      if (!e.isMethodCallExpr() || e.asMethodCallExpr().getScope().isEmpty()) {
        return Optional.empty();
      }
      MethodCallExpr call = e.asMethodCallExpr();
      if (!keeps.test(call)) {
        return Optional.of(call);
      }
      e = call.getScope().get();
    }
    return Optional.empty();
  }

  /** The {@code keys} fact of {@code call}'s method on its receiver's kind; empty text when none. */
  String keySource(MethodCallExpr call) {
    return types.receiverKind(call)
        .flatMap(owner -> SparkApi.keySource(owner, call.getNameAsString())).orElse("");
  }
}
