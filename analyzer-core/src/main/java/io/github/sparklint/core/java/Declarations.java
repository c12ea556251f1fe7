package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;
import java.util.Set;

/** Finds where a simple name used in an expression is declared, by Java's scoping rules. */
public final class Declarations {

  private Declarations() {}

  /**
   * A declared variable, parameter or field.
   *
   * @param name the declared name
   * @param type its declared type ({@code var} and implicit lambda parameters included)
   * @param initializer the initializer of a variable or field, if any
   * @param node the declaring node ({@link VariableDeclarator}, {@link Parameter}, or a pattern's
   *     {@code TypePatternExpr}, a local whose value is the tested expression)
   * @param kind where it was declared
   */
  public record Declared(
      String name, Type type, Optional<Expression> initializer, Node node, Kind kind) {

    /** True for a local variable (not a field, parameter or lambda parameter). */
    public boolean isLocal() {
      return kind == Kind.LOCAL;
    }

    /** True for a field (instance or static). */
    public boolean isField() {
      return kind == Kind.FIELD;
    }
  }

  /** Where a name was declared. */
  public enum Kind {
    LOCAL,
    PARAMETER,
    LAMBDA_PARAMETER,
    FIELD
  }

  /**
   * True for a type the compiler infers from the initializer: {@code var}, an implicit lambda
   * parameter, or Lombok's {@code val}.
   */
  public static boolean isInferred(Type type) {
    return type.isVarType() || type.isUnknownType()
        || type.isClassOrInterfaceType() && type.asClassOrInterfaceType().getScope().isEmpty()
            && type.asClassOrInterfaceType().getNameAsString().equals("val");
  }

  /** The declaration {@code name} refers to. */
  public static Optional<Declared> find(NameExpr name) {
    return find(name, name.getNameAsString());
  }

  /**
   * The declaration of {@code name} visible at {@code at}. A name the file declares nowhere (a
   * class, a static import, a field of a supertype) is answered from the file's one walk ({@link
   * FileNodes#variableNames}) without climbing the scopes.
   */
  public static Optional<Declared> find(Node at, String name) {
    Optional<CompilationUnit> cu = at.findCompilationUnit();
    if (cu.isPresent() && !FileNodes.of(cu.get()).variableNames().contains(name)) {
      return Optional.empty();
    }
    Node child = at;
    Optional<Node> parent = at.getParentNode();
    while (parent.isPresent()) {
      Node p = parent.get();
      Optional<Declared> found = declaredIn(p, child, name);
      if (found.isPresent()) {
        return found;
      }
      child = p;
      parent = p.getParentNode();
    }
    return Optional.empty();
  }

  /**
   * The variable or field a method receiver names: {@code rows} in {@code rows.add(x)} or {@code
   * rows::add} (which parses as a type expression), {@code this.rows}, or {@code Holder.rows}
   * inside {@code Holder} ({@link OwnFields}).
   */
  public static Optional<Declared> ofReceiver(Expression scope) {
    if (scope.isNameExpr()) {
      return find(scope.asNameExpr());
    }
    if (scope.isTypeExpr() && scope.asTypeExpr().getType().isClassOrInterfaceType()
        && scope.asTypeExpr().getType().asClassOrInterfaceType().getScope().isEmpty()) {
      return find(scope, scope.asTypeExpr().getType().asClassOrInterfaceType().getNameAsString());
    }
    if (scope.isFieldAccessExpr() && scope.asFieldAccessExpr().getScope().isThisExpr()) {
      return find(scope, scope.asFieldAccessExpr().getNameAsString()).filter(Declared::isField)
          .or(() -> OwnFields.ofThis(scope.asFieldAccessExpr()));
    }
    return scope.isFieldAccessExpr() ? OwnFields.of(scope.asFieldAccessExpr()) : Optional.empty();
  }

  /**
   * The only value a local variable named by {@code name} ever holds: the initializer of a local
   * that is never reassigned. Empty for fields, parameters and reassigned locals.
   */
  public static Optional<Expression> singleValue(NameExpr name) {
    return find(name)
        .filter(d -> d.isLocal() && isEffectivelyFinal(d))
        .flatMap(Declared::initializer);
  }

  /**
   * Like {@link #singleValue}, but also the initializer of a {@code final} field (a {@code static
   * final} constant included).
   */
  public static Optional<Expression> finalValue(NameExpr name) {
    return find(name)
        .filter(d -> (d.isLocal() || d.isField()) && isEffectivelyFinal(d))
        .flatMap(Declared::initializer);
  }

  /**
   * True when no assignment, increment or decrement targets {@code declared} after its
   * declaration, so its initializer is its only value.
   */
  public static boolean isEffectivelyFinal(Declared declared) {
    if (declared.kind() == Kind.FIELD) {
      return declared.node().getParentNode()
          .filter(FieldDeclaration.class::isInstance)
          .map(f -> ((FieldDeclaration) f).isFinal())
          .orElse(false);
    }
    Node scope = scopeOf(declared).orElse(null);
    if (scope == null) {
      return false;
    }
    return !WrittenNames.of(scope).contains(declared.name());
  }

  /** The method, lambda or type whose body can assign {@code declared}. */
  static Optional<Node> scopeOf(Declared declared) {
    return declared.node().findAncestor(CallableDeclaration.class).map(Node.class::cast)
        .or(() -> declared.node().findAncestor(LambdaExpr.class))
        .or(() -> declared.node().findAncestor(TypeDeclaration.class));
  }

  static boolean isStep(UnaryExpr u) {
    UnaryExpr.Operator op = u.getOperator();
    return op == UnaryExpr.Operator.PREFIX_INCREMENT || op == UnaryExpr.Operator.PREFIX_DECREMENT
        || op == UnaryExpr.Operator.POSTFIX_INCREMENT || op == UnaryExpr.Operator.POSTFIX_DECREMENT;
  }

  private static Optional<Declared> declaredIn(Node p, Node child, String name) {
    return declaredBy(p, child, name).or(() -> PatternBindings.declaredIn(p, child, name));
  }

  private static Optional<Declared> declaredBy(Node p, Node child, String name) {
    if (p instanceof BlockStmt block) {
      return inStatements(block.getStatements(), child, name);
    }
    if (p instanceof SwitchEntry entry) {
      return inStatements(entry.getStatements(), child, name);
    }
    if (p instanceof ForStmt forStmt) {
      for (Expression init : forStmt.getInitialization()) {
        Optional<Declared> d = inVariables(init, name);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (p instanceof ForEachStmt forEach) {
      return inVariables(forEach.getVariable(), name);
    }
    if (p instanceof TryStmt tryStmt) {
      for (Expression resource : tryStmt.getResources()) {
        Optional<Declared> d = inVariables(resource, name);
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (p instanceof CatchClause catchClause) {
      return parameter(catchClause.getParameter(), name, Kind.LOCAL);
    }
    if (p instanceof LambdaExpr lambda) {
      return inParameters(lambda.getParameters(), name, Kind.LAMBDA_PARAMETER);
    }
    if (p instanceof CallableDeclaration<?> callable) {
      return inParameters(callable.getParameters(), name, Kind.PARAMETER);
    }
    if (p instanceof TypeDeclaration<?> type) {
      return field(type, name);
    }
    return Optional.empty();
  }

  private static Optional<Declared> inStatements(
      NodeList<Statement> statements, Node child, String name) {
    Optional<Declared> found = Optional.empty();
    for (Statement s : statements) {
      if (s == child) {
        break;
      }
      if (s instanceof ExpressionStmt es) {
        Optional<Declared> d = inVariables(es.getExpression(), name);
        if (d.isPresent()) {
          found = d;
        }
      }
    }
    return found;
  }

  private static Optional<Declared> inVariables(Expression e, String name) {
    if (!(e instanceof VariableDeclarationExpr vde)) {
      return Optional.empty();
    }
    for (VariableDeclarator v : vde.getVariables()) {
      if (v.getNameAsString().equals(name)) {
        return Optional.of(new Declared(name, v.getType(), v.getInitializer(), v, Kind.LOCAL));
      }
    }
    return Optional.empty();
  }

  private static Optional<Declared> inParameters(
      NodeList<Parameter> parameters, String name, Kind kind) {
    for (Parameter parameter : parameters) {
      Optional<Declared> d = parameter(parameter, name, kind);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<Declared> parameter(Parameter parameter, String name, Kind kind) {
    if (!parameter.getNameAsString().equals(name)) {
      return Optional.empty();
    }
    return Optional.of(
        new Declared(name, parameter.getType(), Optional.empty(), parameter, kind));
  }

  /** The field (or record component) named {@code name} that {@code type} itself declares. */
  public static Optional<Declared> field(TypeDeclaration<?> type, String name) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator v : field.getVariables()) {
        if (v.getNameAsString().equals(name)) {
          return Optional.of(new Declared(name, v.getType(), v.getInitializer(), v, Kind.FIELD));
        }
      }
    }
    if (type instanceof RecordDeclaration record) {
      return inParameters(record.getParameters(), name, Kind.FIELD);
    }
    return Optional.empty();
  }
}
