package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The assignments, {@code this(..)} / {@code super(..)} calls, method calls, {@code new}
 * expressions and {@code return} statements inside each method or constructor of a file, in
 * source order, nested lambdas and classes included (what {@code callable.findAll(..)} gives).
 * The summarizer asks these of every method and constructor, several times; they are grouped once
 * per file from {@link FileNodes}' single walk instead of walking each body again per question.
 *
 * @param assignments the assignments inside the method or constructor
 * @param constructorCalls its {@code this(..)} and {@code super(..)} calls (and those of the
 *     constructors of classes declared inside it)
 * @param calls the method calls inside it
 * @param creations the {@code new} expressions inside it
 * @param returns the {@code return} statements inside it (those of its lambdas and inner classes
 *     too: callers that want the method's own check the owner)
 * @param effects its method calls, {@code new} expressions and loops, in source (pre-)order
 *     ({@link FileNodes#effects})
 * @param steps its increments and decrements
 */
public record CallableNodes(List<AssignExpr> assignments,
    List<ExplicitConstructorInvocationStmt> constructorCalls, List<MethodCallExpr> calls,
    List<ObjectCreationExpr> creations, List<ReturnStmt> returns, List<Node> effects,
    List<UnaryExpr> steps) {
  private static final DataKey<Map<Node, CallableNodes>> KEY = new DataKey<>() {};
  private static final CallableNodes NONE =
      new CallableNodes(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
          List.of());

  /** The nodes inside {@code callable}. */
  public static CallableNodes of(CallableDeclaration<?> callable) {
    Optional<CompilationUnit> cu = callable.findCompilationUnit();
    if (cu.isEmpty()) {
      return new CallableNodes(callable.findAll(AssignExpr.class),
          callable.findAll(ExplicitConstructorInvocationStmt.class),
          callable.findAll(MethodCallExpr.class), callable.findAll(ObjectCreationExpr.class),
          callable.findAll(ReturnStmt.class), callable.findAll(Node.class, FileNodes::isEffect),
          callable.findAll(UnaryExpr.class, Declarations::isStep));
    }
    Map<Node, CallableNodes> byCallable;
    if (cu.get().containsData(KEY)) {
      byCallable = cu.get().getData(KEY);
    } else {
      byCallable = group(FileNodes.of(cu.get()));
      cu.get().setData(KEY, byCallable);
    }
    return byCallable.getOrDefault(callable, NONE);
  }

  private static Map<Node, CallableNodes> group(FileNodes file) {
    Map<Node, CallableNodes> byCallable = new IdentityHashMap<>();
    for (AssignExpr node : file.assignments()) {
      callablesAround(node).forEach(c -> nodesOf(byCallable, c).assignments().add(node));
    }
    for (ExplicitConstructorInvocationStmt node : file.constructorCalls()) {
      callablesAround(node).forEach(c -> nodesOf(byCallable, c).constructorCalls().add(node));
    }
    // one pass over calls, creations and loops in pre-order: each list stays in source order
    for (Node node : file.effects()) {
      for (Node callable : callablesAround(node)) {
        CallableNodes nodes = nodesOf(byCallable, callable);
        nodes.effects().add(node);
        if (node instanceof MethodCallExpr call) {
          nodes.calls().add(call);
        } else if (node instanceof ObjectCreationExpr created) {
          nodes.creations().add(created);
        }
      }
    }
    for (UnaryExpr node : file.steps()) {
      callablesAround(node).forEach(c -> nodesOf(byCallable, c).steps().add(node));
    }
    for (ReturnStmt node : file.returns()) {
      callablesAround(node).forEach(c -> nodesOf(byCallable, c).returns().add(node));
    }
    byCallable.replaceAll((callable, nodes) -> new CallableNodes(
        List.copyOf(nodes.assignments()), List.copyOf(nodes.constructorCalls()),
        List.copyOf(nodes.calls()), List.copyOf(nodes.creations()),
        List.copyOf(nodes.returns()), List.copyOf(nodes.effects()),
        List.copyOf(nodes.steps())));
    return byCallable;
  }

  private static CallableNodes nodesOf(Map<Node, CallableNodes> byCallable, Node callable) {
    return byCallable.computeIfAbsent(callable, c -> new CallableNodes(new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ArrayList<>()));
  }

  /** Every method or constructor {@code node} is inside, innermost first. */
  private static List<Node> callablesAround(Node node) {
    List<Node> callables = new ArrayList<>(2);
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof CallableDeclaration<?>) {
        callables.add(n);
      }
    }
    return callables;
  }
}
