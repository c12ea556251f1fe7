package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkColumns;
import io.github.sparklint.core.spark.SparkState;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Rows narrowed to the keys a driver-side collection holds: a filter function that tests the row
 * for membership in a collection it captures ({@code t -> ids.contains(t._1)}, {@code
 * ids::contains}, a broadcast set's {@code value().contains(..)}, as one of the parts joined by
 * {@code &&}), or a Column condition {@code col("id").isin(..)} / {@code isInCollection(..)} (the
 * {@code membership} column facts) of such a collection. The rows are as many as
 * share those keys: at most the collection's size when the key is unique, a key lookup of
 * several keys otherwise ({@link Flow.Op#MEMBERS}). A negated test ({@code !ids.contains(..)}),
 * an {@code ||}, a test of a value the row holds ({@code t.name().contains("x")}), a collection
 * the code shows to be large ({@link CollectionSizes}: filled from a collect of a whole table, a
 * file, a long loop) or one the method is given (a parameter: its callers decide what it holds)
 * narrows nothing.
 */
final class MemberLookups {
  /** The methods of a Java collection or map that test whether it holds a value or a key. */
  private static final Set<String> MEMBERSHIP_TESTS = Set.of("contains", "containsKey");
  /** The methods that hand a collection to {@code isin} as an array or a Scala sequence. */
  private static final Set<String> CONVERSIONS =
      Set.of("toArray", "asScalaBuffer", "asScala", "toSeq", "asScalaIterable", "asList");

  private final SparkTypes types;
  private final CollectionSizes sizes;
  /** The collections whose size is being judged: one filled from its own lookup is large. */
  private final Set<Node> judging = new HashSet<>();

  MemberLookups(SparkTypes types, RowBounds bounds) {
    this.types = types;
    this.sizes = new CollectionSizes(bounds, types, SparkApi.SMALL_ROW_COUNT);
  }

  /**
   * The collection the filter function {@code function} narrows its rows to the members of; empty
   * when no part of its test is such a membership test.
   */
  Optional<String> ofFunction(Expression function) {
    Expression e = Expressions.unwrap(function);
    if (e instanceof MethodReferenceExpr reference) {
      return MEMBERSHIP_TESTS.contains(reference.getIdentifier())
          ? held(Declarations.ofReceiver(reference.getScope())) : Optional.empty();
    }
    Optional<FilterFunctions> filter = FilterFunctions.of(e);
    if (filter.isEmpty()) {
      return Optional.empty();
    }
    for (Expression part : filter.get().conjuncts()) {
      if (part instanceof MethodCallExpr test && MEMBERSHIP_TESTS.contains(test.getNameAsString())
          && test.getArguments().size() == 1 && test.getScope().isPresent()
          && filter.get().readsRow(test.getArgument(0))
          && !filter.get().readsRow(test.getScope().get())) {
        Optional<String> held = heldCollection(test.getScope().get());
        if (held.isPresent()) {
          return held;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The collection a Column membership condition {@code test}, {@code X.isin(ids.toArray())} or
   * {@code X.isInCollection(ids)}, tests its column against; empty for any other test (constants
   * listed in place) or a collection the code shows to be large.
   */
  Optional<String> ofColumn(MethodCallExpr test) {
    if (!SparkColumns.isMembership(test.getNameAsString()) || test.getArguments().isEmpty()) {
      return Optional.empty();
    }
    if (test.getArguments().size() != 1) {
      return Optional.empty();
    }
    Expression held = Expressions.unwrap(test.getArgument(0));
    while (held instanceof MethodCallExpr call && CONVERSIONS.contains(call.getNameAsString())) {
      Optional<Expression> inner = call.getArguments().size() == 1 && !call.getNameAsString()
          .equals("toArray") ? Optional.of(call.getArgument(0)) : call.getScope();
      if (inner.isEmpty()) {
        return Optional.empty();
      }
      held = Expressions.unwrap(inner.get());
    }
    return heldCollection(held);
  }

  /**
   * The name of the driver-side collection {@code held} is ({@code ids}, a broadcast {@code
   * keys.value()}), unless the code shows it to be large; empty for anything else (a string, a
   * value of the row).
   */
  private Optional<String> heldCollection(Expression held) {
    Expression e = Expressions.unwrap(held);
    Optional<Expression> broadcast = LookedUpValues.broadcastOf(e, types);
    if (broadcast.isPresent() && broadcast.get().isNameExpr()) {
      Optional<Expression> shipped = Declarations.singleValue(broadcast.get().asNameExpr())
          .filter(MethodCallExpr.class::isInstance).map(MethodCallExpr.class::cast)
          .filter(call -> call.getArguments().size() == 1 && types.receiverKind(call)
              .filter(k -> SparkState.isBroadcastVariable(k, call.getNameAsString())).isPresent())
          .map(call -> call.getArgument(0));
      boolean passedIn = shipped.filter(Expression::isNameExpr)
          .flatMap(value -> Declarations.find(value.asNameExpr()))
          .filter(MemberLookups::isPassedIn).isPresent();
      return shipped.isEmpty() || passedIn || isLarge(shipped.get()) ? Optional.empty()
          : Optional.of(broadcast.get().toString());
    }
    return e.isNameExpr() ? held(Declarations.find(e.asNameExpr())) : Optional.empty();
  }

  /**
   * The name of {@code declared} when it is a driver collection the code fills in sight and does
   * not show large.
   */
  private Optional<String> held(Optional<Declarations.Declared> declared) {
    return declared.filter(DriverCollections::isCollection).filter(d -> !isPassedIn(d))
        .filter(d -> !isLarge(d)).map(Declarations.Declared::name);
  }

  /**
   * True for a parameter of a method: it holds whatever its callers pass, which the code at the
   * filter does not show (on the labeled samples, the page indexes a range query touched).
   */
  private static boolean isPassedIn(Declarations.Declared declared) {
    return declared.kind() == Declarations.Kind.PARAMETER;
  }

  private boolean isLarge(Declarations.Declared declared) {
    if (!judging.add(declared.node())) {
      return true;
    }
    try {
      return sizes.of(declared).isLarge();
    } finally {
      judging.remove(declared.node());
    }
  }

  private boolean isLarge(Expression value) {
    if (!judging.add(value)) {
      return true;
    }
    try {
      return sizes.ofValue(value).isLarge();
    } finally {
      judging.remove(value);
    }
  }
}
