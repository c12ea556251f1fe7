package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.resolution.types.ResolvedType;
import java.util.Optional;

/**
 * The first resolution layer: JavaParser's symbol solver (JDK reflection, the analyzed source
 * roots, the classpath jars). It fails per expression, never per run.
 */
public final class SolverTypes {
  private SolverTypes() {}

  /**
   * The erased qualified name of {@code e}'s type, or empty when the solver cannot tell. A type
   * variable or unbounded wildcard counts as "cannot tell"; a lambda parameter the solver infers
   * as {@code ? super JavaRDD<String>} ({@code stream.foreachRDD(rdd -> ..)}) is its bound.
   */
  public static Optional<String> qualifiedType(Expression e) {
    if (!e.findCompilationUnit().map(cu -> cu.containsData(SymbolSolverKey.KEY)).orElse(false)) {
      return Optional.empty();
    }
    try {
      ResolvedType type = bound(e.calculateResolvedType());
      if (type.isTypeVariable() || type.isWildcard()) {
        return Optional.empty();
      }
      if (type.isReferenceType()) {
        return Optional.of(type.asReferenceType().getQualifiedName());
      }
      return Optional.of(type.describe());
    } catch (RuntimeException | StackOverflowError | LinkageError ex) {
      return Optional.empty();
    }
  }

  private static ResolvedType bound(ResolvedType type) {
    if (type.isConstraint()) {
      return type.asConstraintType().getBound();
    }
    if (type.isWildcard() && type.asWildcard().isBounded()) {
      return type.asWildcard().getBoundedType();
    }
    return type;
  }
}
