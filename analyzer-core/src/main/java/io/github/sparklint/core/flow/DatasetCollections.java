package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Datasets and RDDs kept in a {@code Map}, {@code List} or array where Java makes it plain what
 * is in it: a local collection whose every use in its method is a store ({@code put}, {@code
 * add}), a read ({@code get}), an inspection ({@code size}), an argument of a call or the value
 * its method returns, holds what was stored, and what the project method whose result it starts
 * as returns ({@code Map<String, JavaRDD<String>> ret = runner.go()}; {@link
 * ReturnedCollections}); an array of Datasets holds what its one value (a {@code randomSplit})
 * holds unless an element is assigned. A read under a constant key ({@code frames.get("orders")})
 * leaves out the values stored under other constant keys. A collection that escapes otherwise
 * (assigned, captured by a method reference, given to {@code putAll}) holds rows of unknown origin.
 */
final class DatasetCollections {
  private static final Set<String> READS =
      Set.of("get", "getOrDefault", "getFirst", "getLast", "peek", "element");
  private static final Set<String> STORES =
      Set.of("put", "putIfAbsent", "add", "addFirst", "addLast", "push", "offer", "set");
  private static final Set<String> INSPECTIONS =
      Set.of("size", "isEmpty", "containsKey", "contains", "keySet");

  private DatasetCollections() {}

  /**
   * The Spark kind of the elements {@code declared} holds: {@code Map<String, Dataset<Row>>}, an
   * array, a varargs parameter {@code Dataset<Row>... parts}.
   */
  static Optional<SparkKind> elementKind(Declarations.Declared declared, SparkTypes types) {
    Type type = declared.type();
    if (declared.node() instanceof Parameter parameter && parameter.isVarArgs()) {
      return types.kindOfType(type).filter(SparkKind::isDistributed);
    }
    if (type.isArrayType()) {
      return types.kindOfType(type.asArrayType().getComponentType())
          .filter(SparkKind::isDistributed);
    }
    if (!DriverCollections.isCollection(declared) || !type.isClassOrInterfaceType()) {
      return Optional.empty();
    }
    return elementKind(type.asClassOrInterfaceType(), types);
  }

  /**
   * The Spark kind of the elements of the collection type {@code type} ({@code Map<String,
   * Dataset<Row>>}: its last type argument), when they are Datasets or RDDs.
   */
  static Optional<SparkKind> elementKind(ClassOrInterfaceType type, SparkTypes types) {
    return type.getTypeArguments().filter(arguments -> !arguments.isEmpty())
        .flatMap(arguments -> types.kindOfType(arguments.getLast().get()))
        .filter(SparkKind::isDistributed);
  }

  /** The collection {@code call} reads an element of ({@code frames.get("orders")}), if any. */
  static Optional<NameExpr> elementRead(MethodCallExpr call) {
    return call.getScope().filter(scope -> READS.contains(call.getNameAsString()))
        .filter(Expression::isNameExpr).map(Expression::asNameExpr);
  }

  /**
   * The values stored in the local collection {@code local}, when every use of it in its method
   * is known (see the class comment) and it starts empty or as a method's result (that call is
   * then the first value); empty when it may hold anything else.
   */
  static Optional<List<Expression>> storedValues(Declarations.Declared local) {
    return storedValues(local, Optional.empty());
  }

  /**
   * Like {@link #storedValues(Declarations.Declared)}, but for a read under the constant {@code
   * key} ({@code frames.get("orders")}): a value stored under another constant key is left out.
   */
  static Optional<List<Expression>> storedValues(Declarations.Declared local,
      Optional<String> key) {
    Optional<Node> method = local.node().findAncestor(Node.class,
        n -> n instanceof CallableDeclaration<?>);
    if (!local.isLocal() || method.isEmpty() || !startsEmpty(local) && !startsReturned(local)) {
      return Optional.empty();
    }
    List<Expression> values = new ArrayList<>();
    if (startsReturned(local)) {
      values.add(local.initializer().get());
    }
    for (NameExpr use : method.get().findAll(NameExpr.class,
        n -> n.getNameAsString().equals(local.name()))) {
      if (Declarations.find(use).map(d -> d.node() != local.node()).orElse(true)) {
        continue;
      }
      Node parent = use.getParentNode().orElse(null);
      if (parent instanceof ReturnStmt && method.get() instanceof MethodDeclaration own
          && Summarizer.ownedBy(parent, own)) {
        continue; // handed to the caller, which reads it as this method's returned collection
      }
      if (!(parent instanceof MethodCallExpr call)) {
        return Optional.empty();
      }
      boolean receiver = call.getScope().filter(scope -> scope == use).isPresent();
      if (receiver && STORES.contains(call.getNameAsString()) && !call.getArguments().isEmpty()) {
        if (!storedUnderOtherKey(call, key)) {
          values.add(call.getArguments().getLast().get());
        }
      } else if (receiver && !READS.contains(call.getNameAsString())
          && !INSPECTIONS.contains(call.getNameAsString())) {
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  /**
   * The project call whose returned collection {@code call} reads an element of ({@code
   * runner.go().get("signals")}), if any.
   */
  static Optional<MethodCallExpr> returnedElementRead(MethodCallExpr call) {
    return call.getScope().filter(scope -> READS.contains(call.getNameAsString()))
        .filter(Expression::isMethodCallExpr).map(Expression::asMethodCallExpr);
  }

  /**
   * True when {@code use} of a collection may change what it holds: a call on it other than a
   * read or an inspection, an assignment to it, or a call it is given to.
   */
  static boolean mayChange(NameExpr use) {
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof AssignExpr assign) {
      return assign.getTarget() == use;
    }
    if (!(parent instanceof MethodCallExpr call)) {
      return false;
    }
    return call.getScope().filter(scope -> scope == use).isEmpty()
        || !READS.contains(call.getNameAsString()) && !INSPECTIONS.contains(call.getNameAsString());
  }

  /** True when no element of the array {@code access} reads is assigned in its method. */
  static boolean elementsUnassigned(ArrayAccessExpr access) {
    Optional<Node> method = access.findAncestor(Node.class,
        n -> n instanceof CallableDeclaration<?>);
    return method.isPresent() && method.get().findAll(AssignExpr.class).stream()
        .noneMatch(assign -> assign.getTarget().isArrayAccessExpr()
            && assign.getTarget().asArrayAccessExpr().getName().equals(access.getName()));
  }

  /**
   * True when {@code local} starts as the result of a method call ({@code ret = runner.go()});
   * what that call returns is followed by its summary.
   */
  private static boolean startsReturned(Declarations.Declared local) {
    return local.initializer().filter(Expression::isMethodCallExpr).isPresent();
  }

  /** The constant key an element read ({@code frames.get("orders")}) names, if any. */
  static Optional<String> constantKey(MethodCallExpr read) {
    return read.getArguments().size() == 1 ? Constants.stringValue(read.getArgument(0))
        : Optional.empty();
  }

  /** True when {@code store} puts its value under a constant key other than {@code key}. */
  private static boolean storedUnderOtherKey(MethodCallExpr store, Optional<String> key) {
    if (key.isEmpty() || store.getArguments().size() != 2) {
      return false;
    }
    Optional<String> stored = Constants.stringValue(store.getArgument(0));
    return stored.isPresent() && !stored.equals(key);
  }

  private static boolean startsEmpty(Declarations.Declared local) {
    return local.initializer().filter(DriverCollections::isNewEmpty).isPresent();
  }
}
