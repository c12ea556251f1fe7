package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sparklint.core.java.Declarations;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value a function returns holds at most one element: {@code
 * Collections.singletonList(x)} or its {@code iterator()}, {@code List.of(x)}, {@code
 * Arrays.asList(x)}, {@code Iterators.singletonIterator(x)}, an empty iterator, the entries, keys
 * or values of a one-entry map ({@code Collections.singletonMap(k, v).entrySet()}), a local never
 * reassigned that holds one of those ({@code List<R> out = Arrays.asList(result); return
 * out.iterator();}), or a new local collection given one element outside any loop ({@code
 * list.add(new Tuple2<>(min, max)); return list.iterator();}). A per-partition count or sum has one row per partition; {@link
 * FunctionBodies} asks this of every value a function returns.
 */
public final class SingletonResults {
  private SingletonResults() {}

  /** One-element (or empty) collections. */
  private static final Set<String> SINGLETON_COLLECTIONS =
      Set.of("singletonList", "singleton", "of", "asList", "emptyList", "emptySet");

  /** Of those, the ones that spread a single array argument into its elements. */
  private static final Set<String> SPREADING = Set.of("of", "asList");

  /** One-entry (or empty) maps: {@code Collections.singletonMap(k, v)}, {@code Map.of(k, v)}. */
  private static final Set<String> SINGLETON_MAPS = Set.of("singletonMap", "of", "emptyMap");

  /** A map's views, as many elements as it has entries. */
  private static final Set<String> MAP_VIEWS = Set.of("entrySet", "keySet", "values");

  /** Factories of one-element (or empty) iterators. */
  private static final Set<String> SINGLETON_ITERATORS =
      Set.of("singletonIterator", "emptyIterator");

  /** True when {@code e} is a collection or iterator of at most one element. */
  public static boolean isSingleton(Expression e) {
    if (!e.isMethodCallExpr()) {
      return e.isNameExpr() && (isSingleAddLocal(e.asNameExpr())
          || Declarations.singleValue(e.asNameExpr()).filter(SingletonResults::isSingleton)
              .isPresent());
    }
    MethodCallExpr call = e.asMethodCallExpr();
    if (SINGLETON_ITERATORS.contains(call.getNameAsString())) {
      return call.getArguments().size() <= 1;
    }
    if (call.getNameAsString().equals("iterator") && call.getScope().isPresent()) {
      return isSingleton(call.getScope().get());
    }
    if (MAP_VIEWS.contains(call.getNameAsString()) && call.getArguments().isEmpty()
        && call.getScope().isPresent()) {
      return isSingletonMap(call.getScope().get());
    }
    return SINGLETON_COLLECTIONS.contains(call.getNameAsString()) && call.getScope().isPresent()
        && (call.getArguments().isEmpty()
            || call.getArguments().size() == 1 && !(SPREADING.contains(call.getNameAsString())
                && mayBeArray(call.getArgument(0))));
  }

  /**
   * True when {@code e} is a map of at most one entry: {@code Collections.singletonMap(k, v)},
   * {@code Map.of(k, v)} / {@code ImmutableMap.of(k, v)}, an empty map, or a local never
   * reassigned that holds one.
   */
  private static boolean isSingletonMap(Expression e) {
    if (e.isNameExpr()) {
      return Declarations.singleValue(e.asNameExpr()).filter(SingletonResults::isSingletonMap)
          .isPresent();
    }
    if (!e.isMethodCallExpr() || e.asMethodCallExpr().getScope().isEmpty()) {
      return false;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    String name = call.getNameAsString();
    int arity = call.getArguments().size();
    return SINGLETON_MAPS.contains(name) && arity <= 2 && (!name.equals("of")
        || call.getScope().get().toString().endsWith("Map"));
  }

  /**
   * True when {@code e} may be an array, which {@code Arrays.asList} and {@code List.of} spread
   * into many elements: an array creation, {@code split} or {@code toArray}, or a name declared
   * with an array type.
   */
  private static boolean mayBeArray(Expression e) {
    if (e.isArrayCreationExpr() || e.isArrayInitializerExpr()) {
      return true;
    }
    if (e.isMethodCallExpr()) {
      String method = e.asMethodCallExpr().getNameAsString();
      return method.equals("split") || method.equals("toArray");
    }
    return e.isNameExpr() && Declarations.find(e.asNameExpr())
        .map(d -> d.type().isArrayType() || Declarations.isInferred(d.type())).orElse(true);
  }

  /**
   * True when {@code name} is a local made as a new empty collection and given at most one element:
   * every {@code add} to it stands outside any loop, and at most one is reached (none in two
   * branches of an {@code if} counts twice: they are simply counted).
   */
  private static boolean isSingleAddLocal(NameExpr name) {
    Optional<Declarations.Declared> declared = Declarations.find(name);
    if (declared.isEmpty() || !declared.get().isLocal()) {
      return false;
    }
    Optional<Expression> value = Declarations.singleValue(name);
    if (value.isEmpty() || !value.get().isObjectCreationExpr()
        || !value.get().asObjectCreationExpr().getArguments().isEmpty()
        || !DriverCollections.isCollection(declared.get())) {
      return false;
    }
    return addsTo(name) <= 1;
  }

  /**
   * True when {@code name} is a local collection that starts empty ({@code new ArrayList<>()}) and
   * is never given an element in its function, whatever other values are assigned to it.
   */
  static boolean isEmptyStart(Expression value, NameExpr name) {
    return DriverCollections.isNewEmpty(value)
        && Declarations.find(name).filter(DriverCollections::isCollection).isPresent()
        && addsTo(name) == 0;
  }

  /**
   * How many elements the block declaring the local {@code name} gives it: the growing calls on
   * it, each outside any loop within the block; {@link Integer#MAX_VALUE} when one is in a loop or
   * adds a whole collection, or when the local is handed to other code that may fill it (an
   * argument, {@code list::add}). Another local of the same name declared earlier in a nested block
   * ({@code if (none) { List<T> out = ..; out.add(x); return out.iterator(); }}) is another
   * collection: a use counts when its name is this declaration.
   */
  private static int addsTo(NameExpr name) {
    Optional<Declarations.Declared> declared = Declarations.find(name);
    Optional<Node> scope = declared.flatMap(d -> d.node().findAncestor(Node.class,
        n -> n instanceof BlockStmt || n instanceof CallableDeclaration
            || n instanceof LambdaExpr));
    if (scope.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    Node declarator = declared.get().node();
    String local = name.getNameAsString();
    int adds = 0;
    // one walk for the method references and the calls: every early answer is the same
    for (Iterator<Node> nodes = scope.get().stream().iterator(); nodes.hasNext(); ) {
      Node node = nodes.next();
      if (node instanceof MethodReferenceExpr reference && names(reference.getScope(), local)
          && declares(declarator, reference.getScope(), local)) {
        return Integer.MAX_VALUE; // list::add handed to code that may call it for every row
      }
      if (!(node instanceof MethodCallExpr call)) {
        continue;
      }
      boolean onLocal = call.getScope().filter(s -> isUse(s, local, declarator)).isPresent();
      if (!onLocal) {
        if (call.getArguments().stream().anyMatch(a -> isUse(a, local, declarator))) {
          return Integer.MAX_VALUE; // handed to code that may fill it
        }
        continue;
      }
      // A growing call adds one element, or a whole collection (addAll, putAll).
      if (DriverCollections.isGrowingMethod(call.getNameAsString())) {
        if (call.getNameAsString().endsWith("All") || inLoop(call, scope.get())) {
          return Integer.MAX_VALUE;
        }
        adds++;
      }
    }
    return adds;
  }

  /** True when {@code e} is the name {@code local} and means the local {@code declarator}. */
  private static boolean isUse(Expression e, String local, Node declarator) {
    return e.isNameExpr() && e.asNameExpr().getNameAsString().equals(local)
        && declares(declarator, e, local);
  }

  /**
   * True when {@code use}, code that reads {@code local} (its callers checked that it does), means
   * {@code declarator}: the name is passed, not printed from the node, as printing is costly.
   */
  private static boolean declares(Node declarator, Expression use, String local) {
    return Declarations.find(use, local).filter(d -> d.node() == declarator).isPresent();
  }

  /**
   * True when {@code scope}'s code is {@code local}: only a simple name prints as one, so the
   * printer is asked only when the name matches.
   */
  private static boolean names(Expression scope, String local) {
    String simple = scope instanceof NameExpr n ? n.getNameAsString()
        : scope instanceof TypeExpr t && t.getType() instanceof ClassOrInterfaceType c
            ? c.getNameAsString() : null;
    return local.equals(simple) && scope.toString().equals(local);
  }

  private static boolean inLoop(Node node, Node within) {
    return node.findAncestor(Node.class, n -> n == within || n instanceof ForStmt
        || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt
        || n instanceof LambdaExpr).filter(n -> n != within).isPresent();
  }
}
