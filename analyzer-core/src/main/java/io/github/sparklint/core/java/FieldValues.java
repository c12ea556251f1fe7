package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values the file stores in one of its fields: the field's initializer and every plain
 * assignment to it ({@code rows = ..}, {@code this.rows = ..}) in the file, where the name means
 * that field. A compound assignment ({@code +=}) is not a value of its own and is left out.
 */
public final class FieldValues {
  private FieldValues() {}

  /** The values stored in {@code field}, a field the file declares; empty for anything else. */
  public static List<Expression> of(Declarations.Declared field) {
    if (!field.isField() || !(field.node() instanceof VariableDeclarator declarator)) {
      return List.of();
    }
    Optional<CompilationUnit> cu = declarator.findCompilationUnit();
    if (cu.isEmpty()) {
      return List.of();
    }
    List<Expression> values = new ArrayList<>();
    declarator.getInitializer().ifPresent(values::add);
    for (AssignExpr assign : FileNodes.of(cu.get()).assignments()) {
      if (assign.getOperator() == AssignExpr.Operator.ASSIGN
          && names(assign.getTarget(), field.name(), declarator)) {
        values.add(assign.getValue());
      }
    }
    return values;
  }

  /** True when {@code target} is {@code name} or {@code this.name} and means {@code declarator}. */
  private static boolean names(Expression target, String name, Node declarator) {
    Optional<Declarations.Declared> meant = target.isNameExpr()
        && target.asNameExpr().getNameAsString().equals(name)
        ? Declarations.find(target.asNameExpr())
        : target.isFieldAccessExpr() && target.asFieldAccessExpr().getNameAsString().equals(name)
            ? OwnFields.ofThis(target.asFieldAccessExpr()) : Optional.empty();
    return meant.filter(d -> d.node() == declarator).isPresent();
  }
}
