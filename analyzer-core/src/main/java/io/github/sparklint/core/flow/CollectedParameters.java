package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters a method brings to the driver ({@link MethodSummary#collects}): a collecting
 * action on rows that depend on one of them (a Dataset parameter, a transformation or join of one,
 * the SQL text it is given), or an argument built from one passed to a project method that
 * collects it. One instance serves one file on one thread.
 */
final class CollectedParameters {
  private final SparkTypes types;
  private final RowBounds rows;

  CollectedParameters(SparkTypes types, RowBounds rows) {
    this.types = types;
    this.rows = rows;
  }

  /**
   * The rows {@code method} collects that depend on its parameters (a Dataset parameter, a
   * transformation or join of one, the SQL text it is given), itself or by passing them to a
   * project method.
   */
  List<MethodSummary.Collect> of(MethodDeclaration method) {
    if (method.getBody().isEmpty() || method.getParameters().isEmpty()) {
      return List.of();
    }
    List<MethodSummary.Collect> collects = new ArrayList<>();
    for (MethodCallExpr call : MethodNodes.of(method).calls()) {
      if (isCollectingAction(call)) {
        Flow flow = rows.flowOf(call.getScope().get());
        firstParameter(flow).ifPresent(p -> collects.add(new MethodSummary.Collect(
            p, call.getNameAsString(), SourceLocations.line(call.getName()), null, -1, flow,
            BroadcastCollects.isBroadcast(call, types))));
        continue;
      }
      if (call.getArguments().isEmpty() || !mayReachProject(call)) {
        continue;
      }
      List<Integer> passed = new ArrayList<>();
      for (int i = 0; i < call.getArguments().size(); i++) {
        Expression argument = call.getArgument(i);
        if (argument.isNameExpr()
            || types.kindOf(argument).filter(SparkKind::isDistributed).isPresent()) {
          passed.add(i);
        }
      }
      if (passed.isEmpty()) {
        continue;
      }
      Optional<CallSite> site = CallSites.of(call);
      if (site.isEmpty() || types.project().collectingMethods(site.get()).isEmpty()
          && !isUnresolvedSibling(call)) {
        continue;
      }
      int line = SourceLocations.line(call.getName());
      for (int i : passed) {
        Expression argument = call.getArgument(i);
        Flow flow = rows.argumentFlow(argument);
        int position = i;
        firstParameter(flow).ifPresent(p -> collects.add(new MethodSummary.Collect(
            p, call.getNameAsString(), line, site.get(), position, flow, false)));
      }
    }
    return collects;
  }

  /** An unqualified call: it may reach a method of this file the first pass has not summarized. */
  private static boolean isUnresolvedSibling(MethodCallExpr call) {
    return call.getScope().isEmpty();
  }

  /** The position of the first parameter {@code flow} depends on, if any. */
  private static Optional<Integer> firstParameter(Flow flow) {
    if (flow.op() == Flow.Op.PARAM) {
      return Optional.of(flow.param());
    }
    for (Flow input : flow.inputs()) {
      Optional<Integer> found = firstParameter(input);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private boolean isCollectingAction(MethodCallExpr call) {
    if (!SparkApi.isCollectingActionName(call.getNameAsString()) || call.getScope().isEmpty()
        || !call.getArguments().isEmpty()) {
      return false;
    }
    return types.receiverKind(call)
        .filter(k -> SparkApi.isCollectingAction(k, call.getNameAsString())).isPresent();
  }

  /** Calls of Spark's own API (on a receiver of a Spark kind) never reach a project method. */
  boolean mayReachProject(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    return CallSites.mayNameOwner(call) && (scope.isEmpty() || scope.get().isThisExpr()
        || scope.get().isSuperExpr() || types.kindOf(scope.get()).isEmpty());
  }
}
