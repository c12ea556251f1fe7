package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.Optional;

/**
 * The class of the object an expression holds, as far as the file tells, by simple name: {@code
 * new ReadAll(..)}; a builder's product {@code new ReadAll.Builder()...build()} (the class
 * enclosing the builder) or {@code ReadAll.builder()...build()}; a cast; a local followed to the
 * value that reaches its use, else its declared class. Used to pick a model row by the class of
 * an argument (a job framework's {@code execute(operation)}).
 */
public final class ObjectClasses {
  /** How many locals are followed from one expression. */
  private static final int MAX_NAMES = 8;
  private static final String BUILDER = "Builder";
  private static final String BUILD = "build";
  private static final String STATIC_BUILDER = "builder";

  private ObjectClasses() {}

  /** The simple name of the class of the object {@code e} holds, when the file tells it. */
  public static Optional<String> of(Expression e) {
    return of(e, 0);
  }

  private static Optional<String> of(Expression e, int names) {
    if (e.isCastExpr()) {
      return className(e.asCastExpr().getType());
    }
    Expression x = Expressions.unwrap(e);
    if (x.isObjectCreationExpr()) {
      return x.asObjectCreationExpr().getAnonymousClassBody().isPresent() ? Optional.empty()
          : Optional.of(x.asObjectCreationExpr().getType().getNameAsString());
    }
    if (x.isMethodCallExpr()) {
      return built(x.asMethodCallExpr());
    }
    if (x.isNameExpr() && names < MAX_NAMES) {
      return ofName(x.asNameExpr(), names + 1);
    }
    return Optional.empty();
  }

  /** A local's value that reaches this use, else its declared class (a field's, a parameter's). */
  private static Optional<String> ofName(NameExpr name, int names) {
    Optional<Expression> value =
        Declarations.singleValue(name).or(() -> Assignments.reachingValue(name));
    Optional<String> found = value.flatMap(v -> of(v, names));
    return found.isPresent() ? found : Declarations.find(name)
        .map(Declarations.Declared::type).flatMap(ObjectClasses::className);
  }

  /**
   * The class a builder chain ending in {@code build()} makes: the class enclosing the builder
   * its chain starts with ({@code new Outer.Builder()}), or whose static {@code builder()} starts
   * it ({@code Outer.builder()}).
   */
  private static Optional<String> built(MethodCallExpr call) {
    if (!call.getNameAsString().equals(BUILD) || !call.getArguments().isEmpty()) {
      return Optional.empty();
    }
    Expression root = call;
    MethodCallExpr first = call;
    while (root.isMethodCallExpr() && root.asMethodCallExpr().getScope().isPresent()) {
      first = root.asMethodCallExpr();
      root = Expressions.unwrap(first.getScope().get());
    }
    if (root.isNameExpr() && first.getNameAsString().equals(STATIC_BUILDER)
        && Character.isUpperCase(root.asNameExpr().getNameAsString().charAt(0))) {
      return Optional.of(root.asNameExpr().getNameAsString());
    }
    if (root.isObjectCreationExpr()) {
      ObjectCreationExpr builder = root.asObjectCreationExpr();
      return builder.getType().getNameAsString().equals(BUILDER)
          ? builder.getType().getScope().map(ClassOrInterfaceType::getNameAsString)
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** The simple name of a declared class type, without its type arguments; empty for others. */
  private static Optional<String> className(Type type) {
    return type.isClassOrInterfaceType() && !Declarations.isInferred(type)
        ? Optional.of(type.asClassOrInterfaceType().getNameAsString()) : Optional.empty();
  }
}
