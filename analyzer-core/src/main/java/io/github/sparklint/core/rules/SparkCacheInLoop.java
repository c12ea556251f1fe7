package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code cache()} / {@code persist(...)} of a Dataset or RDD inside a loop where the dataset
 * cached by one iteration is never {@code unpersist()}ed by a later one: a variable reassigned to
 * a freshly cached dataset, a loop-local cached dataset, or a cached chain kept nowhere.
 */
public final class SparkCacheInLoop implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "`cache()` / `persist()` inside a loop without `unpersist()` of the previous "
          + "iteration's dataset keeps every iteration's data cached; executor memory fills up "
          + "and the driver tracks an ever-growing set of cached blocks and lineage";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkCacheInLoop",
          SUMMARY,
          Severity.WARNING);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    for (MethodCallExpr call : FileNodes.of(context.compilationUnit()).calls()) {
      if (call.getScope().isEmpty() || !SparkState.isCachingName(call.getNameAsString())) {
        continue;
      }
      Optional<SparkKind> owner = context.types().receiverKind(call);
      if (owner.isEmpty() || !SparkState.isCaching(owner.get(), call.getNameAsString())) {
        continue;
      }
      enclosingLoop(call).ifPresent(loop -> checkInLoop(context, call, loop));
    }
  }

  private static void checkInLoop(RuleContext context, MethodCallExpr call, Statement loop) {
    String method = call.getNameAsString();
    Node parent = call.getParentNode().orElseThrow();
    Expression receiver = call.getScope().get();
    Optional<String> variable;
    if (parent instanceof AssignExpr assign && assign.getValue() == call) {
      variable = nameOf(assign.getTarget());
    } else if (parent instanceof VariableDeclarator declarator) {
      variable = Optional.of(declarator.getNameAsString());
    } else if (isStatementOrChained(call, parent) && nameOf(receiver).isPresent()) {
      variable = nameOf(receiver).filter(v -> isNewEachIteration(call, v, loop));
      if (variable.isEmpty()) {
        return;
      }
    } else if (parent instanceof MethodCallExpr next && next.getScope().orElse(null) == call) {
      if (!isReleased(context, loop, Set.of())) {
        context.report(call, "`" + method + "()` in a loop caches a new dataset on every "
                + "iteration without keeping a reference to it, so it can never be unpersisted",
            "assign the cached dataset to a variable and call unpersist() on it before the next "
                + "iteration, or cache once outside the loop");
      }
      return;
    } else {
      return;
    }
    String name = variable.get();
    if (isForEachVariable(call, name) || isReleased(context, loop, aliasesOf(name, loop))
        || isKeptBeyondIteration(name, loop)) {
      return;
    }
    if (parent instanceof VariableDeclarator || isDeclaredInside(call, name, loop)) {
      context.report(call, "`" + method + "()` of loop-local `" + name + "` runs on every "
              + "iteration and `" + name + "` is never `unpersist()`ed in the loop; each "
              + "iteration leaves another cached dataset behind",
          "call " + name + ".unpersist() before the iteration ends, once its last action has run");
      return;
    }
    context.report(call, "`" + method + "()` in a loop replaces `" + name + "` with a newly "
            + "cached dataset on every iteration, but the previous iteration's dataset is never "
            + "`unpersist()`ed",
        "unpersist the previous iteration's dataset: keep it (`prev = " + name + "`) before "
            + "reassigning, materialize the new one with an action, then call prev.unpersist()");
  }

  private static boolean isStatementOrChained(MethodCallExpr call, Node parent) {
    return parent instanceof ExpressionStmt
        || parent instanceof MethodCallExpr next && next.getScope().orElse(null) == call;
  }

  /** True when {@code name} may refer to a different dataset on each iteration. */
  private static boolean isNewEachIteration(MethodCallExpr call, String name, Statement loop) {
    return isDeclaredInside(call, name, loop) || loop.findFirst(AssignExpr.class,
        a -> nameOf(a.getTarget()).filter(name::equals).isPresent()).isPresent();
  }

  /** {@code name} plus every variable the loop copies it into ({@code prev = df}). */
  private static Set<String> aliasesOf(String name, Statement loop) {
    Set<String> aliases = new HashSet<>(Set.of(name));
    loop.findAll(AssignExpr.class, a -> a.getOperator() == AssignExpr.Operator.ASSIGN
            && nameOf(a.getValue()).filter(name::equals).isPresent())
        .forEach(a -> nameOf(a.getTarget()).ifPresent(aliases::add));
    loop.findAll(VariableDeclarator.class,
            v -> v.getInitializer().flatMap(SparkCacheInLoop::nameOf).filter(name::equals)
                .isPresent())
        .forEach(v -> aliases.add(v.getNameAsString()));
    return aliases;
  }

  /**
   * True when the loop hands {@code name} to something that outlives the iteration: adds it to a
   * collection declared outside the loop, or returns it. The datasets are then kept on purpose
   * (e.g. released together after the loop), not leaked. (Assigning it to an outer variable keeps
   * only the last one, so that does not count.)
   */
  private static boolean isKeptBeyondIteration(String name, Statement loop) {
    boolean stored = loop.findFirst(MethodCallExpr.class, m -> m.getScope().isPresent()
        && DriverCollections.isGrowingMethod(m.getNameAsString())
        && m.getArguments().stream().anyMatch(a -> nameOf(a).filter(name::equals).isPresent())
        && Declarations.ofReceiver(m.getScope().get())
            .filter(d -> !SourceLocations.isInside(d.node(), loop)).isPresent()).isPresent();
    boolean returned = loop.findFirst(ReturnStmt.class,
        r -> r.getExpression().flatMap(SparkCacheInLoop::nameOf).filter(name::equals).isPresent())
        .isPresent();
    return stored || returned;
  }

  /** True when the loop unpersists one of {@code names}, or clears every cached dataset. */
  private static boolean isReleased(RuleContext context, Statement loop, Set<String> names) {
    return loop.findFirst(MethodCallExpr.class, m -> m.getScope().isPresent()
        && context.types().receiverKind(m).filter(k ->
            SparkState.isCacheClearing(k, m.getNameAsString())
                || SparkState.isUnpersist(k, m.getNameAsString())
                    && nameOf(m.getScope().get()).filter(names::contains).isPresent())
            .isPresent()).isPresent();
  }

  private static boolean isDeclaredInside(Node at, String name, Statement loop) {
    return Declarations.find(at, name)
        .filter(d -> d.isLocal() && SourceLocations.isInside(d.node(), loop))
        .isPresent();
  }

  private static boolean isForEachVariable(Node at, String name) {
    return Declarations.find(at, name)
        .filter(d -> d.node().getParentNode()
            .flatMap(Node::getParentNode)
            .filter(ForEachStmt.class::isInstance)
            .isPresent())
        .isPresent();
  }

  private static Optional<String> nameOf(Expression e) {
    if (e.isNameExpr()) {
      return Optional.of(e.asNameExpr().getNameAsString());
    }
    if (e.isFieldAccessExpr() && e.asFieldAccessExpr().getScope().isThisExpr()) {
      return Optional.of(e.asFieldAccessExpr().getNameAsString());
    }
    return Optional.empty();
  }

  /** The innermost loop around {@code node} in the same method body (not across lambdas). */
  private static Optional<Statement> enclosingLoop(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof ForStmt || n instanceof ForEachStmt || n instanceof WhileStmt
          || n instanceof DoStmt) {
        return Optional.of((Statement) n);
      }
      if (n instanceof LambdaExpr || n instanceof BodyDeclaration<?>) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
