package io.github.sparklint.core.java;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.java.Declarations.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values of a reassigned local variable: the one that certainly reaches a use (straight-line
 * code), or else every value it is ever given (its initializer and the right-hand side of each
 * plain {@code =} assignment), so that a fact holding for all of them holds at any use. A
 * method's or constructor's assignments come from the file's one walk ({@link CallableNodes}); only
 * a local of a lambda or initializer outside any method has its scope walked.
 */
public final class Assignments {
  private Assignments() {}

  /**
   * The values of a local variable.
   *
   * @param declaration the declaring node, to recognize the variable inside its own values
   * @param values the initializer (if any) and each assigned value
   */
  public record Values(Node declaration, List<Expression> values) {}

  /**
   * The values of the local {@code name} refers to; empty for fields and parameters, and for a
   * local that is also changed in a way other than a plain assignment ({@code +=}, {@code ++}).
   */
  public static Optional<Values> valuesOf(NameExpr name) {
    Optional<Declared> declared = Declarations.find(name).filter(Declared::isLocal);
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Declared local = declared.get();
    Optional<Node> scope = Declarations.scopeOf(local);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    List<Expression> values = new ArrayList<>();
    local.initializer().ifPresent(values::add);
    if (!WrittenNames.of(scope.get()).contains(local.name())) {
      // nothing inside the scope writes the name: the initializer is the only value
      return values.isEmpty() ? Optional.empty()
          : Optional.of(new Values(local.node(), List.copyOf(values)));
    }
    for (AssignExpr assign : assignmentsIn(scope.get())) {
      if (!targets(assign.getTarget(), local)) {
        continue;
      }
      if (assign.getOperator() != AssignExpr.Operator.ASSIGN) {
        return Optional.empty();
      }
      values.add(assign.getValue());
    }
    boolean stepped = stepsIn(scope.get()).stream()
        .anyMatch(u -> targets(u.getExpression(), local));
    if (stepped || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Values(local.node(), List.copyOf(values)));
  }

  /**
   * The value a reassigned local holds where {@code use} reads it, when one definition certainly
   * reaches it: the last initializer or plain assignment before {@code use}, in a statement of a
   * block that encloses {@code use}, with no assignment later in a loop around {@code use}.
   */
  public static Optional<Expression> reachingValue(NameExpr use) {
    Optional<Declared> declared = Declarations.find(use).filter(Declared::isLocal);
    Optional<Node> scope = declared.flatMap(Declarations::scopeOf);
    Optional<Position> at = use.getBegin();
    if (scope.isEmpty() || at.isEmpty()) {
      return Optional.empty();
    }
    Declared local = declared.get();
    Optional<List<AssignExpr>> writes =
        writesBefore(local, scope.get(), use, at.get(), AssignExpr.Operator.ASSIGN);
    if (writes.isEmpty()) {
      return Optional.empty();
    }
    List<AssignExpr> before = writes.get();
    if (before.isEmpty()) {
      return local.initializer().filter(value -> dominates(local.node(), use));
    }
    AssignExpr last = before.get(before.size() - 1);
    return dominates(last, use) ? Optional.of(last.getValue()) : Optional.empty();
  }

  /**
   * The parts a local is built from where {@code use} reads it, when its only writes are appends
   * ({@code sql += " AND x = " + x}): its initializer, then the value of each append that ends
   * before {@code use}, in source order, whether or not a condition guards it. Empty when it has
   * no initializer, is also assigned with {@code =} or stepped, or is appended in a loop around
   * {@code use} (that append reaches the next pass).
   */
  public static Optional<List<Expression>> appendedParts(NameExpr use) {
    Optional<Declared> declared = Declarations.find(use).filter(Declared::isLocal);
    Optional<Node> scope = declared.flatMap(Declarations::scopeOf);
    Optional<Position> at = use.getBegin();
    if (scope.isEmpty() || at.isEmpty() || declared.get().initializer().isEmpty()) {
      return Optional.empty();
    }
    Declared local = declared.get();
    Optional<List<AssignExpr>> appends =
        writesBefore(local, scope.get(), use, at.get(), AssignExpr.Operator.PLUS);
    if (appends.isEmpty()) {
      return Optional.empty();
    }
    List<Expression> parts = new ArrayList<>(List.of(local.initializer().get()));
    appends.get().forEach(append -> parts.add(append.getValue()));
    boolean stepped = stepsIn(scope.get()).stream()
        .anyMatch(u -> targets(u.getExpression(), local));
    return stepped ? Optional.empty() : Optional.of(List.copyOf(parts));
  }

  /**
   * The assignments with {@code operator} to {@code local} that end before {@code at}, in source
   * order; empty when another operator assigns it or a later assignment sits in a loop around
   * {@code use} (it reaches the next pass).
   */
  private static Optional<List<AssignExpr>> writesBefore(Declared local, Node scope, NameExpr use,
      Position at, AssignExpr.Operator operator) {
    List<AssignExpr> writes = new ArrayList<>();
    for (AssignExpr assign : assignmentsIn(scope)) {
      if (!targets(assign.getTarget(), local)) {
        continue;
      }
      if (assign.getOperator() != operator) {
        return Optional.empty();
      }
      if (before(assign, at)) {
        writes.add(assign);
      } else if (inLoopAround(assign, use)) {
        return Optional.empty();
      }
    }
    return Optional.of(writes);
  }

  /** Every assignment inside {@code scope} in source order, nested lambdas and classes included. */
  private static List<AssignExpr> assignmentsIn(Node scope) {
    return scope instanceof CallableDeclaration<?> callable
        ? CallableNodes.of(callable).assignments() : scope.findAll(AssignExpr.class);
  }

  /** Every increment and decrement inside {@code scope}, nested lambdas and classes included. */
  private static List<UnaryExpr> stepsIn(Node scope) {
    return scope instanceof CallableDeclaration<?> callable
        ? CallableNodes.of(callable).steps() : scope.findAll(UnaryExpr.class, Declarations::isStep);
  }

  private static boolean before(Node node, Position at) {
    return node.getEnd().filter(end -> end.isBefore(at)).isPresent();
  }

  /** True when {@code def} sits in a loop that also holds {@code use}: it reaches the next pass. */
  private static boolean inLoopAround(Node def, NameExpr use) {
    Optional<Node> loop = use.findAncestor(Node.class, n -> n instanceof ForStmt
        || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt);
    while (loop.isPresent()) {
      if (def.isDescendantOf(loop.get())) {
        return true;
      }
      loop = loop.get().findAncestor(Node.class, n -> n instanceof ForStmt
          || n instanceof ForEachStmt || n instanceof WhileStmt || n instanceof DoStmt);
    }
    return false;
  }

  /** True when the statement holding {@code def} is directly in a block that encloses {@code use}. */
  private static boolean dominates(Node def, NameExpr use) {
    Optional<Statement> statement = def.findAncestor(Statement.class);
    return statement.flatMap(Node::getParentNode)
        .filter(BlockStmt.class::isInstance)
        .filter(block -> use.isDescendantOf(block))
        .isPresent();
  }

  private static boolean targets(Expression target, Declared local) {
    return target.isNameExpr()
        && target.asNameExpr().getNameAsString().equals(local.name())
        && Declarations.find(target.asNameExpr()).map(Declared::node)
            .filter(n -> n == local.node()).isPresent();
  }
}
