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
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Finds keyed data whose key is one of a few constants for every element, as the code builds it:
 * pairs made by a function returning {@code new Tuple2<>("all", x)} ({@code mapToPair}), a key
 * function returning a constant ({@code keyBy}, {@code groupByKey}), or one of a few ({@code x <
 * a ? "low" : "high"}) or of few values by their kind ({@link KeyDomains}: {@code s.charAt(0)},
 * {@code id % 16}), a Dataset grouped by no column or by literal
 * columns only ({@code groupBy(lit(1))}), followed back ({@link KeyedSteps}) through locals and the
 * steps that keep keys ({@code filter}, {@code mapValues}, ...; the {@code keys} facts). An
 * aggregation per key of such data ({@code reduceByKey}, {@code agg}) has one row per constant. A
 * key the code computes from the element, a parameter or a field set elsewhere is not constant; a
 * function whose code is out of sight (a method reference, a named function class) is not read.
 */
final class ConstantKeys {
  /** The pair class the functions of Spark's Java pair API return. */
  private static final String PAIR = "Tuple2";
  /** The function method of Spark's Java function interfaces, in anonymous classes. */
  private static final String CALL = "call";

  private final SparkTypes types;
  private final KeyedSteps steps;
  private final KeyDomains domains;

  ConstantKeys(SparkTypes types) {
    this.types = types;
    this.steps = new KeyedSteps(types);
    this.domains = new KeyDomains(types);
  }

  /**
   * How many keys the elements (or groups) of the result of {@code keyed} have at most, when the
   * code makes every key one of a few constants or a value of few kinds ({@link KeyDomains}: a
   * test, one character, a remainder); empty otherwise.
   */
  OptionalInt keyCount(MethodCallExpr keyed) {
    Optional<MethodCallExpr> origin = steps.origin(keyed, ConstantKeys::valueOf);
    if (origin.isEmpty()) {
      return OptionalInt.empty();
    }
    MethodCallExpr call = origin.get();
    return switch (steps.keySource(call)) {
      case "pair" -> call.getArguments().isEmpty() ? OptionalInt.empty()
          : pairKeys(returnedBy(call.getArgument(0), 0), call);
      case "function" -> call.getArguments().isEmpty() ? OptionalInt.empty()
          : domains.count(returnedBy(call.getArgument(0), 0), call);
      case "columns" -> call.getArguments().stream().allMatch(this::isConstantColumn)
          ? OptionalInt.of(1) : OptionalInt.empty();
      case "elements" -> call.getScope().map(this::elementChoices).orElse(OptionalInt.empty());
      default -> OptionalInt.empty();
    };
  }

  /**
   * The constants the elements of {@code elements} are, when a step such as {@code map} makes each
   * one of a few ({@code countByValue} then has one entry per constant).
   */
  private OptionalInt elementChoices(Expression elements) {
    return steps.origin(elements, ConstantKeys::valueOf)
        .filter(call -> "values".equals(steps.keySource(call)) && !call.getArguments().isEmpty())
        .map(call -> domains.count(returnedBy(call.getArgument(0), 0), call))
        .orElse(OptionalInt.empty());
  }

  /** How many keys {@code new Tuple2<>(KEY, value)} pairs have, when every key's values are counted. */
  private OptionalInt pairKeys(List<Expression> pairs, MethodCallExpr keyed) {
    List<Expression> keys = new ArrayList<>();
    for (Expression value : pairs) {
      if (!(value instanceof ObjectCreationExpr created)
          || !created.getType().getNameAsString().equals(PAIR)
          || created.getArguments().size() != 2) {
        return OptionalInt.empty();
      }
      keys.add(created.getArgument(0));
    }
    return domains.count(keys, keyed);
  }

  /** The value a local certainly holds here: its single value, or the one reaching this use. */
  static Optional<Expression> valueOf(NameExpr name) {
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

  /** The values {@code function} returns; empty when its code is out of sight or it returns nothing. */
  static List<Expression> returnedBy(Expression function, int depth) {
    Expression e = Expressions.unwrap(function);
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

  private static boolean isConstant(Expression value) {
    return Constants.stringValue(value).isPresent();
  }
}
