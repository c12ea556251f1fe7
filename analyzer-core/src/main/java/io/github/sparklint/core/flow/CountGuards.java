package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
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
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Row counts that the code checks before it uses a Dataset or RDD: inside {@code if (ds.count() ==
 * 1) {..}}, after {@code if (ds.count() > 1000) throw ..;}, after a test's {@code
 * assertEquals(20, rdd.count())} (JUnit) or {@code assertThat(rdd.count()).isEqualTo(20)}
 * (AssertJ), the variable has at most that many rows, since the code does not get there
 * otherwise. A local or parameter is read when it is never assigned again, or when no statement
 * from the check to the use assigns it ({@code rdd = ret.get("a"); assertEquals(4, rdd.count());
 * rdd.collect()}); an element a collection holds under a constant key ({@code ret.get("a")}) when
 * the check counts that element, directly or through a local that holds it, and no statement from
 * the check to the use may change the collection. Only checks that come before the use in an enclosing
 * block, or an enclosing {@code if} whose condition holds the check as a conjunct, count.
 */
final class CountGuards {
  private CountGuards() {}

  /** A check found above a use: the most rows, and the statement holding the check. */
  private record Check(long limit, Statement at) {}

  /** The most rows {@code use} can have where it stands, when a count check above it says so. */
  static OptionalLong rowsAt(NameExpr use) {
    String name = use.getNameAsString();
    Optional<Check> check = checkAbove(use, subject -> isName(subject, name));
    if (check.isEmpty()) {
      return OptionalLong.empty();
    }
    // checked last: count checks are rare, and most names are never asked about
    Optional<Declarations.Declared> declared = Declarations.find(use).filter(d -> !d.isField());
    return declared.isPresent() && (Declarations.isEffectivelyFinal(declared.get())
        || !changedBetween(check.get().at(), use, node -> node instanceof AssignExpr assign
            && isName(assign.getTarget(), name)))
        ? OptionalLong.of(check.get().limit()) : OptionalLong.empty();
  }

  /**
   * The most rows the element {@code read} ({@code ret.get("a")}, a constant key) can have where
   * it stands, when a count check above it counts the same element; empty otherwise.
   */
  static OptionalLong rowsAt(MethodCallExpr read) {
    Optional<NameExpr> collection = DatasetCollections.elementRead(read);
    if (collection.isEmpty() || DatasetCollections.constantKey(read).isEmpty()) {
      return OptionalLong.empty();
    }
    Optional<Check> check = checkAbove(read, subject -> sameElement(subject, read)
        || subject.isNameExpr() && Declarations.singleValue(subject.asNameExpr())
            .map(Expressions::unwrap).filter(value -> sameElement(value, read)).isPresent());
    String name = collection.get().getNameAsString();
    return check.isPresent() && !changedBetween(check.get().at(), read, node ->
        node instanceof NameExpr use && isName(use, name) && DatasetCollections.mayChange(use))
        ? OptionalLong.of(check.get().limit()) : OptionalLong.empty();
  }

  private static Optional<Check> checkAbove(Expression use, Predicate<Expression> subject) {
    for (Node n = use; n.getParentNode().isPresent(); n = n.getParentNode().get()) {
      Node parent = n.getParentNode().get();
      if (parent instanceof CallableDeclaration<?> || parent instanceof LambdaExpr) {
        return Optional.empty();
      }
      OptionalLong found = OptionalLong.empty();
      if (parent instanceof IfStmt test && test.getThenStmt() == n) {
        found = whileTrue(test.getCondition(), subject);
        if (found.isPresent()) {
          return Optional.of(new Check(found.getAsLong(), test.getThenStmt()));
        }
      } else if (parent instanceof BlockStmt block && n instanceof Statement statement) {
        Optional<Check> check = checkedBefore(block, statement, subject);
        if (check.isPresent()) {
          return check;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when a statement from {@code check} (exclusive, unless it is the guarded {@code then}
   * branch) to the one holding {@code use} holds a {@code change}.
   */
  private static boolean changedBetween(Statement check, Node use, Predicate<Node> change) {
    Node block = check.getParentNode().orElse(null);
    List<Statement> statements = block instanceof BlockStmt b ? b.getStatements()
        : List.of(check);
    boolean inRange = !(block instanceof BlockStmt);
    for (Statement s : statements) {
      if (inRange && !s.findAll(Node.class, change).isEmpty()) {
        return true;
      }
      if (s == check) {
        inRange = true;
      }
      if (s.isAncestorOf(use)) {
        return false;
      }
    }
    return false;
  }

  /** The last check in {@code block} before the statement {@code use}. */
  private static Optional<Check> checkedBefore(BlockStmt block, Statement use,
      Predicate<Expression> subject) {
    Optional<Check> last = Optional.empty();
    for (Statement s : block.getStatements()) {
      if (s == use) {
        return last;
      }
      OptionalLong found = s instanceof IfStmt test ? exitUnless(test, subject)
          : s instanceof ExpressionStmt e && e.getExpression() instanceof MethodCallExpr call
              ? asserted(call, subject) : OptionalLong.empty();
      if (found.isPresent()) {
        last = Optional.of(new Check(found.getAsLong(), s));
      }
    }
    return last;
  }

  /** {@code if (ds.count() > n) throw ..;}: past it, at most n rows. */
  private static OptionalLong exitUnless(IfStmt test, Predicate<Expression> subject) {
    if (test.getElseStmt().isPresent() || !exits(test.getThenStmt())) {
      return OptionalLong.empty();
    }
    Expression c = Expressions.unwrap(test.getCondition());
    return c instanceof BinaryExpr compare ? countLimit(compare, subject, false)
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
   * {@code assertEquals(n, ds.count())} (with or without a message, leading as in JUnit 4 or
   * trailing as in JUnit 5), {@code assertTrue(ds.count() <= n)} (likewise) or {@code
   * assertThat(ds.count()).isEqualTo(n)}.
   */
  private static OptionalLong asserted(MethodCallExpr call, Predicate<Expression> subject) {
    String method = call.getNameAsString();
    int args = call.getArguments().size();
    if (method.equals("assertEquals") && (args == 2 || args == 3)) {
      // JUnit 4 and TestNG-style message first, JUnit 5 message last
      OptionalLong last = equalCount(call.getArgument(args - 2), call.getArgument(args - 1),
          subject);
      return last.isPresent() || args == 2 ? last
          : equalCount(call.getArgument(0), call.getArgument(1), subject);
    }
    if (method.equals("assertTrue") && (args == 1 || args == 2)) {
      OptionalLong last = whileTrue(call.getArgument(args - 1), subject);
      return last.isPresent() || args == 1 ? last : whileTrue(call.getArgument(0), subject);
    }
    if (method.equals("isEqualTo") && args == 1
        && call.getScope().filter(s -> s instanceof MethodCallExpr that
            && that.getNameAsString().equals("assertThat") && that.getArguments().size() == 1
            && isCountOf(that.getArgument(0), subject)).isPresent()) {
      return constant(call.getArgument(0));
    }
    return OptionalLong.empty();
  }

  /** The count two values asserted equal pin, when one counts the subject and the other is a constant. */
  private static OptionalLong equalCount(Expression one, Expression other,
      Predicate<Expression> subject) {
    return isCountOf(other, subject) ? constant(one)
        : isCountOf(one, subject) ? constant(other) : OptionalLong.empty();
  }

  /** The limit a condition that holds as a whole puts, through its {@code &&} conjuncts. */
  private static OptionalLong whileTrue(Expression condition, Predicate<Expression> subject) {
    for (BinaryExpr compare : Comparisons.conjuncts(condition)) {
      OptionalLong limit = countLimit(compare, subject, true);
      if (limit.isPresent()) {
        return limit;
      }
    }
    return OptionalLong.empty();
  }

  /**
   * The most rows the counted subject has when {@code compare} holds ({@code holds}) or fails: {@code
   * count() == n}, {@code <= n}, {@code < n} holding, or {@code != n}, {@code > n}, {@code >= n}
   * failing.
   */
  private static OptionalLong countLimit(BinaryExpr compare, Predicate<Expression> subject,
      boolean holds) {
    Optional<Comparisons.WithConstant> read =
        Comparisons.withConstant(compare, e -> isCountOf(e, subject));
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

  private static boolean isCountOf(Expression e, Predicate<Expression> subject) {
    return Expressions.unwrap(e) instanceof MethodCallExpr call
        && call.getNameAsString().equals("count")
        && call.getArguments().isEmpty()
        && call.getScope().map(Expressions::unwrap).filter(subject).isPresent();
  }

  private static boolean isName(Expression e, String name) {
    return e.isNameExpr() && e.asNameExpr().getNameAsString().equals(name);
  }

  /** True when {@code e} reads the element {@code read} reads: same collection, same key. */
  private static boolean sameElement(Expression e, MethodCallExpr read) {
    return e instanceof MethodCallExpr other && other.getNameAsString().equals(read.getNameAsString())
        && other.getScope().equals(read.getScope())
        && DatasetCollections.constantKey(other).equals(DatasetCollections.constantKey(read));
  }

  private static OptionalLong constant(Expression e) {
    Optional<Long> value = Constants.longValue(e).filter(v -> v >= 0);
    return value.isPresent() ? OptionalLong.of(value.get()) : OptionalLong.empty();
  }
}
