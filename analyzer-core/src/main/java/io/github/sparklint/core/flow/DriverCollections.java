package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.QualifiedNames;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.spark.SparkApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises driver-side collections that grow: {@code list.add(x)} and friends on a JDK/Guava
 * collection (or a StringBuilder) that outlives the loop or lambda doing the adding and is never
 * cleared there.
 */
public final class DriverCollections {
  private static final Set<String> COLLECTION_TYPES =
      Set.of("List", "ArrayList", "LinkedList", "Collection", "Set", "HashSet", "LinkedHashSet",
          "TreeSet", "SortedSet", "NavigableSet", "Map", "HashMap", "LinkedHashMap", "TreeMap",
          "SortedMap", "NavigableMap", "ConcurrentHashMap", "ConcurrentMap", "Deque",
          "ArrayDeque", "Queue", "PriorityQueue", "Vector", "Stack", "CopyOnWriteArrayList",
          "ConcurrentLinkedQueue", "ConcurrentLinkedDeque", "Multimap", "ListMultimap",
          "SetMultimap", "ArrayListMultimap", "HashMultimap", "Multiset", "HashMultiset",
          "ImmutableList.Builder", "ImmutableSet.Builder", "ImmutableMap.Builder",
          "StringBuilder", "StringBuffer", "ImmutableList", "ImmutableSet", "ImmutableMap",
          "ImmutableSortedSet", "ImmutableSortedMap", "ImmutableMultimap", "BitSet");

  private static final Set<String> GROWING_METHODS =
      Set.of("add", "addAll", "put", "putAll", "putIfAbsent", "offer", "offerLast", "offerFirst",
          "push", "addLast", "addFirst", "append", "computeIfAbsent", "merge");

  private static final Set<String> SHRINKING_METHODS =
      Set.of("clear", "remove", "removeAll", "retainAll", "poll", "pollFirst", "pollLast", "pop",
          "removeIf", "setLength", "drainTo");

  /** Methods that change a collection in place besides growing and shrinking it. */
  private static final Set<String> REWRITING_METHODS =
      Set.of("set", "replace", "replaceAll", "compute", "computeIfPresent", "sort", "insert",
          "setCharAt", "delete", "deleteCharAt", "reverse");

  private DriverCollections() {}

  /**
   * True when {@code declared} holds a collection, map, array or string builder: by its declared
   * type, or for {@code var} by the type its initializer creates.
   */
  public static boolean isCollection(Declarations.Declared declared) {
    return declared.type().isArrayType()
        || isCollectionType(declared.type(), declared.initializer())
        || declared.type().isVarType() && declared.initializer()
            .filter(i -> i.isArrayCreationExpr() || i.isArrayInitializerExpr()).isPresent();
  }

  /**
   * True for {@code new X<>()}: an object made in place with no arguments and no anonymous body,
   * so a collection that starts empty.
   */
  public static boolean isNewEmpty(Expression value) {
    return value.isObjectCreationExpr() && value.asObjectCreationExpr().getArguments().isEmpty()
        && value.asObjectCreationExpr().getAnonymousClassBody().isEmpty();
  }

  /** True for methods that change a collection or string builder in place (add, put, clear, ...). */
  public static boolean isMutatingMethod(String method) {
    return GROWING_METHODS.contains(method) || SHRINKING_METHODS.contains(method)
        || REWRITING_METHODS.contains(method);
  }

  /** True for methods that add elements to a collection (add, addAll, put, putAll, ...). */
  public static boolean isGrowingMethod(String method) {
    return GROWING_METHODS.contains(method);
  }

  /**
   * True when {@code fn} (a method reference or lambda) adds its argument to a collection declared
   * outside it, e.g. {@code rows::add} or {@code r -> names.add(r.getString(0))}.
   */
  public static boolean addsToOuterCollection(Expression fn) {
    if (fn instanceof MethodReferenceExpr ref) {
      return GROWING_METHODS.contains(ref.getIdentifier())
          && collectionTarget(ref.getScope(), ref).isPresent();
    }
    if (fn instanceof LambdaExpr lambda) {
      return lambda.getBody().findAll(MethodCallExpr.class).stream()
          .anyMatch(m -> GROWING_METHODS.contains(m.getNameAsString())
              && m.getScope().flatMap(s -> collectionTarget(s, lambda)).isPresent()
              && !shrinksWithin(lambda, m.getScope().get().toString()));
    }
    return false;
  }

  /**
   * The name of a collection declared outside {@code loop} that its body grows with each element
   * taken from {@code iterator} (via {@code iterator.next()} or a variable declared in the loop),
   * unless the loop also clears or replaces it (a batch being flushed).
   */
  public static Optional<String> accumulationIn(Node loop, String iterator) {
    for (MethodCallExpr m : loop.findAll(MethodCallExpr.class)) {
      if (!GROWING_METHODS.contains(m.getNameAsString()) || m.getScope().isEmpty()) {
        continue;
      }
      Optional<String> target = collectionTarget(m.getScope().get(), loop);
      if (target.isEmpty() || shrinksWithin(loop, target.get())) {
        continue;
      }
      if (m.getArguments().stream().anyMatch(a -> carriesElement(a, loop, iterator))) {
        return target;
      }
    }
    return Optional.empty();
  }

  /**
   * The name of an array declared outside {@code loop} that its body fills with one value per
   * element taken from {@code iterator} ({@code pValues[i++] = row.getDouble(0)}), or with one
   * row of values per element ({@code table[r][c] = row.getInt(c)}, {@code r++} once per
   * element): the array was created as large as the rows it receives ({@code new
   * double[(int) ds.count()]}), so it holds a value of every row, as a list would. Only an array
   * created where it is declared, with a first length that is not a constant of at most {@code
   * smallLength}, and a first index that moves on with each element ({@code i++}, or a counter
   * the loop increments) count.
   */
  public static Optional<String> arrayFillIn(Node loop, String iterator, long smallLength) {
    return arraysFilledIn(loop, iterator, smallLength).stream().findFirst();
  }

  /**
   * The names of every array {@code loop} fills per element ({@link #arrayFillIn}), in the order
   * of their first fill; {@code iterator} names the element taken: an iterator drained with
   * {@code next()}, or a variable the loop declares (a for-each loop's element).
   */
  public static List<String> arraysFilledIn(Node loop, String iterator, long smallLength) {
    List<String> filled = new ArrayList<>();
    for (AssignExpr assign : loop.findAll(AssignExpr.class)) {
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN
          || !(assign.getTarget() instanceof ArrayAccessExpr target)) {
        continue;
      }
      ArrayAccessExpr access = firstIndex(target);
      if (!access.getName().isNameExpr() || !advancesPerElement(access.getIndex(), loop)) {
        continue;
      }
      Optional<Declarations.Declared> declared = Declarations.find(access.getName().asNameExpr())
          .filter(d -> !SourceLocations.isInside(d.node(), loop))
          .filter(d -> d.initializer().filter(i -> isSizedAtRunTime(i, smallLength)).isPresent());
      if (declared.isPresent() && !filled.contains(declared.get().name())
          && carriesElement(assign.getValue(), loop, iterator)) {
        filled.add(declared.get().name());
      }
    }
    return filled;
  }

  /** The access of the first index of {@code access}: {@code t[r]} for {@code t[r][c]}. */
  private static ArrayAccessExpr firstIndex(ArrayAccessExpr access) {
    ArrayAccessExpr current = access;
    while (current.getName() instanceof ArrayAccessExpr outer) {
      current = outer;
    }
    return current;
  }

  private static boolean isSizedAtRunTime(Expression initializer, long smallLength) {
    if (!(initializer instanceof ArrayCreationExpr creation) || creation.getLevels().isEmpty()) {
      return false;
    }
    Optional<Expression> length = creation.getLevels().get(0).getDimension();
    return length.isPresent()
        && Constants.longValue(length.get()).filter(n -> n <= smallLength).isEmpty();
  }

  private static boolean advancesPerElement(Expression index, Node loop) {
    if (index instanceof UnaryExpr step && isIncrement(step)) {
      return step.getExpression().isNameExpr();
    }
    if (!index.isNameExpr()) {
      return false;
    }
    String counter = index.asNameExpr().getNameAsString();
    return loop.findFirst(UnaryExpr.class, u -> isIncrement(u)
        && u.getExpression().isNameExpr()
        && u.getExpression().asNameExpr().getNameAsString().equals(counter)
        && !stepsInnerLoop(u, loop)).isPresent();
  }

  /**
   * True when {@code step} is the update of a {@code for} loop nested in {@code loop}: it counts
   * that loop's turns for each element ({@code for (int l = 0; l < labels; l++)}), not elements.
   */
  private static boolean stepsInnerLoop(UnaryExpr step, Node loop) {
    return step.getParentNode().orElse(null) instanceof ForStmt inner && inner != loop
        && inner.getUpdate().contains(step);
  }

  private static boolean isIncrement(UnaryExpr step) {
    return step.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT
        || step.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT;
  }

  private static boolean carriesElement(Expression arg, Node loop, String iterator) {
    boolean nextCall = arg.findFirst(MethodCallExpr.class,
        c -> c.getNameAsString().equals("next")
            && c.getScope().flatMap(QualifiedNames::of).filter(iterator::equals).isPresent())
        .isPresent();
    if (nextCall) {
      return true;
    }
    return arg.findAll(NameExpr.class).stream()
        .map(Declarations::find)
        .flatMap(Optional::stream)
        .anyMatch(d -> d.isLocal() && SourceLocations.isInside(d.node(), loop));
  }

  /** The target's name when {@code scope} names a collection declared outside {@code boundary}. */
  private static Optional<String> collectionTarget(Expression scope, Node boundary) {
    Optional<Declarations.Declared> declared = Declarations.ofReceiver(scope);
    return declared
        .filter(d -> !SourceLocations.isInside(d.node(), boundary))
        .filter(d -> isCollectionType(d.type(), d.initializer()))
        .map(Declarations.Declared::name);
  }

  /**
   * True when {@code type} names a JDK/Guava collection, map or string builder, i.e. a value that
   * grows with every element added ({@code List<String>}, {@code java.util.HashMap<K, V>}, ...).
   */
  public static boolean isGrowingType(Type type) {
    return isCollectionType(type, Optional.empty());
  }

  private static boolean isCollectionType(Type type, Optional<Expression> initializer) {
    if (type.isVarType()) {
      return initializer.map(DriverCollections::initializesCollection).orElse(false);
    }
    if (!(type instanceof ClassOrInterfaceType cit)) {
      return false;
    }
    String withScope = cit.getNameWithScope();
    return COLLECTION_TYPES.contains(cit.getNameAsString()) && !cit.getNameAsString().equals("Builder")
        || COLLECTION_TYPES.contains(lastTwo(withScope));
  }

  /**
   * True for a {@code var} initializer that yields a collection: {@code new ArrayList<>()} and the
   * like, or a Spark action returning the rows as a driver-side list, map or array ({@code
   * collectAsList()}, {@code collectAsMap()}, {@code takeAsList(n)}, ...).
   */
  private static boolean initializesCollection(Expression init) {
    if (init.isObjectCreationExpr()) {
      return isCollectionType(init.asObjectCreationExpr().getType(), Optional.empty());
    }
    if (!init.isMethodCallExpr()) {
      return false;
    }
    return SparkApi.returnsDriverCollection(init.asMethodCallExpr().getNameAsString());
  }

  private static String lastTwo(String qualified) {
    String[] parts = qualified.split("\\.");
    return parts.length < 2 ? qualified : parts[parts.length - 2] + "." + parts[parts.length - 1];
  }

  private static boolean shrinksWithin(Node region, String target) {
    boolean shrinkCall = region.findFirst(MethodCallExpr.class,
        m -> SHRINKING_METHODS.contains(m.getNameAsString())
            && m.getScope().filter(s -> sameTarget(s, target)).isPresent()).isPresent();
    boolean reassigned = region.findFirst(AssignExpr.class,
        a -> sameTarget(a.getTarget(), target)).isPresent();
    boolean handedOff = region.findFirst(MethodCallExpr.class,
        m -> m.getArguments().stream().anyMatch(a -> sameTarget(a, target))
            && !GROWING_METHODS.contains(m.getNameAsString())).isPresent();
    return shrinkCall || reassigned || handedOff && isFlushLike(region, target);
  }

  private static boolean isFlushLike(Node region, String target) {
    return region.findFirst(MethodCallExpr.class,
        m -> m.getNameAsString().equals("size")
            && m.getScope().filter(s -> sameTarget(s, target)).isPresent()).isPresent();
  }

  private static boolean sameTarget(Expression e, String target) {
    if (e.isNameExpr()) {
      return e.asNameExpr().getNameAsString().equals(target);
    }
    return e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()
        && e.asFieldAccessExpr().getNameAsString().equals(target);
  }

}
