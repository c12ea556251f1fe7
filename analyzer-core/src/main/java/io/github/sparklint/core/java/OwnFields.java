package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Optional;

/**
 * The field a read qualified by the name of an enclosing class refers to: {@code
 * BundlesTest.bundles} inside {@code BundlesTest}, a static fixture a test names by its class,
 * often because a local of the same name hides it, and {@code this.rows} in a constructor whose
 * parameter is {@code rows}. Java looks the field up in that class whatever the method declares, so
 * the lookup skips locals and parameters.
 */
public final class OwnFields {
  private OwnFields() {}

  /**
   * The field {@code access} reads when its scope is the simple name of a class enclosing it (and
   * no variable of that name hides the class), declared in that class; empty otherwise.
   */
  public static Optional<Declarations.Declared> of(FieldAccessExpr access) {
    if (!access.getScope().isNameExpr()) {
      return Optional.empty();
    }
    String owner = access.getScope().asNameExpr().getNameAsString();
    if (Declarations.find(access.getScope(), owner).isPresent()) {
      return Optional.empty();
    }
    String name = access.getNameAsString();
    for (Node p = access.getParentNode().orElse(null); p != null;
        p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?> type && type.getNameAsString().equals(owner)) {
        return Declarations.field(type, name);
      }
    }
    return Optional.empty();
  }

  /**
   * The field {@code this.name} reads: declared in the class {@code this} is (the innermost class
   * or anonymous class around the access), whatever parameter or local of that name the method
   * declares ({@code this.rows = rows}); empty when that class does not declare it (an inherited
   * field is found elsewhere).
   */
  public static Optional<Declarations.Declared> ofThis(FieldAccessExpr access) {
    if (!access.getScope().isThisExpr()
        || access.getScope().asThisExpr().getTypeName().isPresent()) {
      return Optional.empty();
    }
    String name = access.getNameAsString();
    for (Node p = access.getParentNode().orElse(null); p != null;
        p = p.getParentNode().orElse(null)) {
      if (p instanceof TypeDeclaration<?> type) {
        return Declarations.field(type, name);
      }
      if (p instanceof ObjectCreationExpr created && created.getAnonymousClassBody().isPresent()) {
        return created.getAnonymousClassBody().get().stream()
            .filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
            .flatMap(field -> field.getVariables().stream())
            .filter(v -> v.getNameAsString().equals(name)).findFirst().map(OwnFields::declared);
      }
    }
    return Optional.empty();
  }

  private static Declarations.Declared declared(VariableDeclarator variable) {
    return new Declarations.Declared(variable.getNameAsString(), variable.getType(),
        variable.getInitializer(), variable, Declarations.Kind.FIELD);
  }
}
