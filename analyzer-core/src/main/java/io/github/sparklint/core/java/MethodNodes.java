package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;

/**
 * The method calls, {@code return} statements and loops inside a method, in source order, nested
 * lambdas and classes included (what {@code method.findAll(..)} gives), from the file's {@link
 * CallableNodes}, grouped once per file from {@link FileNodes}' single walk.
 *
 * @param calls the method calls inside the method
 * @param returns the {@code return} statements inside the method (those of its lambdas and inner
 *     classes too: callers that want the method's own check the owner)
 * @param effects the method calls, {@code new} expressions and loops inside the method, in source
 *     (pre-)order ({@link FileNodes#effects})
 */
public record MethodNodes(List<MethodCallExpr> calls, List<ReturnStmt> returns,
    List<Node> effects) {
  /** The nodes inside {@code method}. */
  public static MethodNodes of(MethodDeclaration method) {
    CallableNodes nodes = CallableNodes.of(method);
    return new MethodNodes(nodes.calls(), nodes.returns(), nodes.effects());
  }

  /**
   * True when the body of {@code method} is one {@code throw} statement ({@code throw new
   * UnsupportedOperationException()}), a stub that never returns, or one {@code return null;}, a
   * placeholder whose caller would fail on what it returns.
   */
  public static boolean isStub(MethodDeclaration method) {
    return method.getBody().filter(body -> body.getStatements().size() == 1
        && (body.getStatement(0).isThrowStmt() || isReturnNull(body.getStatement(0))))
        .isPresent();
  }

  private static boolean isReturnNull(Statement statement) {
    return statement.isReturnStmt() && statement.asReturnStmt().getExpression()
        .filter(Expression::isNullLiteralExpr).isPresent();
  }
}
