package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an RDD whose elements are drawn from a driver-side map: each is a value looked up in a
 * {@code Map} the function captures, or in the map a {@code Broadcast} holds, or a constant ({@code
 * lines.map(l -> regions.value().getOrDefault(prefix(l), "Unknown"))}), followed back through the
 * steps that keep elements ({@code filter}, {@code distinct}, ...; the {@code keys} facts). An
 * action with one entry per distinct element ({@code countByValue}) then has no more entries than
 * that map, which the driver holds already, plus the constants. A value computed from the
 * element, a map's keys, or a map the file does not declare as one is not such a value.
 */
final class LookedUpValues {
  /** The lookups that return one of a map's values. */
  private static final Set<String> LOOKUPS = Set.of("get", "getOrDefault");
  /** How a {@code Broadcast} hands out the value it ships. */
  private static final Set<String> BROADCAST_VALUE = Set.of("value", "getValue");

  private final SparkTypes types;
  private final KeyedSteps steps;

  LookedUpValues(SparkTypes types) {
    this.types = types;
    this.steps = new KeyedSteps(types);
  }

  /** True when {@code perElement}'s entries are the distinct elements of such an RDD. */
  boolean fromDriverMap(MethodCallExpr perElement) {
    if (!"elements".equals(steps.keySource(perElement)) || perElement.getScope().isEmpty()) {
      return false;
    }
    Optional<MethodCallExpr> origin =
        steps.origin(perElement.getScope().get(), Declarations::singleValue);
    return origin.filter(call -> "values".equals(steps.keySource(call))
        && !call.getArguments().isEmpty() && returnsLookups(call.getArgument(0))).isPresent();
  }

  /** True when {@code function} returns only map lookups and constants, at least one lookup. */
  private boolean returnsLookups(Expression function) {
    List<Expression> values = ConstantKeys.returnedBy(function, 0);
    return values.stream().allMatch(v -> isLookup(v) || isConstant(v))
        && values.stream().anyMatch(this::isLookup);
  }

  /** {@code map.get(k)}, {@code map.getOrDefault(k, "none")}, {@code lookup.value().get(k)}. */
  private boolean isLookup(Expression value) {
    Expression e = value.isNameExpr()
        ? Declarations.singleValue(value.asNameExpr()).orElse(value) : value;
    if (!(e instanceof MethodCallExpr call) || !LOOKUPS.contains(call.getNameAsString())
        || call.getScope().isEmpty()) {
      return false;
    }
    if (call.getNameAsString().equals("getOrDefault")
        && (call.getArguments().size() != 2 || !isConstant(call.getArgument(1)))) {
      return false;
    }
    Expression map = call.getScope().get();
    Optional<Expression> broadcast = broadcastOf(map, types);
    return broadcast.isPresent() ? declaredMap(broadcast.get(), true) : declaredMap(map, false);
  }

  /** The broadcast variable whose value {@code held} reads ({@code lookup.value()}); else empty. */
  static Optional<Expression> broadcastOf(Expression held, SparkTypes types) {
    Expression e = Expressions.unwrap(held);
    if (!(e instanceof MethodCallExpr read) || !BROADCAST_VALUE.contains(read.getNameAsString())
        || read.getScope().isEmpty() || !read.getArguments().isEmpty()) {
      return Optional.empty();
    }
    return read.getScope().filter(
        scope -> types.kindOf(scope).filter(k -> k == SparkKind.BROADCAST).isPresent());
  }

  /**
   * True when {@code e} names a variable declared as a {@code Map} ({@code Broadcast<Map<..>>}
   * when {@code broadcast}).
   */
  private static boolean declaredMap(Expression e, boolean broadcast) {
    if (!e.isNameExpr()) {
      return false;
    }
    Optional<ClassOrInterfaceType> type = Declarations.find(e.asNameExpr())
        .map(Declarations.Declared::type).filter(ClassOrInterfaceType.class::isInstance)
        .map(ClassOrInterfaceType.class::cast);
    if (broadcast) {
      type = type.flatMap(ClassOrInterfaceType::getTypeArguments)
          .filter(arguments -> arguments.size() == 1)
          .map(arguments -> arguments.get(0)).filter(ClassOrInterfaceType.class::isInstance)
          .map(ClassOrInterfaceType.class::cast);
    }
    return type.filter(t -> t.getNameAsString().endsWith("Map")
        && DriverCollections.isGrowingType(t)).isPresent();
  }

  private static boolean isConstant(Expression value) {
    return Constants.stringValue(value).isPresent() || value.isLiteralExpr()
        && !value.isNullLiteralExpr();
  }
}
