package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.Expression;
import java.util.Optional;

/**
 * The dotted text of a name expression ({@code System}, {@code org.apache.spark.sql.functions}),
 * built from the identifiers instead of {@code Node.toString()}, which runs the pretty printer and
 * was measured as the engine's most expensive call on receivers.
 */
public final class QualifiedNames {
  private QualifiedNames() {}

  /** {@code a.b.c} for a name or a chain of field accesses on a name; empty for anything else. */
  public static Optional<String> of(Expression e) {
    if (e.isNameExpr()) {
      return Optional.of(e.asNameExpr().getNameAsString());
    }
    if (e.isFieldAccessExpr()) {
      return of(e.asFieldAccessExpr().getScope())
          .map(scope -> scope + "." + e.asFieldAccessExpr().getNameAsString());
    }
    return Optional.empty();
  }
}
