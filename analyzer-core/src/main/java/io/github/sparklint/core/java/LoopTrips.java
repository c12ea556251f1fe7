package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How many times a statement runs because of the counted {@code for} loops around it, when
 * constants tell: {@code for (int i = 0; i < 200_000; i++)} runs its body 200,000 times, two such
 * loops nested multiply. Only the plain counting shape is read (one variable, compared with
 * {@code <}, {@code <=}, {@code >} or {@code >=} against a constant, stepped by a constant); any
 * other loop (a {@code while}, a bound read at run time) leaves the count unknown.
 */
public final class LoopTrips {
  private LoopTrips() {}

  /**
   * How many times {@code node} runs through the counted loops of its method or lambda; {@code 1}
   * when no loop encloses it, empty when an enclosing {@code for} loop's count is not a constant.
   * A {@code break} or an {@code if} inside may make it run less: this is the count the loops
   * allow, as a literal's size is the count its code allows.
   */
  public static OptionalLong around(Node node) {
    long trips = 1;
    for (Node n = node.getParentNode().orElse(null);
        n != null && !(n instanceof CallableDeclaration<?>) && !(n instanceof LambdaExpr);
        n = n.getParentNode().orElse(null)) {
      if (n instanceof ForStmt loop && isInBody(node, loop)) {
        OptionalLong count = of(loop);
        if (count.isEmpty()) {
          return OptionalLong.empty();
        }
        trips = multiply(trips, count.getAsLong());
      }
    }
    return OptionalLong.of(trips);
  }

  /** The number of times {@code loop}'s body runs, when it is a constant-count loop. */
  public static OptionalLong of(ForStmt loop) {
    if (loop.getInitialization().size() != 1 || loop.getCompare().isEmpty()
        || loop.getUpdate().size() != 1) {
      return OptionalLong.empty();
    }
    Optional<Start> start = start(loop.getInitialization().get(0));
    if (start.isEmpty() || !(loop.getCompare().get() instanceof BinaryExpr compare)
        || !compare.getLeft().isNameExpr()
        || !compare.getLeft().asNameExpr().getNameAsString().equals(start.get().name())) {
      return OptionalLong.empty();
    }
    Optional<Long> end = Constants.longValue(compare.getRight());
    OptionalLong step = step(loop.getUpdate().get(0), start.get().name());
    if (end.isEmpty() || step.isEmpty()) {
      return OptionalLong.empty();
    }
    long from = start.get().value();
    long to = end.get();
    long by = step.getAsLong();
    try {
      return switch (compare.getOperator()) {
        case LESS -> by > 0 ? count(Math.subtractExact(to, from), by) : OptionalLong.empty();
        case LESS_EQUALS -> by > 0
            ? count(Math.addExact(Math.subtractExact(to, from), 1), by) : OptionalLong.empty();
        case GREATER -> by < 0 ? count(Math.subtractExact(from, to), -by) : OptionalLong.empty();
        case GREATER_EQUALS -> by < 0
            ? count(Math.addExact(Math.subtractExact(from, to), 1), -by) : OptionalLong.empty();
        default -> OptionalLong.empty();
      };
    } catch (ArithmeticException e) {
      return OptionalLong.of(Long.MAX_VALUE);
    }
  }

  private record Start(String name, long value) {}

  private static Optional<Start> start(Expression init) {
    if (init instanceof VariableDeclarationExpr declaration
        && declaration.getVariables().size() == 1) {
      VariableDeclarator variable = declaration.getVariable(0);
      return variable.getInitializer().flatMap(Constants::longValue)
          .map(value -> new Start(variable.getNameAsString(), value));
    }
    if (init instanceof AssignExpr assign && assign.getOperator() == AssignExpr.Operator.ASSIGN
        && assign.getTarget().isNameExpr()) {
      return Constants.longValue(assign.getValue())
          .map(value -> new Start(assign.getTarget().asNameExpr().getNameAsString(), value));
    }
    return Optional.empty();
  }

  private static OptionalLong step(Expression update, String name) {
    if (update instanceof UnaryExpr unary && unary.getExpression().isNameExpr()
        && unary.getExpression().asNameExpr().getNameAsString().equals(name)) {
      return switch (unary.getOperator()) {
        case POSTFIX_INCREMENT, PREFIX_INCREMENT -> OptionalLong.of(1);
        case POSTFIX_DECREMENT, PREFIX_DECREMENT -> OptionalLong.of(-1);
        default -> OptionalLong.empty();
      };
    }
    if (update instanceof AssignExpr assign && assign.getTarget().isNameExpr()
        && assign.getTarget().asNameExpr().getNameAsString().equals(name)) {
      Optional<Long> by = Constants.longValue(assign.getValue()).filter(v -> v != 0);
      if (by.isEmpty()) {
        return OptionalLong.empty();
      }
      return switch (assign.getOperator()) {
        case PLUS -> OptionalLong.of(by.get());
        case MINUS -> OptionalLong.of(-by.get());
        default -> OptionalLong.empty();
      };
    }
    return OptionalLong.empty();
  }

  private static OptionalLong count(long span, long step) {
    if (span <= 0) {
      return OptionalLong.of(0);
    }
    return OptionalLong.of(span / step + (span % step == 0 ? 0 : 1));
  }

  /** True when {@code node} sits in the loop's body, not in its header. */
  private static boolean isInBody(Node node, ForStmt loop) {
    return node == loop.getBody() || node.isDescendantOf(loop.getBody());
  }

  private static long multiply(long a, long b) {
    long product = a * b;
    return a != 0 && (product / a != b || product < 0) ? Long.MAX_VALUE : product;
  }
}
