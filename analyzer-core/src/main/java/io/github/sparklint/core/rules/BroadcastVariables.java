package io.github.sparklint.core.rules;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.CollectionSizes;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.flow.MergedCollections;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * The broadcast-variable half of {@link SparkBroadcastLargeSource}: {@code sc.broadcast(x)} (or a
 * method modelled as broadcasting an argument) of a value that holds the rows of a collect nothing
 * bounds: the collect itself, a driver collection filled from it, a copy of one made in place or
 * by a project method.
 */
final class BroadcastVariables {
  private BroadcastVariables() {}

  /** Reports {@code call} when {@code broadcast}, the value it broadcasts, holds unbounded rows. */
  static void check(RuleContext context, MethodCallExpr call,
      Expression broadcast, RowBounds bounds) {
    Expression value = broadcast;
    if (value.isNameExpr()) {
      Optional<Expression> single = Declarations.finalValue(value.asNameExpr());
      if (single.isEmpty() || !single.get().isMethodCallExpr()) {
        checkCollectedCollection(context, call, value.asNameExpr());
        return;
      }
      value = single.get();
    }
    if (value.isObjectCreationExpr()) {
      checkCopiedCollection(context, call, value.asObjectCreationExpr());
      return;
    }
    if (!value.isMethodCallExpr()) {
      return;
    }
    MethodCallExpr collect = value.asMethodCallExpr();
    Optional<SparkKind> source = collect.getScope().isPresent()
        ? context.types().receiverKind(collect) : Optional.empty();
    if (source.isEmpty() && checkHelperCopy(context, call, collect)) {
      return;
    }
    if (source.isEmpty()) {
      bounds.evaluator().collectedBy(bounds.flowOf(collect))
          .filter(rows -> !rows.isBounded())
          .ifPresent(rows -> reportBroadcastVariable(context, call,
              "the rows that `" + collect.getNameAsString()
                  + "(...)` collects from an unbounded source", rows));
      return;
    }
    Optional<Bound> merged = MergedCollections.of(collect, context.types(), bounds);
    if (merged.isPresent()) {
      if (!merged.get().isBounded() && !bounds.isJudgedAtCalls(merged.get(), call)) {
        reportBroadcastVariable(context, call, "the collection `" + collect.getNameAsString()
            + "(...)` merges from every element", merged.get());
      }
      return;
    }
    if (!collect.getArguments().isEmpty()
        || !SparkApi.isCollectingAction(source.get(), collect.getNameAsString())) {
      return;
    }
    Bound rows = bounds.of(collect.getScope().get());
    // a parameter's rows are judged at the calls that fill it (BroadcastingHelperCalls)
    if (!rows.isBounded() && !bounds.isJudgedAtCalls(rows, call)) {
      reportBroadcastVariable(context, call, "an unbounded `" + collect.getNameAsString() + "()`",
          rows);
    }
  }

  /**
   * {@code sc.broadcast(ids)} of a driver collection, never reassigned, filled from the rows of a
   * collect that nothing bounds: a copy ({@code new HashMap<>(counts)}), a map filled in a loop
   * over them.
   */
  private static void checkCollectedCollection(RuleContext context, MethodCallExpr call,
      NameExpr name) {
    Optional<Declarations.Declared> declared = Declarations.find(name)
        .filter(d -> DriverCollections.isCollection(d) && Declarations.isEffectivelyFinal(d));
    if (declared.isEmpty()) {
      return;
    }
    reportIfCollected(context, call, name, new CollectionSizes(context.rows(), context.types(),
        Long.MAX_VALUE).of(declared.get()));
  }

  /**
   * {@code sc.broadcast(new HashSet<>(names))}: a collection made in place from one that the
   * rows of an unbounded collect fill.
   */
  private static void checkCopiedCollection(RuleContext context, MethodCallExpr call,
      ObjectCreationExpr copy) {
    reportIfCollected(context, call, copy, new CollectionSizes(context.rows(), context.types(),
        Long.MAX_VALUE).ofCopy(copy));
  }

  /**
   * {@code sc.broadcast(toHashMap(probes))}: a project method that returns a copy of a collection
   * the rows of an unbounded collect fill. False when the call copies nothing large.
   */
  private static boolean checkHelperCopy(RuleContext context, MethodCallExpr call,
      MethodCallExpr helper) {
    CollectionSizes.Size size = new CollectionSizes(context.rows(), context.types(),
        Long.MAX_VALUE).ofHelperCopy(helper);
    reportIfCollected(context, call, helper, size);
    return size.isLarge();
  }

  /** Reports {@code broadcast} when {@code size} says unbounded collected rows fill it. */
  private static void reportIfCollected(RuleContext context, MethodCallExpr call,
      Expression broadcast, CollectionSizes.Size size) {
    if (size.isLarge() && size.collected() != null
        && !context.rows().fitsOnDriver(size.collected(), call)) {
      reportBroadcastVariable(context, call, "`" + broadcast + "`, filled from "
          + size.evidence(), size.collected());
    }
  }

  /**
   * Reported at high confidence even for the rows of a parameter no call shows: such broadcasts
   * were right four times in five on the labeled samples (docs/precision.md, eleventh session),
   * unlike collects of such parameters.
   */
  private static void reportBroadcastVariable(RuleContext context, MethodCallExpr call,
      String what, Bound rows) {
    context.report(call, "`" + call.getNameAsString() + "(...)` of " + what + ": every row is "
            + "first copied into driver memory, then serialized and shipped to every executor"
            + rows.sourceNote(),
        "keep the data distributed and join against it (a broadcast join on a reduced Dataset), "
            + "or bound what is collected (filter, aggregate, limit) before broadcasting it",
        rows, Confidence.HIGH);
  }
}
