package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.DriverCollections;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.SizeCaps;
import io.github.sparklint.core.flow.Bound;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code toLocalIterator()} whose rows are all copied into a driver-side collection: a loop adding
 * {@code it.next()}, {@code forEachRemaining(list::add)}, {@code Lists.newArrayList(it)}, a stream
 * over the iterator collected to a list.
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

  /** Library methods that copy a whole iterator into a collection or array (by simple name). */
  private static final Set<String> COPYING_METHODS =
      Set.of("newArrayList", "newLinkedList", "newHashSet", "newLinkedHashSet", "newTreeSet",
          "copyOf", "addAll", "toList", "toArray", "toSet", "asList", "forEnumeration");

  /** Terminal stream operations that gather every element into one collection. */
  private static final Set<String> GATHERING_TERMINALS = Set.of("collect", "toList", "toArray");

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
      Optional<String> drain = drainOf(call)
          .or(() -> iteratorVariable(call).flatMap(v -> drainOfVariable(call, v)));
      drain.ifPresent(where -> context.report(call,
          "`toLocalIterator()` rows are drained into a driver-side collection (" + where
              + "), holding every row in driver memory like `collect()`",
          "process each row as it arrives (write or aggregate incrementally, flushing batches), "
              + "or keep the work on the cluster (write(), foreachPartition); if the driver "
              + "truly needs the rows, bound them with limit(n) first"));
    }
  }

  /** A drain applied directly to the iterator expression {@code it}. */
  private static Optional<String> drainOf(Expression it) {
    Optional<Node> parent = it.getParentNode();
    if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr user)) {
      return Optional.empty();
    }
    boolean isScope = user.getScope().filter(s -> s == it).isPresent();
    if (isScope && user.getNameAsString().equals("forEachRemaining")
        && user.getArguments().size() == 1
        && DriverCollections.addsToOuterCollection(user.getArgument(0))) {
      return Optional.of("forEachRemaining at line " + SourceLocations.line(user));
    }
    if (!isScope && COPYING_METHODS.contains(user.getNameAsString())) {
      return Optional.of(user.getNameAsString() + "(...) at line " + SourceLocations.line(user));
    }
    if (!isScope && user.getNameAsString().equals("spliteratorUnknownSize")) {
      return gatheringStreamAbove(user);
    }
    return Optional.empty();
  }

  private static Optional<String> gatheringStreamAbove(MethodCallExpr spliterator) {
    for (Node n = spliterator.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof Statement) {
        return Optional.empty();
      }
      if (n instanceof MethodCallExpr m && GATHERING_TERMINALS.contains(m.getNameAsString())) {
        return Optional.of("a stream " + m.getNameAsString() + "() at line " + SourceLocations.line(m));
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

  private static Optional<String> drainOfVariable(MethodCallExpr call, String name) {
    Optional<Node> scope = call.findAncestor(CallableDeclaration.class).map(Node.class::cast);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    for (NameExpr use : scope.get().findAll(NameExpr.class,
        n -> n.getNameAsString().equals(name))) {
      Optional<String> direct = drainOf(use);
      if (direct.isPresent()) {
        return direct;
      }
      Optional<String> loop = loopDrain(use, name);
      if (loop.isPresent()) {
        return loop;
      }
    }
    return Optional.empty();
  }

  /** {@code it.next()} inside a loop whose body adds it to a collection living outside the loop. */
  private static Optional<String> loopDrain(NameExpr use, String iterator) {
    if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr next)
        || !next.getNameAsString().equals("next")) {
      return Optional.empty();
    }
    Optional<Statement> loop = enclosingLoop(next);
    if (loop.isEmpty()) {
      return Optional.empty();
    }
    return DriverCollections.accumulationIn(loop.get(), iterator)
        .filter(target -> !isCapped(loop.get(), target))
        .or(() -> DriverCollections.arrayFillIn(loop.get(), iterator, SparkApi.SMALL_ROW_COUNT))
        .map(target -> "`" + target + "` in the loop at line " + SourceLocations.line(loop.get()));
  }

  /** True when the loop stops once {@code target} holds a small constant number of rows. */
  private static boolean isCapped(Statement loop, String target) {
    OptionalLong cap = SizeCaps.of(loop, target);
    return cap.isPresent() && cap.getAsLong() <= SparkApi.SMALL_ROW_COUNT;
  }

  private static Optional<Statement> enclosingLoop(Node node) {
    for (Node n = node.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt) {
        return Optional.of((Statement) n);
      }
      if (n instanceof CallableDeclaration<?>) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

}
