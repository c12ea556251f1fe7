package io.github.sparklint.core.java;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The constant cap a loop puts on the size of a collection it fills: {@code while (it.hasNext()
 * && top.size() <= 10)} stops once {@code top} holds 11 elements, and so does a body that starts
 * or ends with {@code if (top.size() > 10) break;}. Only these plain shapes are read: a
 * comparison of {@code target.size()} with a constant, as a conjunct of the loop's condition or
 * as the condition of an {@code if} whose branch is a {@code break} (or {@code return}) and that
 * is a statement of the loop's own body. Anything else leaves the size uncapped.
 */
public final class SizeCaps {
  private SizeCaps() {}

  /** The most elements {@code loop} lets {@code target} hold, when a constant tells. */
  public static OptionalLong of(Statement loop, String target) {
    OptionalLong fromCondition = condition(loop)
        .map(c -> whileBelow(c, target)).orElse(OptionalLong.empty());
    return fromCondition.isPresent() ? fromCondition : breakAbove(body(loop), target);
  }

  private static Optional<Expression> condition(Statement loop) {
    if (loop instanceof WhileStmt w) {
      return Optional.of(w.getCondition());
    }
    if (loop instanceof DoStmt d) {
      return Optional.of(d.getCondition());
    }
    if (loop instanceof ForStmt f) {
      return f.getCompare();
    }
    return Optional.empty();
  }

  private static Statement body(Statement loop) {
    if (loop instanceof WhileStmt w) {
      return w.getBody();
    }
    if (loop instanceof DoStmt d) {
      return d.getBody();
    }
    return loop instanceof ForStmt f ? f.getBody() : loop;
  }

  /** The cap a loop condition {@code ... && target.size() < n && ...} puts on the size. */
  private static OptionalLong whileBelow(Expression condition, String target) {
    for (BinaryExpr compare : Comparisons.conjuncts(condition)) {
      OptionalLong limit = sizeLimit(compare, target, true);
      if (limit.isPresent()) {
        return limit;
      }
    }
    return OptionalLong.empty();
  }

  /** The cap a first or last body statement {@code if (target.size() >= n) break;} puts. */
  private static OptionalLong breakAbove(Statement body, String target) {
    if (!(body instanceof BlockStmt block) || block.getStatements().isEmpty()) {
      return OptionalLong.empty();
    }
    OptionalLong first = exitAbove(block.getStatement(0), target);
    return first.isPresent() ? first
        : exitAbove(block.getStatement(block.getStatements().size() - 1), target);
  }

  private static OptionalLong exitAbove(Statement statement, String target) {
    if (!(statement instanceof IfStmt test) || test.getElseStmt().isPresent()
        || !exits(test.getThenStmt())
        || !(Expressions.unwrap(test.getCondition()) instanceof BinaryExpr compare)) {
      return OptionalLong.empty();
    }
    return sizeLimit(compare, target, false);
  }

  private static boolean exits(Statement statement) {
    if (statement instanceof BlockStmt block) {
      return block.getStatements().size() == 1 && exits(block.getStatement(0));
    }
    return statement.isBreakStmt() || statement.isReturnStmt();
  }

  /**
   * The most elements {@code target} holds when {@code compare} keeps the loop going ({@code
   * whileTrue}) or ends it (otherwise): {@code size() < n} going allows n, {@code size() <= n}
   * n + 1; {@code size() >= n} or {@code == n} ending allows n whether it is checked before or
   * after the add, {@code size() > n} n + 1.
   */
  private static OptionalLong sizeLimit(BinaryExpr compare, String target, boolean whileTrue) {
    Optional<Comparisons.WithConstant> read =
        Comparisons.withConstant(compare, e -> isSizeOf(e, target));
    if (read.isEmpty()) {
      return OptionalLong.empty();
    }
    long n = read.get().constant();
    if (whileTrue) {
      return switch (read.get().op()) {
        case LESS -> OptionalLong.of(n);
        case LESS_EQUALS -> OptionalLong.of(n + 1);
        default -> OptionalLong.empty();
      };
    }
    return switch (read.get().op()) {
      case GREATER_EQUALS, EQUALS -> OptionalLong.of(n);
      case GREATER -> OptionalLong.of(n + 1);
      default -> OptionalLong.empty();
    };
  }

  private static boolean isSizeOf(Expression e, String target) {
    return Expressions.unwrap(e) instanceof MethodCallExpr call
        && call.getNameAsString().equals("size")
        && call.getArguments().isEmpty()
        && call.getScope().flatMap(QualifiedNames::of).filter(target::equals).isPresent();
  }
}
