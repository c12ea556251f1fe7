package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How many distinct values a key can take, as the code writes it, over every alternative it is one
 * of ({@link ValueAlternatives}: the branches of a conditional or a {@code switch}, a local's
 * values): a constant counts once however many alternatives give it; a value whose kind leaves
 * few adds that many: a test (a comparison, {@code !}, {@code &&},
 * {@code instanceof}, {@code s.startsWith(p)}) is one of two, one character ({@code s.charAt(i)},
 * {@code s.substring(0, 1)}, {@code s.substring(0, Math.min(s.length(), 1))}, a {@code (char)}
 * cast) one of 65,536 (and the empty string), a {@code (byte)} cast one of 256, a remainder by a
 * constant ({@code id % 16}, {@code Math.floorMod(h, 16)}) one of fewer than twice it, a value of
 * an enum the sources declare one of its constants (a variable declared with that type, the element
 * of a {@code JavaRDD<MatchType>} handed to the key function, {@code MatchType.EQUAL}). Anything
 * else (the element itself of another
 * type, a longer substring, a hash) has no such count.
 */
final class KeyDomains {
  private static final long TWO = 2;
  private static final long CHARS = Character.MAX_VALUE + 1L;
  private static final long BYTES = 256;
  private static final Set<String> TESTS = Set.of("equals", "equalsIgnoreCase", "startsWith",
      "endsWith", "contains", "containsKey", "isEmpty", "isBlank", "matches");
  private static final Set<BinaryExpr.Operator> TEST_OPERATORS = Set.of(
      BinaryExpr.Operator.EQUALS, BinaryExpr.Operator.NOT_EQUALS, BinaryExpr.Operator.LESS,
      BinaryExpr.Operator.GREATER, BinaryExpr.Operator.LESS_EQUALS,
      BinaryExpr.Operator.GREATER_EQUALS, BinaryExpr.Operator.AND, BinaryExpr.Operator.OR);

  private final SparkTypes types;

  KeyDomains(SparkTypes types) {
    this.types = types;
  }

  /**
   * How many distinct values {@code values} (every value the key function given to {@code keyed}
   * may return) take at most; empty when one of them has no such count.
   */
  OptionalInt count(List<Expression> values, MethodCallExpr keyed) {
    Optional<Domain> domain = ValueAlternatives.foldAll(values, new ValueAlternatives.Fold<>() {
      @Override
      public Optional<Domain> leaf(Expression e) {
        return domain(e);
      }

      @Override
      public Domain join(Domain a, Domain b) {
        return a.or(b);
      }

      @Override
      public Optional<Domain> name(Expression name) {
        return typeOf(name.asNameExpr(), keyed).map(KeyDomains.this::enumSize)
            .flatMap(KeyDomains::others);
      }
    });
    long total = domain.map(Domain::size).orElse(Long.MAX_VALUE);
    return total > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) total);
  }

  /**
   * The values a key may take: distinct constants, counted once however many alternatives give
   * them, and how many other values the alternatives of few values by their kind add.
   */
  private record Domain(Set<String> constants, long others) {
    Domain or(Domain other) {
      Set<String> both = new HashSet<>(constants);
      both.addAll(other.constants);
      return new Domain(both, others + other.others);
    }

    long size() {
      return constants.size() + others;
    }
  }

  /** What {@code e} is worth by itself: a constant, or a value whose kind leaves few. */
  private Optional<Domain> domain(Expression e) {
    Optional<String> constant = Constants.stringValue(e);
    if (constant.isPresent()) {
      return Optional.of(new Domain(Set.of(constant.get()), 0));
    }
    if (e instanceof BinaryExpr binary) {
      return others(binary(binary));
    }
    if (e instanceof UnaryExpr unary
        && unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
        || e instanceof InstanceOfExpr) {
      return others(OptionalLong.of(TWO));
    }
    if (e instanceof CastExpr cast) {
      String type = cast.getType().asString();
      return others(type.equals("char") ? OptionalLong.of(CHARS)
          : type.equals("byte") ? OptionalLong.of(BYTES) : OptionalLong.empty());
    }
    if (e instanceof MethodCallExpr call) {
      return others(call(call));
    }
    if (e instanceof FieldAccessExpr member && member.getScope().isNameExpr()) {
      // MatchType.EQUAL: one value, when MatchType is an enum of the sources
      return others(enumSize(member.getScope().toString()).isPresent()
          ? OptionalLong.of(1) : OptionalLong.empty());
    }
    return Optional.empty();
  }

  private static Optional<Domain> others(OptionalLong count) {
    return count.isPresent()
        ? Optional.of(new Domain(Set.of(), count.getAsLong())) : Optional.empty();
  }

  /** The number of constants of the enum of the sources this file calls {@code name}. */
  private OptionalLong enumSize(String name) {
    OptionalInt constants = types.enumConstants(name);
    return constants.isPresent() ? OptionalLong.of(constants.getAsInt()) : OptionalLong.empty();
  }

  /**
   * The type {@code name} is declared with, as written; for an implicit parameter of the function
   * given to {@code keyed}, the element type of its receiver ({@code JavaRDD<MatchType> tagged}).
   */
  private Optional<String> typeOf(NameExpr name, MethodCallExpr keyed) {
    Optional<Declarations.Declared> declared = Declarations.find(name);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Type type = declared.get().type();
    if (!Declarations.isInferred(type)) {
      return type.isClassOrInterfaceType()
          ? Optional.of(type.asClassOrInterfaceType().getNameWithScope()) : Optional.empty();
    }
    boolean element = declared.get().node() instanceof Parameter parameter
        && parameter.getParentNode().orElse(null) instanceof LambdaExpr lambda
        && lambda.getParameters().indexOf(parameter) == 0
        && !keyed.getArguments().isEmpty() && keyed.getArgument(0) == lambda;
    return element ? keyed.getScope().flatMap(this::elementType) : Optional.empty();
  }

  /** {@code E} of a Spark collection variable declared {@code JavaRDD<E>} or {@code Dataset<E>}. */
  private Optional<String> elementType(Expression collection) {
    if (!collection.isNameExpr() || types.kindOf(collection).isEmpty()) {
      return Optional.empty();
    }
    return Declarations.find(collection.asNameExpr()).map(Declarations.Declared::type)
        .filter(Type::isClassOrInterfaceType).map(Type::asClassOrInterfaceType)
        .flatMap(ClassOrInterfaceType::getTypeArguments)
        .filter(arguments -> arguments.size() == 1 && arguments.get(0).isClassOrInterfaceType())
        .map(arguments -> arguments.get(0).asClassOrInterfaceType().getNameWithScope());
  }

  private static OptionalLong binary(BinaryExpr binary) {
    if (TEST_OPERATORS.contains(binary.getOperator())) {
      return OptionalLong.of(TWO);
    }
    if (binary.getOperator() == BinaryExpr.Operator.REMAINDER) {
      return remainders(binary.getRight());
    }
    return OptionalLong.empty();
  }

  private static OptionalLong call(MethodCallExpr call) {
    String method = call.getNameAsString();
    int arity = call.getArguments().size();
    if (TESTS.contains(method) && call.getScope().isPresent()) {
      return OptionalLong.of(TWO);
    }
    if (method.equals("charAt") && arity == 1) {
      return OptionalLong.of(CHARS);
    }
    if (method.equals("substring") && arity == 2 && atMostOneCharacter(call)) {
      return OptionalLong.of(CHARS + 1);
    }
    if (method.equals("floorMod") && arity == 2
        && call.getScope().filter(s -> s.toString().equals("Math")).isPresent()) {
      return Constants.longValue(call.getArgument(1)).filter(n -> n != 0)
          .map(n -> OptionalLong.of(Math.abs(n))).orElse(OptionalLong.empty());
    }
    return OptionalLong.empty();
  }

  /** {@code x % n}: fewer than {@code 2|n|} values (a negative dividend gives negative ones). */
  private static OptionalLong remainders(Expression divisor) {
    return Constants.longValue(divisor).filter(n -> n != 0 && Math.abs(n) < Integer.MAX_VALUE)
        .map(n -> OptionalLong.of(2 * Math.abs(n) - 1)).orElse(OptionalLong.empty());
  }

  /**
   * {@code s.substring(a, b)} with constants one apart at most, or with an end of {@code
   * Math.min(.., a + 1)}: at most one character.
   */
  private static boolean atMostOneCharacter(MethodCallExpr substring) {
    Optional<Long> from = Constants.longValue(substring.getArgument(0));
    if (from.isEmpty()) {
      return false;
    }
    Expression end = substring.getArgument(1);
    Optional<Long> to = Constants.longValue(end);
    if (to.isPresent()) {
      return to.get() - from.get() <= 1;
    }
    return end instanceof MethodCallExpr min && min.getNameAsString().equals("min")
        && min.getArguments().size() == 2
        && min.getScope().filter(s -> s.toString().equals("Math")).isPresent()
        && min.getArguments().stream().map(Constants::longValue)
            .anyMatch(bound -> bound.isPresent() && bound.get() - from.get() <= 1);
  }
}
