package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ComponentPatternExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.RecordPatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.java.Declarations.Declared;
import io.github.sparklint.core.java.Declarations.Kind;
import java.util.Optional;

/**
 * Pattern variables: {@code o instanceof Dataset<?> ds} (Java 16), record patterns {@code h
 * instanceof Holder(Dataset<Row> ds)} and switch patterns (Java 21), in scope where JLS 6.3.1 puts
 * them: where the test is known to have matched (the then-branch of an {@code if}, the right side
 * of {@code &&}, a loop body, a {@code case} body), where it is known to have failed ({@code else},
 * the right side of {@code ||}), and after {@code if (!(o instanceof T t)) return;}. A top-level
 * type pattern's value is the tested expression, so the rows of {@code ds} are those of {@code o};
 * a record component's value is not known.
 */
final class PatternBindings {
  private PatternBindings() {}

  /** The pattern variable {@code name} that {@code parent} brings into scope at its child. */
  static Optional<Declared> declaredIn(Node parent, Node child, String name) {
    if (parent instanceof IfStmt s) {
      return child == s.getThenStmt() ? when(s.getCondition(), true, name)
          : s.getElseStmt().filter(e -> e == child)
              .flatMap(e -> when(s.getCondition(), false, name));
    }
    if (parent instanceof ConditionalExpr c) {
      return child == c.getThenExpr() ? when(c.getCondition(), true, name)
          : child == c.getElseExpr() ? when(c.getCondition(), false, name) : Optional.empty();
    }
    if (parent instanceof BinaryExpr b && child == b.getRight()) {
      return b.getOperator() == BinaryExpr.Operator.AND ? when(b.getLeft(), true, name)
          : b.getOperator() == BinaryExpr.Operator.OR ? when(b.getLeft(), false, name)
          : Optional.empty();
    }
    if (parent instanceof WhileStmt w && child == w.getBody()) {
      return when(w.getCondition(), true, name);
    }
    if (parent instanceof ForStmt f && child == f.getBody()) {
      return f.getCompare().flatMap(compare -> when(compare, true, name));
    }
    if (parent instanceof SwitchEntry entry) {
      return inLabels(entry, name).or(() -> entry.getGuard().filter(g -> g != child)
          .flatMap(guard -> when(guard, true, name)));
    }
    if (parent instanceof BlockStmt block) {
      return afterEarlyExit(block, child, name);
    }
    return Optional.empty();
  }

  /** A binding of a {@code case} label's pattern. */
  private static Optional<Declared> inLabels(SwitchEntry entry, String name) {
    for (Expression label : entry.getLabels()) {
      if (label instanceof ComponentPatternExpr pattern) {
        Optional<Declared> d = binding(pattern, name, Optional.empty());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A binding introduced by a statement before {@code child} that ends the block when its test
   * fails: {@code if (!(o instanceof T t)) return;} (also {@code throw}, {@code break}, {@code
   * continue}).
   */
  private static Optional<Declared> afterEarlyExit(BlockStmt block, Node child, String name) {
    for (Statement s : block.getStatements()) {
      if (s == child) {
        break;
      }
      if (s instanceof IfStmt i && i.getElseStmt().isEmpty()
          && cannotCompleteNormally(i.getThenStmt())) {
        Optional<Declared> d = when(i.getCondition(), false, name);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean cannotCompleteNormally(Statement s) {
    if (s instanceof BlockStmt b) {
      return b.getStatements().isNonEmpty()
          && cannotCompleteNormally(b.getStatements().getLast().get());
    }
    return s.isReturnStmt() || s.isThrowStmt() || s.isBreakStmt() || s.isContinueStmt();
  }

  /** The binding {@code condition} introduces when it evaluates to {@code truth}. */
  private static Optional<Declared> when(Expression condition, boolean truth, String name) {
    if (condition.isEnclosedExpr()) {
      return when(condition.asEnclosedExpr().getInner(), truth, name);
    }
    if (condition instanceof UnaryExpr u
        && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) {
      return when(u.getExpression(), !truth, name);
    }
    if (condition instanceof BinaryExpr b
        && b.getOperator() == (truth ? BinaryExpr.Operator.AND : BinaryExpr.Operator.OR)) {
      return when(b.getLeft(), truth, name).or(() -> when(b.getRight(), truth, name));
    }
    if (condition instanceof InstanceOfExpr test && truth) {
      return test.getPattern().flatMap(p -> binding(p, name, Optional.of(test.getExpression())));
    }
    return Optional.empty();
  }

  /** The variable {@code name} a pattern declares; {@code value} is what a type pattern binds. */
  private static Optional<Declared> binding(
      ComponentPatternExpr pattern, String name, Optional<Expression> value) {
    if (pattern instanceof TypePatternExpr type) {
      return type.getNameAsString().equals(name)
          ? Optional.of(new Declared(name, type.getType(), value, type, Kind.LOCAL))
          : Optional.empty();
    }
    if (pattern instanceof RecordPatternExpr record) {
      for (ComponentPatternExpr component : record.getPatternList()) {
        Optional<Declared> d = binding(component, name, Optional.empty());
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }
}
