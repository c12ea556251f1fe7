package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.DrainedParameters;
import io.github.sparklint.core.flow.IteratorDrains;
import io.github.sparklint.core.flow.OverriddenHooks;
import io.github.sparklint.core.flow.ProjectView;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code toLocalIterator()} whose rows are all copied into a driver-side collection: a loop adding
 * {@code it.next()}, {@code forEachRemaining(list::add)}, {@code Lists.newArrayList(it)}, a stream
 * over the iterator collected to a list ({@link IteratorDrains}), here or in a project method the
 * iterator is passed to ({@link DrainedParameters}).
 */
public final class SparkLocalIteratorAccumulation implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`toLocalIterator()` streams one partition at a time, but draining it into a driver "
          + "collection holds every row in driver memory, as `collect()` would";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkLocalIteratorAccumulation",
          SUMMARY,
          Severity.WARNING);

  private static final String FIX =
      "process each row as it arrives (write or aggregate incrementally, flushing batches), "
          + "or keep the work on the cluster (write(), foreachPartition); if the driver "
          + "truly needs the rows, bound them with limit(n) first";

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    RowBounds bounds = context.rows();
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      if (!call.getArguments().isEmpty() || call.getScope().isEmpty()
          || !SparkApi.isLocalIteratorName(call.getNameAsString())) {
        continue;
      }
      Optional<SparkKind> owner = context.types().receiverKind(call);
      if (owner.isEmpty() || !SparkApi.isLocalIterator(owner.get(), call.getNameAsString())
          || bounds.fitsOnDriver(call.getScope().get())) {
        continue;
      }
      Optional<String> variable = iteratorVariable(call);
      ProjectView project = context.types().project();
      Optional<IteratorDrains.Drain> drain = IteratorDrains.of(call, project)
          .or(() -> variable.flatMap(v -> IteratorDrains.ofVariable(call, v, project)));
      Bound rows = bounds.of(call.getScope().get());
      // a hook its superclass calls: the calls of the method it overrides pass the rows
      Optional<OverriddenHooks.Hook> hook = drain.isEmpty() ? Optional.empty()
          : new OverriddenHooks(project).rows(call, rows, bounds.evaluator());
      if (hook.isPresent()) {
        if (hook.get().passed() != OverriddenHooks.Passed.SMALL) {
          context.report(call, message(drain.get().description()) + hook.get().note(), FIX,
              hook.get().rowsOr(rows), hook.get().confidence());
        }
        continue;
      }
      if (drain.isPresent()) {
        context.report(call, message(drain.get().description()) + rows.sourceNote(), FIX, rows);
        continue;
      }
      drainedElsewhere(project, call, variable).ifPresent(where -> context.report(call,
          message("in " + where.describe() + ", which the iterator is passed to")
              + rows.sourceNote(), FIX, rows, where));
    }
  }

  private static String message(String where) {
    return "`toLocalIterator()` rows are drained into a driver-side collection (" + where
        + "), holding every row in driver memory like `collect()`";
  }

  /**
   * Where a project method the iterator is passed to ({@code writeJson(out, it, schema)})
   * drains it, itself or through further calls.
   */
  private static Optional<Bound.Via> drainedElsewhere(
      ProjectView project, MethodCallExpr call, Optional<String> variable) {
    List<Expression> uses = new ArrayList<>(List.of(call));
    Optional<Node> scope = call.findAncestor(CallableDeclaration.class).map(Node.class::cast);
    if (variable.isPresent() && scope.isPresent()) {
      uses.addAll(scope.get().findAll(NameExpr.class,
          n -> n.getNameAsString().equals(variable.get())));
    }
    for (Expression use : uses) {
      Optional<Bound.Via> found = DrainedParameters.argumentOf(use)
          .flatMap(argument -> DrainedParameters.drainOf(argument, project));
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** The local variable the iterator is stored in, if any. */
  private static Optional<String> iteratorVariable(MethodCallExpr call) {
    Node parent = call.getParentNode().orElse(null);
    if (parent instanceof VariableDeclarator v) {
      return Optional.of(v.getNameAsString());
    }
    if (parent instanceof AssignExpr a && a.getTarget().isNameExpr()) {
      return Optional.of(a.getTarget().asNameExpr().getNameAsString());
    }
    return Optional.empty();
  }
}
