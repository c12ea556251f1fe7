package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the function of a filter ({@code rdd.filter(t -> ids.contains(t._1))}, an anonymous {@code
 * Function<T, Boolean>}) tests: the one value it returns and the names of its parameter, the row.
 *
 * @param test the one boolean expression the function returns
 * @param row the names the function gives the row it tests
 */
record FilterFunctions(Expression test, Set<String> row) {
  private static final String CALL = "call";

  /** The test of {@code function}, a lambda or an anonymous class; empty when out of sight. */
  static Optional<FilterFunctions> of(Expression function) {
    Expression e = Expressions.unwrap(function);
    List<Expression> returned = ConstantKeys.returnedBy(e, 0);
    if (returned.size() != 1) {
      return Optional.empty();
    }
    List<Parameter> parameters;
    if (e instanceof LambdaExpr lambda) {
      parameters = lambda.getParameters();
    } else if (e instanceof ObjectCreationExpr created
        && created.getAnonymousClassBody().isPresent()) {
      parameters = created.getAnonymousClassBody().get().stream()
          .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
          .filter(m -> m.getNameAsString().equals(CALL)).findFirst()
          .map(MethodDeclaration::getParameters).orElse(null);
    } else {
      return Optional.empty();
    }
    if (parameters == null || parameters.size() != 1) {
      return Optional.empty();
    }
    Set<String> row = parameters.stream().map(Parameter::getNameAsString)
        .collect(Collectors.toSet());
    return Optional.of(new FilterFunctions(returned.get(0), row));
  }

  /**
   * The parts of the test that must all hold: its {@code &&} operands, unwrapped; the test itself
   * when it is no conjunction. A negation or an {@code ||} is one part (it narrows nothing alone).
   */
  List<Expression> conjuncts() {
    List<Expression> found = new ArrayList<>();
    addConjuncts(test, found);
    return found;
  }

  private static void addConjuncts(Expression condition, List<Expression> found) {
    Expression c = Expressions.unwrap(condition);
    if (c instanceof BinaryExpr and && and.getOperator() == BinaryExpr.Operator.AND) {
      addConjuncts(and.getLeft(), found);
      addConjuncts(and.getRight(), found);
    } else {
      found.add(c);
    }
  }

  /** True when {@code e} reads the row the function tests. */
  boolean readsRow(Expression e) {
    return e.findFirst(NameExpr.class, n -> row.contains(n.getNameAsString())).isPresent();
  }
}
