package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.spark.SparkClosures;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds executor-side closures: lambdas, anonymous classes and method references passed to the
 * Spark methods whose functions are serialized into tasks ({@link SparkClosures#isExecutorFunction}),
 * directly or through a local variable holding the function. Lambdas given to anything else
 * (Streams, Optionals, executors, {@code foreachBatch}) are driver code and never closures here.
 * Also tells which outer variables and fields a closure captures.
 */
public final class ExecutorClosures {

  /**
   * A function Spark runs on executors.
   *
   * @param call the Spark call receiving it (e.g. {@code rdd.map(...)})
   * @param function the lambda, method reference or anonymous class
   */
  public record Closure(MethodCallExpr call, Expression function) {

    /** The Spark method the closure is passed to, e.g. {@code map}. */
    public String method() {
      return call.getNameAsString();
    }

    /** True when {@code node} lies inside the closure's own code. */
    public boolean contains(Node node) {
      return SourceLocations.isInside(node, function);
    }
  }

  /**
   * One use inside a closure of something declared outside it.
   *
   * @param use the name, {@code this.field} access or method reference using it
   * @param declared where it was declared (local, parameter, enclosing lambda parameter, field)
   */
  public record Capture(Expression use, Declarations.Declared declared) {

    /** The captured name. */
    public String name() {
      return declared.name();
    }

    /** True for a static field: not serialized with the closure, each JVM has its own. */
    public boolean isStaticField() {
      return declared.isField() && declared.node().getParentNode()
          .filter(FieldDeclaration.class::isInstance)
          .map(f -> ((FieldDeclaration) f).isStatic())
          .orElse(false);
    }
  }

  private static final DataKey<List<Closure>> CLOSURES = new DataKey<>() {};

  private final SparkTypes types;

  public ExecutorClosures(SparkTypes types) {
    this.types = types;
  }

  /**
   * Every executor-side closure of {@code cu}, in source order; worked out once per file and kept
   * on the compilation unit, since three rules ask for it.
   */
  public List<Closure> in(CompilationUnit cu) {
    if (cu.containsData(CLOSURES)) {
      return cu.getData(CLOSURES);
    }
    List<Closure> closures = List.copyOf(find(cu));
    cu.setData(CLOSURES, closures);
    return closures;
  }

  private List<Closure> find(CompilationUnit cu) {
    List<Closure> closures = new ArrayList<>();
    for (MethodCallExpr call : FileNodes.of(cu).calls()) {
      if (!SparkClosures.isExecutorFunctionName(call.getNameAsString()) || !isExecutorCall(call)) {
        continue;
      }
      for (Expression argument : call.getArguments()) {
        function(argument).ifPresent(fn -> closures.add(new Closure(call, fn)));
      }
    }
    return closures;
  }

  /** Every use inside {@code closure} of a variable, parameter or field declared outside it. */
  public static List<Capture> captures(Closure closure) {
    Expression fn = closure.function();
    List<Capture> captures = new ArrayList<>();
    if (fn instanceof MethodReferenceExpr ref) {
      Declarations.ofReceiver(ref.getScope()).ifPresent(d -> captures.add(new Capture(ref, d)));
      return captures;
    }
    for (NameExpr name : fn.findAll(NameExpr.class)) {
      if (declaredByInnerClass(name, fn)) {
        continue;
      }
      Declarations.find(name)
          .filter(d -> !closure.contains(d.node()))
          .ifPresent(d -> captures.add(new Capture(name, d)));
    }
    for (FieldAccessExpr access : fn.findAll(FieldAccessExpr.class)) {
      if (!access.getScope().isThisExpr() || thisMeansInnerClass(access, fn)) {
        continue;
      }
      Declarations.find(access, access.getNameAsString())
          .filter(Declarations.Declared::isField)
          .ifPresent(d -> captures.add(new Capture(access, d)));
    }
    captures.sort(Comparator.comparingInt((Capture c) -> SourceLocations.line(c.use()))
        .thenComparingInt(c -> SourceLocations.column(c.use())));
    return captures;
  }

  private boolean isExecutorCall(MethodCallExpr call) {
    Optional<SparkKind> owner = call.getScope().isPresent()
        ? types.receiverKind(call) : types.staticOwnerOf(call);
    return owner.filter(k -> SparkClosures.isExecutorFunction(k, call.getNameAsString())).isPresent();
  }

  /** The function an argument passes: itself, or the lambda a local function variable holds. */
  private static Optional<Expression> function(Expression passed) {
    Expression argument = Expressions.unwrap(passed);
    if (isFunctionLiteral(argument)) {
      return Optional.of(argument);
    }
    if (!argument.isNameExpr()) {
      return Optional.empty();
    }
    return Declarations.find(argument.asNameExpr())
        .filter(d -> d.isLocal() && Declarations.isEffectivelyFinal(d))
        .flatMap(Declarations.Declared::initializer)
        .filter(ExecutorClosures::isFunctionLiteral);
  }

  private static boolean isFunctionLiteral(Expression e) {
    return e instanceof LambdaExpr || e instanceof MethodReferenceExpr
        || e instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent();
  }

  /** True when {@code name} is a field of an anonymous class declared inside the closure. */
  private static boolean declaredByInnerClass(NameExpr name, Expression fn) {
    for (Node n = name; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
          && fieldNames(o.getAnonymousClassBody().get()).contains(name.getNameAsString())) {
        return true;
      }
      if (n == fn) {
        return false;
      }
    }
    return false;
  }

  /** Unqualified {@code this} inside an anonymous class means that class, not the outer one. */
  private static boolean thisMeansInnerClass(FieldAccessExpr access, Expression fn) {
    if (access.getScope().asThisExpr().getTypeName().isPresent()) {
      return false;
    }
    for (Node n = access; n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
        return true;
      }
      if (n == fn) {
        return false;
      }
    }
    return false;
  }

  private static Set<String> fieldNames(List<BodyDeclaration<?>> body) {
    return body.stream()
        .filter(FieldDeclaration.class::isInstance)
        .flatMap(f -> ((FieldDeclaration) f).getVariables().stream())
        .map(v -> v.getNameAsString())
        .collect(Collectors.toSet());
  }

}
