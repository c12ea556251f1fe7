package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import io.github.sparklint.core.java.Constants;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values JUnit 5 gives the parameters of a parameterized test ({@code @ParameterizedTest}),
 * which no project code calls: the constant strings of {@code @ValueSource(strings = {..})} for
 * its first parameter, as texts a query may be read from; any other parameter, or another source
 * ({@code @MethodSource}, {@code @CsvSource}, ...), holds values the code does not show here
 * (unknown, so quiet).
 */
final class TestArguments {
  private static final String PARAMETERIZED = "ParameterizedTest";
  private static final String VALUE_SOURCE = "ValueSource";
  private static final String STRINGS = "strings";

  private TestArguments() {}

  /**
   * What JUnit passes in {@code parameter} of the parameterized test declaring it; empty when
   * it is not a parameter of such a test (its callers fill it).
   */
  static Optional<Flow> valueOf(Parameter parameter) {
    Optional<Node> declaring = parameter.getParentNode();
    if (declaring.isEmpty() || !(declaring.get() instanceof MethodDeclaration method)
        || method.getAnnotationByName(PARAMETERIZED).isEmpty()) {
      return Optional.empty();
    }
    if (method.getParameters().indexOf(parameter) != 0
        || !SqlSkeleton.isText(parameter.getType())) {
      return Optional.of(Flow.UNKNOWN);
    }
    List<String> strings = method.getAnnotationByName(VALUE_SOURCE)
        .map(TestArguments::strings).orElse(List.of());
    return Optional.of(strings.isEmpty() ? Flow.UNKNOWN
        : Flow.either(strings.stream().map(Flow::text).toList()));
  }

  /** The constant strings of {@code @ValueSource(strings = ..)}; empty when one is not constant. */
  private static List<String> strings(AnnotationExpr source) {
    Expression value = source instanceof NormalAnnotationExpr normal ? normal.getPairs().stream()
        .filter(pair -> pair.getNameAsString().equals(STRINGS))
        .map(pair -> pair.getValue()).findFirst().orElse(null) : null;
    if (value == null) {
      return List.of();
    }
    List<Expression> elements = value instanceof ArrayInitializerExpr array
        ? array.getValues() : List.of(value);
    List<String> strings = new ArrayList<>();
    for (Expression element : elements) {
      Optional<String> text = Constants.stringValue(element);
      if (text.isEmpty()) {
        return List.of();
      }
      strings.add(text.get());
    }
    return strings;
  }
}
