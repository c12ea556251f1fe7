package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import io.github.sparklint.core.java.Expressions;
import java.util.Optional;
import java.util.Set;

/**
 * A collection a method fills with one entry per element of another, in a loop that adds every
 * element ({@code for (Map.Entry<K, V> e : map.entrySet()) inverse.put(e.getValue(),
 * e.getKey());}, {@code map.forEach((k, v) -> inverse.put(v, k))}): it holds as many entries as
 * the collection iterated over (or as many distinct keys), so it is a copy of it for sizing. The
 * loop has to run once, unconditionally, in the method's own body, and add on every pass: a loop
 * under a condition, one that can skip or stop ({@code continue}, {@code break}, an {@code if}
 * around the add) or an add of something that is not the element copies nothing.
 */
final class LoopCopies {
  /** Views of a map or collection that have one element per entry. */
  private static final Set<String> VIEWS = Set.of("entrySet", "keySet", "values");
  private static final String FOR_EACH = "forEach";

  private LoopCopies() {}

  /**
   * True for {@code new HashMap<>(map.size())}, {@code new ArrayList<>(16)}: a new collection given
   * only a capacity, which starts empty.
   */
  static boolean isNewSized(Expression value) {
    return value.isObjectCreationExpr()
        && value.asObjectCreationExpr().getAnonymousClassBody().isEmpty()
        && value.asObjectCreationExpr().getArguments().size() == 1
        && isCapacity(Expressions.unwrap(value.asObjectCreationExpr().getArgument(0)));
  }

  private static boolean isCapacity(Expression e) {
    if (e.isIntegerLiteralExpr()) {
      return true;
    }
    if (e instanceof BinaryExpr binary) {
      return isCapacity(Expressions.unwrap(binary.getLeft()))
          && isCapacity(Expressions.unwrap(binary.getRight()));
    }
    return e.isMethodCallExpr() && e.asMethodCallExpr().getNameAsString().equals("size")
        && e.asMethodCallExpr().getArguments().isEmpty();
  }

  /**
   * The collection {@code fill} (an add or put on the copy) is run once for every element of: the
   * iterable of the for-each it is the whole or a top-level statement of, or the receiver of a
   * {@code forEach} whose lambda is the fill; without a view ({@code map} for {@code
   * map.entrySet()}). Empty when the loop is not a statement of {@code method}'s body, can skip
   * an element, or the fill does not add the element.
   */
  static Optional<Expression> iterated(MethodCallExpr fill, MethodDeclaration method) {
    if (!(fill.getParentNode().orElse(null) instanceof ExpressionStmt statement)) {
      return Optional.empty();
    }
    Node holder = statement.getParentNode().orElse(null);
    Node loop = holder instanceof BlockStmt block ? block.getParentNode().orElse(null) : holder;
    if (loop instanceof LambdaExpr lambda) {
      return forEachReceiver(fill, lambda, method);
    }
    if (!(loop instanceof ForEachStmt each) || !isBodyStatement(each, method)
        || canSkip(each.getBody())
        || !mentions(fill, each.getVariable().getVariables().get(0).getNameAsString())) {
      return Optional.empty();
    }
    return Optional.of(withoutView(each.getIterable()));
  }

  private static Optional<Expression> forEachReceiver(MethodCallExpr fill, LambdaExpr lambda,
      MethodDeclaration method) {
    if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr each)
        || !each.getNameAsString().equals(FOR_EACH) || each.getScope().isEmpty()
        || !(each.getParentNode().orElse(null) instanceof ExpressionStmt statement)
        || !isBodyStatement(statement, method) || canSkip(lambda.getBody())
        || lambda.getParameters().stream()
            .noneMatch(p -> mentions(fill, p.getNameAsString()))) {
      return Optional.empty();
    }
    return Optional.of(withoutView(each.getScope().get()));
  }

  /** True when {@code statement} is a statement of the method's own body, under no condition. */
  private static boolean isBodyStatement(Statement statement, MethodDeclaration method) {
    return method.getBody().filter(body -> statement.getParentNode().orElse(null) == body)
        .isPresent();
  }

  private static boolean canSkip(Statement body) {
    return body.findFirst(ContinueStmt.class).isPresent()
        || body.findFirst(BreakStmt.class).isPresent()
        || body.findFirst(ReturnStmt.class).isPresent()
        || body.findFirst(ThrowStmt.class).isPresent();
  }

  /**
   * True when the first argument of {@code fill} (what is added, or a map's key: one entry per
   * distinct key) is made from the element {@code name}.
   */
  private static boolean mentions(MethodCallExpr fill, String name) {
    return !fill.getArguments().isEmpty() && fill.getArgument(0).findFirst(NameExpr.class,
        n -> n.getNameAsString().equals(name)).isPresent();
  }

  private static Expression withoutView(Expression iterable) {
    Expression e = Expressions.unwrap(iterable);
    if (e.isMethodCallExpr() && VIEWS.contains(e.asMethodCallExpr().getNameAsString())
        && e.asMethodCallExpr().getArguments().isEmpty() && e.asMethodCallExpr().getScope()
            .isPresent()) {
      return Expressions.unwrap(e.asMethodCallExpr().getScope().get());
    }
    return e;
  }
}
