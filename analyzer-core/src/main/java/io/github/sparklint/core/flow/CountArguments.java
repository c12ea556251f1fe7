package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A whole number passed to a method whose model bounds its rows by that argument ({@code rows
 * at-most N}: {@code word2Vec.findSynonyms(word, 5)}): a constant is a bound of that many rows; a
 * whole-number variable or a parsed number (a count read from the command line) bounds nothing.
 * The flow stands for the argument only where a model reads it as rows.
 */
final class CountArguments {
  private static final Set<String> WHOLE_TYPES =
      Set.of("int", "long", "short", "Integer", "Long", "Short");
  private static final Set<String> PARSERS = Set.of("parseInt", "parseLong", "valueOf");
  private static final Set<String> NUMBER_CLASSES = Set.of("Integer", "Long");

  private CountArguments() {}

  /** The rows {@code argument} of {@code call} stands for when it is a whole number. */
  static Optional<Flow> of(Expression argument, MethodCallExpr call) {
    Optional<Long> value = Constants.longValue(argument);
    if (value.isPresent()) {
      return Optional.of(Flow.known(
          Bound.bounded(OptionalLong.of(Math.max(0, value.get())), call.getNameAsString())));
    }
    return isWholeNumber(argument) ? Optional.of(Flow.UNBOUNDED) : Optional.empty();
  }

  private static boolean isWholeNumber(Expression e) {
    if (e.isNameExpr()) {
      return Declarations.find(e.asNameExpr()).map(d -> isWholeType(d.type())).orElse(false);
    }
    if (!e.isMethodCallExpr()) {
      return false;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    return PARSERS.contains(call.getNameAsString()) && call.getScope()
        .filter(s -> s.isNameExpr() && NUMBER_CLASSES.contains(s.asNameExpr().getNameAsString()))
        .isPresent();
  }

  private static boolean isWholeType(Type type) {
    return !Declarations.isInferred(type) && WHOLE_TYPES.contains(type.asString());
  }
}
