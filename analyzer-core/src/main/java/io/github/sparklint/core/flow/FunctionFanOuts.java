package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.TypeKeys;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@link FanOut} of a function given to Spark: a lambda, an anonymous function class, a new
 * instance of a project function class ({@code new SplitWords()}), a method reference ({@code
 * Parser::records}), or a local holding one of these. A function's output is bounded by its input
 * unless it, or a project method it calls, reads outside data or loops large ({@link
 * FunctionBodies}); the project methods are read from their summaries through the {@link
 * ProjectView}, within a budget: what the budget cuts off, and a function whose code is out of
 * sight (a library's function object), is {@link FanOut#UNKNOWN}. One instance serves one file on
 * one thread.
 */
public final class FunctionFanOuts {
  /** How many project methods deep the calls of a function are followed. */
  private static final int MAX_DEPTH = 8;
  /** How many method bodies one question may read. */
  private static final int MAX_STEPS = 500;
  /** The arities a function class's {@code call} or a referenced method may have. */
  private static final int MAX_ARITY = 3;
  private static final String CALL = "call";

  private final ProjectView view;
  private final Set<FunctionBody> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
  private int steps;

  public FunctionFanOuts(ProjectView view) {
    this.view = view;
  }

  /** What {@code function}, given to a Spark transformation, makes of its input. */
  public FanOut of(Expression function) {
    steps = 0;
    List<FunctionBody> bodies = bodies(function, 0);
    if (bodies.isEmpty()) {
      return FanOut.UNKNOWN;
    }
    FanOut weakest = FanOut.ONE;
    for (FunctionBody body : bodies) {
      weakest = weakest.weakest(resolve(body, 0));
    }
    return weakest;
  }

  /** The bodies {@code function} may run; empty when its code is out of sight. */
  private List<FunctionBody> bodies(Expression function, int depth) {
    Expression e = Expressions.unwrap(function);
    if (e instanceof LambdaExpr lambda) {
      return List.of(FunctionBodies.of(lambda));
    }
    if (e instanceof ObjectCreationExpr created) {
      return created.getAnonymousClassBody().map(FunctionFanOuts::anonymousCall)
          .orElseGet(() -> projectMethods(List.of(created.getType().getNameAsString()), CALL));
    }
    if (e instanceof MethodReferenceExpr reference) {
      return projectMethods(referencedOwners(reference), reference.getIdentifier());
    }
    if (e.isNameExpr() && depth < 2) {
      Optional<Expression> value = Declarations.singleValue(e.asNameExpr());
      return value.isPresent() ? bodies(value.get(), depth + 1) : List.of();
    }
    return List.of();
  }

  private static List<FunctionBody> anonymousCall(List<BodyDeclaration<?>> members) {
    return members.stream()
        .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
        .filter(m -> m.getNameAsString().equals(CALL))
        .map(FunctionBodies::of).filter(b -> b != null).limit(1).toList();
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
      return declared.isPresent() ? CallSites.typeName(declared.get()).map(List::of)
          .orElse(List.of()) : List.of(TypeKeys.written(scope, scope.asNameExpr().getNameAsString()));
    }
    return List.of();
  }

  /** The bodies of the project methods {@code name} of {@code owners}, of any small arity. */
  private List<FunctionBody> projectMethods(List<String> owners, String name) {
    List<FunctionBody> found = new ArrayList<>();
    if (owners.isEmpty()) {
      return found;
    }
    for (int arity = 0; arity <= MAX_ARITY; arity++) {
      found.addAll(view.functionBodies(new CallSite(owners, name, arity)));
    }
    return found.contains(null) ? List.of() : found;
  }

  /**
   * What a function with {@code body} makes of its input once the project methods it calls are
   * read: at most one element when it returns only one-element values and results of project
   * methods that do, whatever it reads; else an outside read or a large loop anywhere wins.
   */
  private FanOut resolve(FunctionBody body, int depth) {
    if (depth >= MAX_DEPTH || ++steps > MAX_STEPS) {
      return FanOut.UNKNOWN;
    }
    if (!inProgress.add(body)) {
      return FanOut.INPUT; // a recursive call adds nothing the first visit does not see
    }
    try {
      if (body.singleton() && returnsOne(body, depth)) {
        return FanOut.ONE; // whatever it reads, it emits at most one element
      }
      if (!body.own().boundedByInput()) {
        return body.own();
      }
      for (CallSite site : body.calls()) {
        for (FunctionBody callee : view.functionBodies(site)) {
          // A modelled method, or an abstract one no analyzed class implements: out of sight.
          FanOut effect = callee == null ? FanOut.UNKNOWN : resolve(callee, depth + 1);
          if (!effect.boundedByInput()) {
            return effect;
          }
        }
      }
      return FanOut.INPUT;
    } finally {
      inProgress.remove(body);
    }
  }

  /** True when every project call whose result {@code body} returns emits at most one element. */
  private boolean returnsOne(FunctionBody body, int depth) {
    for (CallSite site : body.returned()) {
      List<FunctionBody> callees = view.functionBodies(site);
      if (callees.isEmpty() || callees.stream()
          .anyMatch(c -> c == null || resolve(c, depth + 1) != FanOut.ONE)) {
        return false;
      }
    }
    return true;
  }
}
