package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.github.sparklint.core.java.Comparisons;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Row counts that the code checks before it uses a Dataset or RDD: inside {@code if (ds.count() ==
 * 1) {..}}, after {@code if (ds.count() > 1000) throw ..;}, after a test's {@code
 * assertEquals(20, rdd.count())} (JUnit) or {@code assertThat(rdd.count()).isEqualTo(20)}
 * (AssertJ), the variable has at most that many rows, since the code does not get there
 * otherwise. Only a local or parameter that is never assigned again is read, and only checks
 * that come before the use in an enclosing block, or an enclosing {@code if} whose condition
 * holds the check as a conjunct.
 */
final class CountGuards {
  private CountGuards() {}

  /** The most rows {@code use} can have where it stands, when a count check above it says so. */
  static OptionalLong rowsAt(NameExpr use) {
    String name = use.getNameAsString();
    for (Node n = use; n.getParentNode().isPresent(); n = n.getParentNode().get()) {
      Node parent = n.getParentNode().get();
      if (parent instanceof CallableDeclaration<?> || parent instanceof LambdaExpr) {
        return OptionalLong.empty();
      }
      OptionalLong found = OptionalLong.empty();
      if (parent instanceof IfStmt test && test.getThenStmt() == n) {
        found = whileTrue(test.getCondition(), name);
      } else if (parent instanceof BlockStmt block && n instanceof Statement statement) {
        found = checkedBefore(block, statement, name);
      }
      if (found.isPresent()) {
        // checked last: count checks are rare, and most names are never asked about
        return isNeverReassigned(use) ? found : OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** True when {@code use} names a local or parameter that is never assigned again. */
  private static boolean isNeverReassigned(NameExpr use) {
    return Declarations.find(use)
        .filter(d -> !d.isField() && Declarations.isEffectivelyFinal(d)).isPresent();
  }

  private static OptionalLong checkedBefore(BlockStmt block, Statement use, String name) {
    for (Statement s : block.getStatements()) {
      if (s == use) {
        return OptionalLong.empty();
      }
      OptionalLong found = s instanceof IfStmt test ? exitUnless(test, name)
          : s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
              ? asserted(call, name) : OptionalLong.empty();
      if (found.isPresent()) {
        return found;
      }
    }
    return OptionalLong.empty();
  }

  /** {@code if (ds.count() > n) throw ..;}: past it, at most n rows. */
  private static OptionalLong exitUnless(IfStmt test, String name) {
    if (test.getElseStmt().isPresent() || !exits(test.getThenStmt())) {
      return OptionalLong.empty();
    }
    Expression c = Expressions.unwrap(test.getCondition());
    return c instanceof BinaryExpr compare ? countLimit(compare, name, false)
        : OptionalLong.empty();
  }

  private static boolean exits(Statement s) {
    if (s instanceof BlockStmt block) {
      return block.getStatements().size() == 1 && exits(block.getStatement(0));
    }
    return s.isThrowStmt() || s.isReturnStmt()
        || s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
            && call.getNameAsString().equals("fail");
  }

  /**
   * {@code assertEquals(n, ds.count())} (with or without a leading message), {@code
   * assertTrue(ds.count() <= n)} or {@code assertThat(ds.count()).isEqualTo(n)}.
   */
  private static OptionalLong asserted(MethodCallExpr call, String name) {
    String method = call.getNameAsString();
    int args = call.getArguments().size();
    if (method.equals("assertEquals") && (args == 2 || args == 3)) {
      Expression expected = call.getArgument(args - 2);
      Expression actual = call.getArgument(args - 1);
      return isCountOf(actual, name) ? constant(expected)
          : isCountOf(expected, name) ? constant(actual) : OptionalLong.empty();
    }
    if (method.equals("assertTrue") && (args == 1 || args == 2)) {
      return whileTrue(call.getArgument(args == 1 ? 0 : 1), name);
    }
    if (method.equals("isEqualTo") && args == 1
        && call.getScope().filter(s -> s instanceof MethodCallExpr that
            && that.getNameAsString().equals("assertThat") && that.getArguments().size() == 1
            && isCountOf(that.getArgument(0), name)).isPresent()) {
      return constant(call.getArgument(0));
    }
    return OptionalLong.empty();
  }

  /** The limit a condition that holds as a whole puts, through its {@code &&} conjuncts. */
  private static OptionalLong whileTrue(Expression condition, String name) {
    for (BinaryExpr compare : Comparisons.conjuncts(condition)) {
      OptionalLong limit = countLimit(compare, name, true);
      if (limit.isPresent()) {
        return limit;
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The most rows {@code name} has when {@code compare} holds ({@code holds}) or fails: {@code
   * count() == n}, {@code <= n}, {@code < n} holding, or {@code != n}, {@code > n}, {@code >= n}
   * failing.
   */
  private static OptionalLong countLimit(BinaryExpr compare, String name, boolean holds) {
    Optional<Comparisons.WithConstant> read =
        Comparisons.withConstant(compare, e -> isCountOf(e, name));
    if (read.isEmpty()) {
      return OptionalLong.empty();
    }
    long v = read.get().constant();
    if (holds) {
      return switch (read.get().op()) {
        case EQUALS, LESS_EQUALS -> OptionalLong.of(v);
        case LESS -> OptionalLong.of(Math.max(0, v - 1));
        default -> OptionalLong.empty();
      };
    }
    return switch (read.get().op()) {
      case NOT_EQUALS, GREATER -> OptionalLong.of(v);
      case GREATER_EQUALS -> OptionalLong.of(Math.max(0, v - 1));
      default -> OptionalLong.empty();
    };
  }

  private static boolean isCountOf(Expression e, String name) {
    return Expressions.unwrap(e) instanceof MethodCallExpr call
        && call.getNameAsString().equals("count")
        && call.getArguments().isEmpty()
        && call.getScope().filter(s -> s.isNameExpr()
            && s.asNameExpr().getNameAsString().equals(name)).isPresent();
  }

  private static OptionalLong constant(Expression e) {
    Optional<Long> value = Constants.longValue(e).filter(v -> v >= 0);
    return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
  }
}
