package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameter types of a lambda given where {@code java.util.function}'s interfaces are
 * expected: {@code Consumer<Dataset<Row>>} takes a Dataset, {@code BiConsumer<String,
 * Dataset<Row>>} a String and a Dataset. A project method taking such a function passes its
 * lambda those values (a test harness's {@code withCheck(ds -> ds.collectAsList())}).
 */
public final class FunctionTypes {
  /** How many leading type arguments of each interface are the lambda's parameters. */
  private static final Map<String, Integer> PARAMETER_COUNTS = Map.ofEntries(
      Map.entry("Consumer", 1), Map.entry("Function", 1), Map.entry("Predicate", 1),
      Map.entry("UnaryOperator", 1), Map.entry("ToLongFunction", 1),
      Map.entry("ToIntFunction", 1), Map.entry("ToDoubleFunction", 1),
      Map.entry("BiConsumer", 2), Map.entry("BiFunction", 2), Map.entry("BiPredicate", 2),
      Map.entry("BinaryOperator", 1));

  /** The methods that run such a function. */
  private static final java.util.Set<String> INVOCATIONS = java.util.Set.of(
      "accept", "apply", "test", "applyAsLong", "applyAsInt", "applyAsDouble");

  private FunctionTypes() {}

  /** True for the name of the method that runs one of these functions ({@code accept}, ...). */
  public static boolean isInvocation(String method) {
    return INVOCATIONS.contains(method);
  }

  /**
   * The type a lambda is written for when its context declares it: the declared type of the
   * variable or field it initializes, of the method it is returned from, or of a cast. Empty for
   * a lambda passed as an argument (the callee's parameter type decides) or a {@code var}.
   */
  public static Optional<Type> targetType(LambdaExpr lambda) {
    Node parent = lambda.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator variable) {
      return Optional.of(variable.getType()).filter(t -> !t.isVarType());
    }
    if (parent instanceof CastExpr cast) {
      return Optional.of(cast.getType());
    }
    if (parent instanceof ReturnStmt) {
      // the nearest enclosing method or lambda decides; a lambda returned from a lambda is not typed
      Node owner = parent.getParentNode().orElse(null);
      while (owner != null && !(owner instanceof MethodDeclaration)
          && !(owner instanceof LambdaExpr)) {
        owner = owner.getParentNode().orElse(null);
      }
      return owner instanceof MethodDeclaration method
          ? Optional.of(method.getType()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The types of the parameters a lambda of {@code type} receives; empty when not known. */
  public static List<Type> lambdaParameters(Type type) {
    if (!(type instanceof ClassOrInterfaceType cit) || cit.getTypeArguments().isEmpty()) {
      return List.of();
    }
    Integer count = PARAMETER_COUNTS.get(cit.getNameAsString());
    List<Type> arguments = cit.getTypeArguments().get();
    if (count == null || arguments.size() < count) {
      return List.of();
    }
    if (cit.getNameAsString().equals("BinaryOperator")) {
      return List.of(arguments.get(0), arguments.get(0));
    }
    return List.copyOf(arguments.subList(0, count));
  }
}
