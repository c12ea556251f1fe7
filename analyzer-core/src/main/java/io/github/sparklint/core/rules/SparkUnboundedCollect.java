package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.CallSites;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.flow.MethodSummary;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.Flow;
import io.github.sparklint.core.flow.FlowEvaluator;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.flow.OverriddenHooks;
import io.github.sparklint.core.flow.UncalledFieldReads;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * {@code collect()}, {@code collectAsList()}, {@code collectAsMap()}, {@code countByKey()} and
 * {@code countByValue()} on a Dataset or RDD, and {@code toLocalMatrix()} on an MLlib block
 * matrix, whose size nothing upstream bounds.
 */
public final class SparkUnboundedCollect implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`collect()` and friends copy every row of a Dataset or RDD into driver memory; on "
          + "unbounded data the driver runs out of memory";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkUnboundedCollect",
          SUMMARY,
          Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    RowBounds bounds = context.rows();
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      String method = call.getNameAsString();
      if (call.getScope().isPresent() && call.getArguments().isEmpty()
          && SparkApi.isCollectingActionName(method)) {
        checkAction(context, bounds, call);
      } else if (!call.getArguments().isEmpty() && CallSites.mayNameOwner(call)) {
        checkCollectingCall(context, bounds, call);
      }
    }
  }

  private static void checkAction(RuleContext context, RowBounds bounds, MethodCallExpr call) {
    String method = call.getNameAsString();
    Optional<SparkKind> owner = context.types().receiverKind(call);
    if (owner.isEmpty() || !SparkApi.isCollectingAction(owner.get(), method)) {
      return;
    }
    // countByKey brings one entry per key: the call's own rows, not its receiver's
    Expression collected = SparkApi.isPerKey(owner.get(), method) ? call : call.getScope().get();
    Bound bound = bounds.of(collected);
    if (isLimitedForLargeTake(bound) || bounds.fitsOnDriver(collected)
        || isCollectingAdapter(call)) {
      return;
    }
    // a field an uncalled method's object is given: whether it is collected turns on calls not made
    Optional<String> uncalled = bound.confidence() == Confidence.HIGH
        ? new UncalledFieldReads(context.types().project()).note(bounds, collected)
        : Optional.empty();
    // a hook its superclass calls: the calls of the method it overrides pass the rows
    Optional<OverriddenHooks.Hook> hook = new OverriddenHooks(context.types().project())
        .rows(call, bound, bounds.evaluator());
    if (hook.isPresent()) {
      if (hook.get().passed() != OverriddenHooks.Passed.SMALL) {
        context.report(call, message(owner.get(), method) + hook.get().note(),
            fix(owner.get(), method), hook.get().rowsOr(bound), hook.get().confidence());
      }
      return;
    }
    context.report(call, message(owner.get(), method) + bound.sourceNote() + uncalled.orElse(""),
        fix(owner.get(), method), bound,
        uncalled.isPresent() ? Confidence.MEDIUM : bound.confidence());
  }

  /**
   * A call of a project method that collects an argument ({@code List<Row> rowsOf(Dataset<Row>
   * ds) { return ds.collectAsList(); }}): the risk is at the call that passes unbounded rows. A
   * method that collects unbounded rows whatever it is given ({@code readAll(path)} collecting
   * a read of the file its parameter names) is reported at its own collect instead.
   */
  private static void checkCollectingCall(
      RuleContext context, RowBounds bounds, MethodCallExpr call) {
    List<MethodSummary> callees = context.types().project().collectingMethods(call);
    if (callees.isEmpty()) {
      return;
    }
    List<Flow> arguments = call.getArguments().stream().map(bounds::argumentFlow).toList();
    for (MethodSummary callee : callees) {
      Optional<FlowEvaluator.Collected> collected =
          bounds.evaluator().broughtToDriver(callee, arguments);
      if (collected.isEmpty()) {
        continue;
      }
      Bound bound = bounds.handed(collected.get().bound(), call);
      if (bounds.fitsOnDriver(bound, call) || bounds.evaluator().collectsUnboundedAnyway(callee)) {
        continue;
      }
      context.report(call, "`" + call.getNameAsString() + "(...)` brings every row of "
          + describe(context, call, callee) + " to the driver (in "
          + collected.get().point().describe() + "), and nothing bounds those rows"
          + bound.sourceNote(), CALL_FIX, bound, collected.get().point());
      return;
    }
  }

  private static final String CALL_FIX = "pass only bounded data (limit(n), an aggregate) to this "
      + "method, or change it to write the rows out or aggregate them on the cluster";

  /** {@code limit(n)} with a large constant n: SparkLargeTake reports it. */
  private static boolean isLimitedForLargeTake(Bound bound) {
    return bound.kind() == Bound.Kind.BOUNDED
        && bound.originMethod().filter(m -> SparkApi.isRowLimit(SparkKind.DATASET, m)).isPresent();
  }

  /**
   * What the collected rows are, for the message: the argument that holds them (of several, the
   * one whose rows do not fit on the driver), or the query.
   */
  private static String describe(RuleContext context, MethodCallExpr call, MethodSummary callee) {
    Expression named = null;
    boolean namedRows = false;
    boolean risky = false;
    for (MethodSummary.Collect collect : callee.collects()) {
      if (collect.param() >= call.getArguments().size() || risky) {
        continue;
      }
      Expression argument = call.getArgument(collect.param());
      boolean rows = context.types().kindOf(argument).filter(SparkKind::isDistributed).isPresent();
      risky = rows && !context.rows().fitsOnDriver(argument);
      if (named == null || risky) {
        named = argument;
        namedRows = rows;
      }
    }
    if (named == null) {
      return "its argument";
    }
    if (named.isNameExpr()) {
      return namedRows ? "its argument `" + named + "`" : "what its argument `" + named + "` selects";
    }
    return named.isStringLiteralExpr() || named.isBinaryExpr() ? "the query it is given"
        : "its argument";
  }

  /**
   * True for {@code List<T> collectAsList() { return rdd.collect(); }}: a wrapper type's own
   * collecting method, which must collect by contract; the risk sits with its callers.
   */
  private static boolean isCollectingAdapter(MethodCallExpr call) {
    if (!(call.getParentNode().orElse(null) instanceof ReturnStmt ret)) {
      return false;
    }
    Optional<Node> callable = ret.findAncestor(Node.class,
        n -> n instanceof MethodDeclaration || n instanceof LambdaExpr);
    return callable.filter(MethodDeclaration.class::isInstance)
        .map(m -> ((MethodDeclaration) m).getNameAsString())
        .filter(SparkApi::isCollectingActionName)
        .isPresent();
  }

  private static String message(SparkKind owner, String method) {
    String what = owner == SparkKind.DATASET ? "Dataset" : "RDD";
    if (owner == SparkKind.BLOCK_MATRIX) {
      return "`" + method + "()` copies every block of an unbounded distributed matrix into one "
          + "driver-side matrix; nothing upstream bounds its rows";
    }
    return switch (method) {
      case "countByKey", "countByValue" -> "`" + method + "()` returns a driver-side map with one "
          + "entry per distinct value of an unbounded " + what + "; with many distinct values the "
          + "driver runs out of memory";
      case "collectAsMap" -> "`collectAsMap()` copies every pair of an unbounded " + what
          + " into a driver-side map; the driver can run out of memory";
      default -> "`" + method + "()` copies every row of an unbounded " + what
          + " into driver memory; nothing upstream (limit, take, a global aggregate) bounds it";
    };
  }

  private static String fix(SparkKind owner, String method) {
    if (owner == SparkKind.BLOCK_MATRIX) {
      return "keep the matrix distributed: multiply or aggregate it on the cluster and write its "
          + "blocks out (blocks().saveAsObjectFile(...)); bring only a small result to the driver";
    }
    return switch (method) {
      case "countByKey", "countByValue" -> "count on the cluster (reduceByKey / groupBy().count())"
          + " and write the result, or bring back only the top keys with takeOrdered(n, ...)";
      case "collectAsMap" -> "keep the data distributed (join against it instead of a driver-side"
          + " map) or write it out; if it really is small, bound it first";
      default -> owner == SparkKind.DATASET
          ? "write the result out (ds.write()...) or aggregate it on the cluster; if you need rows "
              + "on the driver, bound them with limit(n) or take(n), or stream them with "
              + "toLocalIterator()"
          : "write the result out from the executors (rdd.saveAsTextFile(...), or "
              + "rdd.foreachPartition(...) into a sink; in a DStream's foreachRDD too) or aggregate "
              + "it on the cluster; if you need rows on the driver, bound them with take(n), or "
              + "stream them with toLocalIterator()";
    };
  }
}
