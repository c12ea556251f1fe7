package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.java.Declarations;
import java.util.Optional;

/**
 * The symbol a parameter of a method or constructor stands for in a {@link Flow}: {@link
 * Flow#param}, which the {@link FlowEvaluator} fills with what the callers pass, or the values
 * JUnit gives a parameterized test ({@link TestArguments}). A lambda's parameter is no such symbol.
 */
final class ParameterFlows {
  private ParameterFlows() {}

  /**
   * The value of the parameter {@code name} refers to: what its callers pass, or what JUnit gives a
   * parameterized test.
   */
  static Optional<Flow> valueOf(NameExpr name) {
    return of(name).map(param -> Declarations.find(name)
        .flatMap(d -> TestArguments.valueOf((Parameter) d.node())).orElse(param));
  }

  /** The parameter of a method or constructor (not of a lambda) that {@code name} refers to. */
  static Optional<Flow> of(NameExpr name) {
    return Declarations.find(name)
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER)
        .flatMap(d -> d.node().getParentNode()
            .filter(CallableDeclaration.class::isInstance)
            .map(c -> Flow.param(((CallableDeclaration<?>) c).getParameters()
                .indexOf((Parameter) d.node()), d.name())));
  }
}
