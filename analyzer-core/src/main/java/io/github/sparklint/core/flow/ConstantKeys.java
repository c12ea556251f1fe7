package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkApi;
import java.util.List;
import java.util.Optional;

/**
 * Finds keyed data whose key is the same for every element, as the code builds it: pairs made by
 * a function returning {@code new Tuple2<>("all", x)} ({@code mapToPair}), a key function
 * returning a constant ({@code keyBy}, {@code groupByKey}), a Dataset grouped by no column or by
 * literal columns only ({@code groupBy(lit(1))}), followed through locals and the steps that keep
 * keys ({@code filter}, {@code mapValues}, ...; the {@code keys} facts). An aggregation per key of
 * such data ({@code reduceByKey}, {@code agg}) has one row. A key the code computes from the
 * element, a parameter or a field set elsewhere is not constant; a function whose code is out of
 * sight (a method reference, a named function class) is not read.
 */
final class ConstantKeys {
  /** The pair class the functions of Spark's Java pair API return. */
  private static final String PAIR = "Tuple2";
  /** The function method of Spark's Java function interfaces, in anonymous classes. */
  private static final String CALL = "call";

  private final SparkTypes types;
  private final KeyedSteps steps;

  ConstantKeys(SparkTypes types) {
    this.types = types;
    this.steps = new KeyedSteps(types);
  }

  /** True when every element (or group) of the result of {@code keyed} has the same key. */
  boolean oneKey(MethodCallExpr keyed) {
    Optional<MethodCallExpr> origin = steps.origin(keyed, ConstantKeys::valueOf);
    if (origin.isEmpty()) {
      return false;
    }
    MethodCallExpr call = origin.get();
    return switch (steps.keySource(call)) {
      case "pair" -> !call.getArguments().isEmpty()
          && returnsOnly(call.getArgument(0), ConstantKeys::isConstantPair);
      case "function" -> !call.getArguments().isEmpty()
          && returnsOnly(call.getArgument(0), ConstantKeys::isConstant);
      case "columns" -> call.getArguments().stream().allMatch(this::isConstantColumn);
      default -> false;
    };
  }

  /** The value a local certainly holds here: its single value, or the one reaching this use. */
  private static Optional<Expression> valueOf(NameExpr name) {
    return Declarations.singleValue(name).or(() -> Assignments.reachingValue(name));
  }

  /** {@code lit(1)}, {@code functions.lit("all")}: a column with one value in every row. */
  private boolean isConstantColumn(Expression column) {
    if (!column.isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr call = column.asMethodCallExpr();
    return call.getArguments().size() == 1 && isConstant(call.getArgument(0))
        && types.ownerOf(call)
            .flatMap(owner -> SparkApi.keySource(owner, call.getNameAsString()))
            .filter("constant"::equals).isPresent();
  }

  /** True when {@code function}, a lambda or an anonymous function class, returns only such values. */
  private static boolean returnsOnly(Expression function, java.util.function.Predicate<Expression> test) {
    List<Expression> values = returnedBy(function, 0);
    return !values.isEmpty() && values.stream().allMatch(test);
  }

  /** The values {@code function} returns; empty when its code is out of sight or it returns nothing. */
  static List<Expression> returnedBy(Expression function, int depth) {
    Expression e = function;
    while (e.isCastExpr() || e.isEnclosedExpr()) {
      e = e.isCastExpr() ? e.asCastExpr().getExpression() : e.asEnclosedExpr().getInner();
    }
    if (e instanceof LambdaExpr lambda) {
      return lambda.getExpressionBody().map(List::of).orElseGet(() ->
          FunctionBodies.returnedBy(lambda.getBody().findAll(ReturnStmt.class), lambda));
    }
    if (e instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
      List<MethodDeclaration> calls = created.getAnonymousClassBody().get().stream()
          .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
          .filter(m -> m.getNameAsString().equals(CALL) && m.getBody().isPresent()).toList();
      return calls.size() != 1 ? List.of()
          : FunctionBodies.returnedBy(MethodNodes.of(calls.get(0)).returns(), calls.get(0));
    }
    if (e.isNameExpr() && depth < 2) {
      return Declarations.singleValue(e.asNameExpr())
          .map(value -> returnedBy(value, depth + 1)).orElse(List.of());
    }
    return List.of();
  }

  /** {@code new Tuple2<>(KEY, value)} with a constant key. */
  private static boolean isConstantPair(Expression value) {
    return value instanceof ObjectCreationExpr created
        && created.getType().getNameAsString().equals(PAIR)
        && created.getArguments().size() == 2 && isConstant(created.getArgument(0));
  }

  private static boolean isConstant(Expression value) {
    return Constants.stringValue(value).isPresent();
  }
}
