package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.TypeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which function an expression given as a function holds, as its own file shows ({@link
 * FunctionRef}): a lambda, an anonymous function class, a new instance of a named function class
 * ({@code new SplitWords()}), a method reference ({@code Parser::records}), or a local or a field
 * holding one of these. A local holds the value that certainly reaches the use (straight-line
 * code), or else any value it is given; a private or final field any value its own class gives it
 * (its initializer, each plain assignment): each is one of the alternatives. Anything else (a
 * parameter, a call's result, a field other classes may set) is out of sight here.
 */
public final class FunctionRefs {
  /** The name of the method a function class runs. */
  static final String CALL = "call";
  /** How many locals or fields deep a value is followed. */
  private static final int MAX_DEPTH = 2;

  private FunctionRefs() {}

  /** The functions {@code function} may hold; empty when one of them is out of sight. */
  public static Optional<List<FunctionRef>> of(Expression function) {
    List<FunctionRef> found = new ArrayList<>();
    return collect(function, 0, found) ? Optional.of(List.copyOf(found)) : Optional.empty();
  }

  private static boolean collect(Expression function, int depth, List<FunctionRef> found) {
    Expression e = Expressions.unwrap(function);
    if (e instanceof LambdaExpr lambda) {
      return found.add(FunctionRef.of(FunctionBodies.of(lambda)));
    }
    if (e instanceof ObjectCreationExpr created) {
      if (created.getAnonymousClassBody().isEmpty()) {
        return found.add(new FunctionRef(List.of(created.getType().getNameAsString()), CALL));
      }
      Optional<FunctionBody> call = anonymousCall(created.getAnonymousClassBody().get());
      return call.isPresent() && found.add(FunctionRef.of(call.get()));
    }
    if (e instanceof MethodReferenceExpr reference) {
      List<String> owners = referencedOwners(reference);
      return !owners.isEmpty()
          && found.add(new FunctionRef(owners, reference.getIdentifier()));
    }
    if (depth >= MAX_DEPTH || !(e.isNameExpr() || e.isFieldAccessExpr())) {
      return false;
    }
    Optional<List<Expression>> values = e.isNameExpr()
        ? Assignments.reachingValue(e.asNameExpr()).map(List::of)
            .or(() -> Assignments.valuesOf(e.asNameExpr()).map(Assignments.Values::values))
            .or(() -> fieldValues(e))
        : fieldValues(e);
    if (values.isEmpty() || values.get().isEmpty()) {
      return false;
    }
    for (Expression value : values.get()) {
      if (!collect(value, depth + 1, found)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<FunctionBody> anonymousCall(List<BodyDeclaration<?>> members) {
    return members.stream()
        .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
        .filter(m -> m.getNameAsString().equals(CALL))
        .map(FunctionBodies::of).filter(b -> b != null).findFirst();
  }

  /** The types a method reference may name: {@code Type::m}, {@code this::m}, {@code var::m}. */
  private static List<String> referencedOwners(MethodReferenceExpr reference) {
    Expression scope = reference.getScope();
    if (scope.isThisExpr()) {
      return CallSites.enclosingTypes(reference);
    }
    if (scope.isTypeExpr()) {
      return List.of(TypeKeys.written(scope,
          scope.asTypeExpr().getType().asString().replaceAll("<.*", "")));
    }
    if (scope.isNameExpr()) {
      Optional<Declarations.Declared> declared = Declarations.find(scope.asNameExpr());
      return declared.isPresent()
          ? CallSites.typeName(declared.get()).map(List::of).orElse(List.of())
          : List.of(TypeKeys.written(scope, scope.asNameExpr().getNameAsString()));
    }
    return List.of();
  }

  /**
   * Every value a private or final field named by {@code e} ({@code fn}, {@code this.fn}) is
   * given in the class declaring it: its initializer and each plain assignment there. Empty when
   * it is not such a field, or is also changed otherwise ({@code fn += ..} cannot be a function).
   */
  private static Optional<List<Expression>> fieldValues(Expression e) {
    Optional<Declarations.Declared> declared = Declarations.ofReceiver(e)
        .filter(Declarations.Declared::isField);
    Optional<FieldDeclaration> field = declared
        .flatMap(d -> d.node().getParentNode())
        .filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
        .filter(f -> f.isPrivate() || f.isFinal());
    Optional<TypeDeclaration> owner = field.flatMap(f -> f.findAncestor(TypeDeclaration.class));
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Node declarator = declared.get().node();
    List<Expression> values = new ArrayList<>();
    declared.get().initializer().ifPresent(values::add);
    for (AssignExpr assign : FileNodes.assignmentsIn(owner.get())) {
      if (Declarations.ofReceiver(assign.getTarget()).filter(d -> d.node() == declarator)
          .isEmpty()) {
        continue;
      }
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
        return Optional.empty();
      }
      values.add(assign.getValue());
    }
    return Optional.of(values);
  }
}
