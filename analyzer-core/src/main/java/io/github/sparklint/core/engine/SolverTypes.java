package io.github.sparklint.core.engine;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;

/**
 * The first resolution layer: JavaParser's symbol solver (JDK reflection, the analyzed source
 * roots, the classpath jars). It fails per expression, never per run.
 */
final class SolverTypes {
  private SolverTypes() {}

  /** The erased qualified name of {@code e}'s type, or empty when the solver cannot tell. */
  static Optional<String> qualifiedType(Expression e) {
    if (!e.findCompilationUnit().map(cu -> cu.containsData(SymbolSolverKey.KEY)).orElse(false)) {
      return Optional.empty();
    }
    try {
      ResolvedType type = e.calculateResolvedType();
      if (type.isReferenceType()) {
        return Optional.of(type.asReferenceType().getQualifiedName());
      }
      return Optional.of(type.describe());
    } catch (RuntimeException | StackOverflowError | LinkageError ex) {
      return Optional.empty();
    }
  }
}
