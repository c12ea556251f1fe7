package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The functions a method's parameter holds when the method gives it to Spark ({@code
 * generate(JavaRDD<T> rdd, Function2<..> storage) { rdd.mapPartitionsWithIndex(storage, true) }}):
 * what every call of the method in the analyzed sources passes there. Each file records the
 * functions its calls pass ({@link FunctionArguments}, in its summary); the project index joins
 * them by callee. The answer is the functions all calls pass (a caller's own parameter passed on
 * holds what its callers pass), and none at all (out of sight) when a call passes something else,
 * or no call is in sight: a caller outside the sources, or one that passes an unknown function,
 * keeps every finding.
 */
public final class FunctionParameters {
  /** The simple names of the Spark classes sparklint knows, all of them data, not functions. */
  private static final Set<String> SPARK_CLASSES = SparkClasses.knownClasses().stream()
      .map(name -> name.substring(name.lastIndexOf('.') + 1)).collect(Collectors.toSet());

  private FunctionParameters() {}

  /**
   * The functions the {@code calls} of one file pass to project methods ({@code reaches} tells
   * which calls may reach one): for each call site where some call passes a function in sight,
   * every call of that site in the file.
   */
  public static List<FunctionArguments> of(List<MethodCallExpr> calls,
      Predicate<MethodCallExpr> reaches) {
    return CallRecords.ofFile(calls, reaches, (call, site) -> {
      List<FunctionArguments.Passed> passed = new ArrayList<>();
      for (int i = 0; i < call.getArguments().size(); i++) {
        int position = i;
        Expression argument = call.getArgument(i);
        if (mayBeFunction(argument)) {
          FunctionRefs.of(argument)
              .or(() -> question(argument).map(q -> List.of(FunctionRef.forwarded(q))))
              .ifPresent(f -> passed.add(new FunctionArguments.Passed(position, f)));
        }
      }
      return new FunctionArguments(site, passed);
    }, record -> !record.passed().isEmpty());
  }

  /**
   * A cheap test before {@link FunctionRefs#of}: literals and calls hold none, nor does a variable
   * declared with a type whose values are never functions.
   */
  private static boolean mayBeFunction(Expression argument) {
    Expression e = Expressions.unwrap(argument);
    if (e.isNameExpr()) {
      return Declarations.find(e.asNameExpr()).map(d -> !holdsNoFunction(d)).orElse(true);
    }
    return e.isLambdaExpr() || e.isMethodReferenceExpr() || e.isObjectCreationExpr()
        || e.isFieldAccessExpr();
  }

  /**
   * True for a variable declared as a primitive, an array, a String or boxed value, a collection
   * or a Spark data class (a Dataset, an RDD, a session): most names passed to project methods.
   */
  private static boolean holdsNoFunction(Declarations.Declared declared) {
    Type type = declared.type();
    if (type.isPrimitiveType() || type.isArrayType() || DriverCollections.isCollection(declared)) {
      return true;
    }
    return type instanceof ClassOrInterfaceType named
        && (named.getNameAsString().equals("String")
            || ReducingFunctions.BOXED.contains(named.getNameAsString())
            || SPARK_CLASSES.contains(named.getNameAsString()));
  }

  /**
   * The functions {@code function}, a parameter of its enclosing method, holds: what every call
   * of the method passes there. Empty for anything else, and when a call passes a function out
   * of sight or none is in sight.
   */
  static Optional<List<FunctionRef>> passed(ProjectView view, Expression function) {
    return question(function).flatMap(body -> passedTo(view, body));
  }

  /**
   * The question {@link #passedTo} asks about {@code function} when it names a parameter of its
   * enclosing method: {@code position Owner#name/arity}.
   */
  static Optional<String> question(Expression function) {
    Expression e = Expressions.unwrap(function);
    if (!e.isNameExpr()) {
      return Optional.empty();
    }
    Optional<Parameter> parameter = Declarations.find(e.asNameExpr())
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER)
        .map(Declarations.Declared::node)
        .filter(Parameter.class::isInstance).map(Parameter.class::cast)
        .filter(p -> !p.isVarArgs());
    Optional<MethodDeclaration> method = parameter.flatMap(Parameter::getParentNode)
        .filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast);
    Optional<TypeDeclaration> type =
        method.flatMap(m -> m.getParentNode()).filter(TypeDeclaration.class::isInstance)
            .map(TypeDeclaration.class::cast);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(method.get().getParameters().indexOf(parameter.get()) + " "
        + TypeKeys.declared(type.get()) + "#" + method.get().getNameAsString() + "/"
        + method.get().getParameters().size());
  }

  /**
   * Asks the index, and records, the question {@code body}: {@code position key}, the functions
   * every call of the method with that key passes at that position.
   */
  static Optional<List<FunctionRef>> passedTo(ProjectView view, String body) {
    int space = body.indexOf(' ');
    if (space < 0 || !body.substring(0, space).matches("\\d+")) {
      return Optional.empty();
    }
    Optional<List<FunctionRef>> found = view.index()
        .passedTo(body.substring(space + 1), Integer.parseInt(body.substring(0, space)));
    view.record(ProjectQuestion.PASSED, body, found::toString);
    return found;
  }
}
