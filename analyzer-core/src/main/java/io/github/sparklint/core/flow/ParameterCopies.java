package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.MethodNodes;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the project methods that return a copy of one of their collection parameters ({@code
 * return Maps.newHashMap(map);}): such a method's result holds at least every element of the
 * argument given there, so a caller's collection keeps its size through it.
 *
 * <p>A copy is the parameter itself, a collection made from it alone ({@code new HashMap<>(map)}),
 * a one-argument copying factory ({@code ImmutableMap.copyOf(map)}, {@code
 * Collections.unmodifiableMap(map)}), or a local made so (or made empty and then given the
 * parameter by {@code putAll}/{@code addAll}, or by a loop over it that adds each element: {@link
 * LoopCopies}) that the method only grows before returning it.
 * Anything else (a filter, a field, a new empty map, a second parameter) is no copy.
 */
public final class ParameterCopies {
  /** One-argument factories whose result holds every element of their argument. */
  private static final Set<String> COPYING_FACTORIES = Set.of("copyOf", "newHashMap",
      "newLinkedHashMap", "newTreeMap", "newConcurrentMap", "newArrayList", "newLinkedList",
      "newHashSet", "newLinkedHashSet", "newTreeSet", "unmodifiableMap", "unmodifiableList",
      "unmodifiableSet", "unmodifiableCollection", "unmodifiableSortedMap",
      "unmodifiableSortedSet", "unmodifiableNavigableMap", "unmodifiableNavigableSet",
      "synchronizedMap", "synchronizedList", "synchronizedSet", "synchronizedCollection");
  private static final Set<String> POURING_METHODS = Set.of("putAll", "addAll");

  private ParameterCopies() {}

  /**
   * The position of the collection parameter every return value of {@code method} copies, or -1
   * when its returns copy none, or not all the same one.
   */
  public static int copiedParameter(MethodDeclaration method) {
    if (method.getBody().isEmpty() || method.getType().isVoidType()) {
      return -1;
    }
    int copied = -1;
    for (ReturnStmt ret : MethodNodes.of(method).returns()) {
      if (!Summarizer.ownedBy(ret, method)) {
        continue;
      }
      Optional<Parameter> param = ret.getExpression().flatMap(e -> copyOf(e, method));
      int position = param.map(p -> method.getParameters().indexOf(p)).orElse(-1);
      if (position < 0 || copied >= 0 && copied != position) {
        return -1;
      }
      copied = position;
    }
    return copied;
  }

  /** The parameter {@code value} copies, or empty; for a conditional, the one both branches copy. */
  private static Optional<Parameter> copyOf(Expression value, MethodDeclaration method) {
    if (value.isEnclosedExpr()) {
      return copyOf(value.asEnclosedExpr().getInner(), method);
    }
    if (value.isConditionalExpr()) {
      Optional<Parameter> then = copyOf(value.asConditionalExpr().getThenExpr(), method);
      return then.isPresent()
          && then.equals(copyOf(value.asConditionalExpr().getElseExpr(), method)) ? then
          : Optional.empty();
    }
    Optional<Expression> source = copySource(value);
    if (source.isPresent()) {
      return parameter(source.get(), method);
    }
    if (!value.isNameExpr()) {
      return Optional.empty();
    }
    Optional<Parameter> param = parameter(value, method);
    if (param.isPresent()) {
      return param;
    }
    return Declarations.find(value.asNameExpr())
        .filter(d -> d.isLocal() && Declarations.isEffectivelyFinal(d))
        .flatMap(local -> filledCopy(local, method));
  }

  /**
   * The parameter a local copies: made from it, or made empty and given it by {@code putAll}; every
   * other use of the local in the method only adds to it, or returns it.
   */
  private static Optional<Parameter> filledCopy(Declarations.Declared local,
      MethodDeclaration method) {
    Optional<Expression> init = local.initializer();
    if (init.isEmpty()) {
      return Optional.empty();
    }
    Optional<Parameter> copied = copySource(init.get()).flatMap(s -> parameter(s, method));
    boolean empty = DriverCollections.isNewEmpty(init.get()) || LoopCopies.isNewSized(init.get());
    for (NameExpr use : method.findAll(NameExpr.class,
        n -> n.getNameAsString().equals(local.name()))) {
      if (use.getParentNode().filter(ReturnStmt.class::isInstance).isPresent()) {
        continue;
      }
      Optional<MethodCallExpr> call = use.getParentNode().filter(MethodCallExpr.class::isInstance)
          .map(MethodCallExpr.class::cast).filter(c -> c.getScope().orElse(null) == use);
      if (call.isEmpty() || !DriverCollections.isGrowingMethod(call.get().getNameAsString())) {
        return Optional.empty();
      }
      if (empty && copied.isEmpty() && POURING_METHODS.contains(call.get().getNameAsString())
          && call.get().getArguments().size() == 1) {
        copied = parameter(call.get().getArgument(0), method);
      } else if (empty && copied.isEmpty()) {
        copied = LoopCopies.iterated(call.get(), method).flatMap(s -> parameter(s, method));
      }
    }
    return copied;
  }

  /** What a copying expression copies: the one argument of a collection or copying factory. */
  private static Optional<Expression> copySource(Expression value) {
    Optional<Expression> constructed = copiedByConstructor(value);
    if (constructed.isPresent()) {
      return constructed;
    }
    if (value.isMethodCallExpr()) {
      MethodCallExpr call = value.asMethodCallExpr();
      if (call.getScope().isPresent() && call.getArguments().size() == 1
          && COPYING_FACTORIES.contains(call.getNameAsString())) {
        return Optional.of(call.getArgument(0));
      }
    }
    return Optional.empty();
  }

  /**
   * What a constructor given one argument copies ({@code new HashMap<>(source)}, not an anonymous
   * class): that argument.
   */
  static Optional<Expression> copiedByConstructor(Expression value) {
    return value.isObjectCreationExpr() && value.asObjectCreationExpr().getArguments().size() == 1
        && value.asObjectCreationExpr().getAnonymousClassBody().isEmpty()
        ? Optional.of(value.asObjectCreationExpr().getArgument(0)) : Optional.empty();
  }

  /** The collection parameter of {@code method} that {@code e} names, or empty. */
  private static Optional<Parameter> parameter(Expression e, MethodDeclaration method) {
    if (!e.isNameExpr()) {
      return Optional.empty();
    }
    List<Parameter> params = method.getParameters();
    return Declarations.find(e.asNameExpr())
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER && DriverCollections.isCollection(d))
        .map(Declarations.Declared::node)
        .filter(node -> params.stream().anyMatch(p -> p == node))
        .map(Parameter.class::cast);
  }
}
