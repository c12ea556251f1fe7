package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.flow.ExecutorClosures;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * A function Spark runs on executors that changes driver-side state it captured: {@code
 * counter[0]++}, {@code list.add(x)}, {@code this.total += x}, {@code seen.incrementAndGet()}.
 * Each task works on its own deserialized copy, so the driver never sees the updates.
 */
public final class SparkClosureMutatesDriverState implements Rule {
  /** JDK counters whose methods change them (Spark's own accumulators are the fix, not listed). */
  private static final Set<String> ATOMIC_TYPES =
      Set.of("AtomicInteger", "AtomicLong", "AtomicBoolean", "AtomicReference",
          "AtomicIntegerArray", "AtomicLongArray", "AtomicReferenceArray", "LongAdder",
          "DoubleAdder");

  private static final Set<String> ATOMIC_UPDATES =
      Set.of("set", "lazySet", "setPlain", "setRelease", "incrementAndGet", "getAndIncrement",
          "decrementAndGet", "getAndDecrement", "addAndGet", "getAndAdd", "getAndSet",
          "compareAndSet", "weakCompareAndSet", "updateAndGet", "getAndUpdate",
          "accumulateAndGet", "getAndAccumulate", "add", "increment", "decrement", "reset");

  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "a function that runs on executors changes a driver-side variable, collection or "
          + "counter it captured; each task updates its own copy and the driver never sees it";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkClosureMutatesDriverState",
          SUMMARY,
          Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    // identity, not equals(): JavaParser nodes compare by structure
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ExecutorClosures.Closure closure : new ExecutorClosures(context.types()).in(
        context.compilationUnit())) {
      for (ExecutorClosures.Capture capture : ExecutorClosures.captures(closure)) {
        if (capture.isStaticField()) {
          continue;
        }
        Optional<Mutation> mutation = mutation(capture);
        if (mutation.isPresent() && reported.add(mutation.get().at())) {
          context.report(mutation.get().at(), message(capture, mutation.get(), closure),
              fix(mutation.get()));
        }
      }
    }
  }

  /** Where and how a captured name is changed. */
  private record Mutation(Node at, String code, boolean collection) {}

  private static Optional<Mutation> mutation(ExecutorClosures.Capture capture) {
    Expression use = capture.use();
    if (use instanceof MethodReferenceExpr ref) {
      return updatingMethod(capture, ref.getIdentifier())
          ? Optional.of(new Mutation(ref, ref.toString(), !isAtomic(capture)))
          : Optional.empty();
    }
    Node parent = use.getParentNode().orElse(null);
    if (parent instanceof MethodCallExpr call && call.getScope().filter(s -> s == use).isPresent()
        && updatingMethod(capture, call.getNameAsString())) {
      return Optional.of(new Mutation(call,
          capture.name() + "." + call.getNameAsString() + "(...)", !isAtomic(capture)));
    }
    Expression target = use;
    if (parent instanceof ArrayAccessExpr array && array.getName() == use
        || parent instanceof FieldAccessExpr field && field.getScope() == use) {
      target = (Expression) parent;
    }
    return writeTo(target);
  }

  /** An assignment, compound assignment, {@code ++} or {@code --} whose target is {@code e}. */
  private static Optional<Mutation> writeTo(Expression e) {
    Node parent = e.getParentNode().orElse(null);
    if (parent instanceof AssignExpr assign && assign.getTarget() == e) {
      return Optional.of(new Mutation(assign, e + " " + assign.getOperator().asString() + " ...",
          false));
    }
    if (parent instanceof UnaryExpr unary && isStep(unary)) {
      return Optional.of(new Mutation(unary, unary.toString(), false));
    }
    return Optional.empty();
  }

  private static boolean updatingMethod(ExecutorClosures.Capture capture, String method) {
    if (isAtomic(capture)) {
      return ATOMIC_UPDATES.contains(method);
    }
    return DriverCollections.isMutatingMethod(method)
        && DriverCollections.isCollection(capture.declared());
  }

  private static boolean isAtomic(ExecutorClosures.Capture capture) {
    var type = capture.declared().type();
    if (type.isVarType()) {
      return capture.declared().initializer()
          .filter(Expression::isObjectCreationExpr)
          .map(i -> ATOMIC_TYPES.contains(i.asObjectCreationExpr().getType().getNameAsString()))
          .orElse(false);
    }
    return type instanceof ClassOrInterfaceType cit && ATOMIC_TYPES.contains(cit.getNameAsString());
  }

  private static boolean isStep(UnaryExpr u) {
    return switch (u.getOperator()) {
      case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
      default -> false;
    };
  }

  private static String message(ExecutorClosures.Capture capture, Mutation mutation,
      ExecutorClosures.Closure closure) {
    return "`" + mutation.code() + "` changes driver-side `" + capture.name() + "` inside the "
        + "function passed to `" + closure.method() + "`, which runs on executors; each task "
        + "updates its own deserialized copy and the driver never sees the change";
  }

  private static String fix(Mutation mutation) {
    if (mutation.collection()) {
      return "return the values from the Spark operation instead (map them and write the result "
          + "out, or reduce/aggregate it and collect the small result), or gather them with an "
          + "accumulator";
    }
    return "count or sum with an accumulator (LongAccumulator acc = "
        + "spark.sparkContext().longAccumulator(\"name\"); acc.add(x) inside the function; "
        + "acc.value() on the driver after the action), or compute the value with an aggregation "
        + "(count(), reduce, agg) and use its result";
  }
}
