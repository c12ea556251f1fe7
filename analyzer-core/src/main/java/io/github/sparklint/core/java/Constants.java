package io.github.sparklint.core.java;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates compile-time constant expressions: literals, {@code static final} and effectively
 * final locals with constant initializers, arithmetic, string concatenation, {@code
 * Integer.MAX_VALUE} and friends. Anything else is "not a constant".
 */
public final class Constants {
  private static final int MAX_DEPTH = 32;
  private static final Map<String, Long> WELL_KNOWN =
      Map.of(
          "Integer.MAX_VALUE", (long) Integer.MAX_VALUE,
          "Long.MAX_VALUE", Long.MAX_VALUE,
          "Short.MAX_VALUE", (long) Short.MAX_VALUE,
          "Integer.MIN_VALUE", (long) Integer.MIN_VALUE,
          "Long.MIN_VALUE", Long.MIN_VALUE);

  /** The names of the conversions {@link #conversion} evaluates. */
  private static final Set<String> CONVERSIONS =
      Set.of("valueOf", "toString", "parseInt", "parseLong");

  private Constants() {}

  /** The whole-number value of {@code e}, when it is a constant. */
  public static Optional<Long> longValue(Expression e) {
    return value(e, 0).filter(Long.class::isInstance).map(Long.class::cast);
  }

  /** The string value of {@code e}, when it is a constant (numbers are rendered as text). */
  public static Optional<String> stringValue(Expression e) {
    return value(e, 0).map(String::valueOf);
  }

  /** The boolean value of {@code e}, when it is a constant. */
  public static Optional<Boolean> booleanValue(Expression e) {
    return value(e, 0).filter(Boolean.class::isInstance).map(Boolean.class::cast);
  }

  private static Optional<Object> value(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (e instanceof IntegerLiteralExpr i) {
      return parseWhole(i.getValue());
    }
    if (e instanceof LongLiteralExpr l) {
      return parseWhole(l.getValue());
    }
    if (e.isStringLiteralExpr()) {
      return Optional.of(e.asStringLiteralExpr().asString());
    }
    if (e.isTextBlockLiteralExpr()) {
      return Optional.of(e.asTextBlockLiteralExpr().asString());
    }
    if (e.isBooleanLiteralExpr()) {
      return Optional.of(e.asBooleanLiteralExpr().getValue());
    }
    if (e.isCharLiteralExpr()) {
      return Optional.of(e.asCharLiteralExpr().asChar()).map(String::valueOf);
    }
    if (e.isEnclosedExpr()) {
      return value(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isCastExpr()) {
      return value(e.asCastExpr().getExpression(), depth + 1);
    }
    if (e instanceof UnaryExpr u) {
      return unary(u, depth);
    }
    if (e instanceof BinaryExpr b) {
      return binary(b, depth);
    }
    if (e instanceof NameExpr n) {
      return named(n, depth);
    }
    if (e instanceof FieldAccessExpr f) {
      return fieldAccess(f, depth);
    }
    if (e instanceof MethodCallExpr m) {
      return conversion(m, depth);
    }
    return Optional.empty();
  }

  private static Optional<Object> parseWhole(String literal) {
    String v = literal.replace("_", "");
    if (v.endsWith("L") || v.endsWith("l")) {
      v = v.substring(0, v.length() - 1);
    }
    try {
      if (v.startsWith("0x") || v.startsWith("0X")) {
        return Optional.of(Long.parseUnsignedLong(v.substring(2), 16));
      }
      if (v.startsWith("0b") || v.startsWith("0B")) {
        return Optional.of(Long.parseUnsignedLong(v.substring(2), 2));
      }
      if (v.length() > 1 && v.startsWith("0")) {
        return Optional.of(Long.parseUnsignedLong(v.substring(1), 8));
      }
      return Optional.of(Long.parseLong(v));
    } catch (NumberFormatException ex) {
      return Optional.empty();
    }
  }

  private static Optional<Object> unary(UnaryExpr u, int depth) {
    Optional<Object> inner = value(u.getExpression(), depth + 1);
    return switch (u.getOperator()) {
      case MINUS -> inner.filter(Long.class::isInstance).map(v -> -(Long) v);
      case PLUS -> inner.filter(Long.class::isInstance);
      case LOGICAL_COMPLEMENT -> inner.filter(Boolean.class::isInstance).map(v -> !(Boolean) v);
      default -> Optional.empty();
    };
  }

  private static Optional<Object> binary(BinaryExpr b, int depth) {
    Optional<Object> left = value(b.getLeft(), depth + 1);
    if (left.isEmpty()) {
      return Optional.empty();
    }
    Optional<Object> right = value(b.getRight(), depth + 1);
    if (right.isEmpty()) {
      return Optional.empty();
    }
    Object l = left.get();
    Object r = right.get();
    if (b.getOperator() == BinaryExpr.Operator.PLUS && (l instanceof String || r instanceof String)) {
      return Optional.of(String.valueOf(l) + r);
    }
    if (!(l instanceof Long x) || !(r instanceof Long y)) {
      return Optional.empty();
    }
    try {
      return switch (b.getOperator()) {
        case PLUS -> Optional.of(Math.addExact(x, y));
        case MINUS -> Optional.of(Math.subtractExact(x, y));
        case MULTIPLY -> Optional.of(Math.multiplyExact(x, y));
        case DIVIDE -> y == 0 ? Optional.empty() : Optional.of(x / y);
        case REMAINDER -> y == 0 ? Optional.empty() : Optional.of(x % y);
        case LEFT_SHIFT -> Optional.of(x << y);
        case SIGNED_RIGHT_SHIFT -> Optional.of(x >> y);
        default -> Optional.empty();
      };
    } catch (ArithmeticException overflow) {
      return Optional.of(Long.MAX_VALUE);
    }
  }

  private static Optional<Object> named(NameExpr n, int depth) {
    return Declarations.find(n)
        .filter(d -> d.kind() == Declarations.Kind.LOCAL || d.kind() == Declarations.Kind.FIELD)
        .filter(Declarations::isEffectivelyFinal)
        .flatMap(d -> d.initializer())
        .flatMap(init -> value(init, depth + 1));
  }

  private static Optional<Object> fieldAccess(FieldAccessExpr f, int depth) {
    Optional<String> name = QualifiedNames.of(f);
    Long known = name.map(WELL_KNOWN::get).orElse(null);
    if (known != null) {
      return Optional.of(known);
    }
    String owner = QualifiedNames.of(f.getScope()).orElse("");
    int dot = owner.lastIndexOf('.');
    String simpleOwner = owner.substring(dot + 1);
    return f.findCompilationUnit()
        .flatMap(cu -> Optional.ofNullable(FileNodes.of(cu).types().get(simpleOwner)))
        .flatMap(t -> t.getFieldByName(f.getNameAsString()))
        .filter(field -> field.isFinal() || field.isStatic() && isInterfaceMember(field))
        .flatMap(field -> field.getVariables().stream()
            .filter(v -> v.getNameAsString().equals(f.getNameAsString()))
            .findFirst())
        .flatMap(v -> v.getInitializer())
        .flatMap(init -> value(init, depth + 1));
  }

  private static boolean isInterfaceMember(FieldDeclaration field) {
    return field.getParentNode()
        .filter(p -> p instanceof ClassOrInterfaceDeclaration c
            && c.isInterface())
        .isPresent();
  }

  /**
   * {@code String.valueOf(c)}, {@code Integer.toString(c)}, {@code Long.parseLong(c)}, ... of a
   * constant {@code c}. The receiver is printed only for a call of one of those names (printing
   * every call's receiver chain was a measurable share of a run).
   */
  private static Optional<Object> conversion(MethodCallExpr m, int depth) {
    String name = m.getNameAsString();
    if (m.getArguments().size() != 1 || !CONVERSIONS.contains(name)) {
      return Optional.empty();
    }
    String scope = m.getScope().map(Object::toString).orElse("");
    Optional<Object> arg = value(m.getArgument(0), depth + 1);
    boolean toText = (scope.equals("String") && name.equals("valueOf"))
        || ((scope.equals("Integer") || scope.equals("Long")) && name.equals("toString"));
    if (toText) {
      return arg.map(String::valueOf);
    }
    boolean toNumber = (scope.equals("Integer") && (name.equals("parseInt") || name.equals("valueOf")))
        || (scope.equals("Long") && (name.equals("parseLong") || name.equals("valueOf")));
    if (toNumber) {
      return arg.flatMap(v -> v instanceof Long ? Optional.of(v) : parseWhole(v.toString()));
    }
    return Optional.empty();
  }
}
