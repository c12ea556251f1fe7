package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.java.Comparisons;
import io.github.sparklint.core.java.SizeCaps;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.spark.SparkApi;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where the code of one method copies every element of an iterator into a driver-side collection:
 * a loop adding {@code it.next()}, {@code forEachRemaining(list::add)}, a stream over the iterator
 * collected to a list. A loop that stops after a counted number of elements ({@code for (int i =
 * 0; i < n && it.hasNext(); i++)}) or once the collection holds a few of them, or that clears or
 * hands off its collection per batch, drains nothing. A library method that copies an iterator
 * ({@code Lists.newArrayList(it)}, {@code IteratorUtils.toList(it)}), a {@code drains} row of the
 * built-in models, drains it at the call, like a loop over it; a project method or a {@code
 * sparklint.yaml} model that drains its parameter is followed from the call ({@link
 * DrainedParameters}).
 */
public final class IteratorDrains {
  /** Terminal stream operations that gather every element into one collection. */
  private static final Set<String> GATHERING_TERMINALS = Set.of("collect", "toList", "toArray");

  private IteratorDrains() {}

  /** A drain: what it is, for messages, and the line it is on. */
  public record Drain(String description, int line) {}

  /**
   * A drain applied directly to the iterator expression {@code it}; {@code project} answers which
   * library methods copy it.
   */
  public static Optional<Drain> of(Expression it, ProjectView project) {
    Optional<Node> parent = it.getParentNode();
    if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr user)) {
      return Optional.empty();
    }
    Optional<Drain> copy = libraryCopy(it, project);
    if (copy.isPresent()) {
      return copy;
    }
    boolean isScope = user.getScope().filter(s -> s == it).isPresent();
    if (isScope && user.getNameAsString().equals("forEachRemaining")
        && user.getArguments().size() == 1
        && DriverCollections.addsToOuterCollection(user.getArgument(0))) {
      return Optional.of(drain("forEachRemaining", user));
    }
    if (!isScope && user.getNameAsString().equals("spliteratorUnknownSize")) {
      return gatheringStreamAbove(user);
    }
    return Optional.empty();
  }

  /**
   * A drain of the iterator held in variable {@code name}, anywhere in the method or constructor
   * around {@code inside}; {@code project} answers which library methods copy it.
   */
  public static Optional<Drain> ofVariable(Node inside, String name, ProjectView project) {
    Optional<Node> scope = inside instanceof CallableDeclaration<?> callable
        ? Optional.of(callable)
        : inside.findAncestor(CallableDeclaration.class).map(Node.class::cast);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    for (NameExpr use : scope.get().findAll(NameExpr.class,
        n -> n.getNameAsString().equals(name))) {
      Optional<Drain> direct = of(use, project);
      if (direct.isPresent()) {
        return direct;
      }
      Optional<Drain> loop = loopDrain(use, name);
      if (loop.isPresent()) {
        return loop;
      }
    }
    return Optional.empty();
  }

  /**
   * {@code it} handed to a library method that copies a whole iterator ({@code
   * Lists.newArrayList(it)}), a {@code drains} row of the built-in models: named like a project
   * method the iterator is passed to, on the line of the call.
   */
  private static Optional<Drain> libraryCopy(Expression it, ProjectView project) {
    Optional<DrainedParameters.Argument> argument = DrainedParameters.argumentOf(it);
    if (argument.isEmpty()) {
      return Optional.empty();
    }
    int position = argument.get().position();
    for (MethodSummary callee : project.drainingMethods(argument.get().site())) {
      for (MethodSummary.Drain drain : callee.drains()) {
        Bound.Via model =
            new Bound.Via(callee.owner() + "." + callee.name(), callee.file(), drain.line());
        if (drain.param() == position && model.isBuiltIn()) {
          return Optional.of(new Drain(
              "in " + model.describe() + ", which the iterator is passed to",
              SourceLocations.line(argument.get().call().getName())));
        }
      }
    }
    return Optional.empty();
  }

  private static Drain drain(String what, Node at) {
    return new Drain(what + " at line " + SourceLocations.line(at), SourceLocations.line(at));
  }

  private static Optional<Drain> gatheringStreamAbove(MethodCallExpr spliterator) {
    for (Node n = spliterator.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof Statement) {
        return Optional.empty();
      }
      if (n instanceof MethodCallExpr m && GATHERING_TERMINALS.contains(m.getNameAsString())) {
        return Optional.of(drain("a stream " + m.getNameAsString() + "()", m));
      }
    }
    return Optional.empty();
  }

  /** {@code it.next()} inside a loop whose body adds it to a collection living outside the loop. */
  private static Optional<Drain> loopDrain(NameExpr use, String iterator) {
    if (!(use.getParentNode().orElse(null) instanceof MethodCallExpr next)
        || !next.getNameAsString().equals("next")) {
      return Optional.empty();
    }
    Optional<Statement> loop = enclosingLoop(next);
    if (loop.isEmpty()) {
      return Optional.empty();
    }
    int line = SourceLocations.line(loop.get());
    return DriverCollections.accumulationIn(loop.get(), iterator)
        .filter(target -> !isCapped(loop.get(), target) && !isCounted(loop.get(), iterator))
        .or(() -> DriverCollections.arrayFillIn(loop.get(), iterator, SparkApi.SMALL_ROW_COUNT))
        .map(target -> new Drain("`" + target + "` in the loop at line " + line, line));
  }

  /** True when the loop stops once {@code target} holds a small constant number of rows. */
  private static boolean isCapped(Statement loop, String target) {
    OptionalLong cap = SizeCaps.of(loop, target);
    return cap.isPresent() && cap.getAsLong() <= SparkApi.SMALL_ROW_COUNT;
  }

  /**
   * True for a {@code for} loop whose condition also compares its own counter with a bound ({@code
   * for (int i = 0; i < n && it.hasNext(); i++)}): it takes that many elements, as {@code take(n)}
   * would, not the whole iterator.
   */
  private static boolean isCounted(Statement loop, String iterator) {
    if (!(loop instanceof ForStmt counted) || counted.getCompare().isEmpty()
        || counted.getInitialization().isEmpty() || counted.getUpdate().isEmpty()) {
      return false;
    }
    Set<String> counters = new HashSet<>();
    counted.getInitialization().forEach(init -> init.findAll(VariableDeclarator.class)
        .forEach(v -> counters.add(v.getNameAsString())));
    for (BinaryExpr compare : Comparisons.conjuncts(counted.getCompare().get())) {
      if (isRelational(compare.getOperator()) && mentions(compare, counters)
          && compare.findFirst(NameExpr.class, n -> n.getNameAsString().equals(iterator)).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(Node node, Set<String> names) {
    return node.findFirst(NameExpr.class, n -> names.contains(n.getNameAsString())).isPresent();
  }

  private static boolean isRelational(BinaryExpr.Operator operator) {
    return operator == BinaryExpr.Operator.LESS || operator == BinaryExpr.Operator.LESS_EQUALS
        || operator == BinaryExpr.Operator.GREATER
        || operator == BinaryExpr.Operator.GREATER_EQUALS;
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
