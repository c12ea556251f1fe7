package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The method calls and {@code return} statements inside each method of a file, in source order,
 * nested lambdas and classes included (what {@code method.findAll(..)} gives). The summarizer asks
 * these of every method several times; they are grouped once per file from {@link FileNodes}'
 * single walk instead of walking each method's tree again for each question.
 *
 * @param calls the method calls inside the method
 * @param returns the {@code return} statements inside the method (those of its lambdas and inner
 *     classes too: callers that want the method's own check the owner)
 */
public record MethodNodes(List<MethodCallExpr> calls, List<ReturnStmt> returns) {
  private static final DataKey<Map<Node, MethodNodes>> KEY = new DataKey<>() {};
  private static final MethodNodes NONE = new MethodNodes(List.of(), List.of());

  /** The nodes inside {@code method}. */
  public static MethodNodes of(MethodDeclaration method) {
    Optional<CompilationUnit> cu = method.findCompilationUnit();
    if (cu.isEmpty()) {
      return new MethodNodes(method.findAll(MethodCallExpr.class),
          method.findAll(ReturnStmt.class));
    }
    Map<Node, MethodNodes> byMethod;
    if (cu.get().containsData(KEY)) {
      byMethod = cu.get().getData(KEY);
    } else {
      byMethod = group(FileNodes.of(cu.get()));
      cu.get().setData(KEY, byMethod);
    }
    return byMethod.getOrDefault(method, NONE);
  }

  private static Map<Node, MethodNodes> group(FileNodes file) {
    Map<Node, MethodNodes> byMethod = new IdentityHashMap<>();
    for (MethodCallExpr call : file.calls()) {
      for (MethodDeclaration method : methodsAround(call)) {
        byMethod.computeIfAbsent(method, m -> new MethodNodes(new ArrayList<>(),
            new ArrayList<>())).calls().add(call);
      }
    }
    for (ReturnStmt ret : file.returns()) {
      for (MethodDeclaration method : methodsAround(ret)) {
        byMethod.computeIfAbsent(method, m -> new MethodNodes(new ArrayList<>(),
            new ArrayList<>())).returns().add(ret);
      }
    }
    byMethod.replaceAll((method, nodes) ->
        new MethodNodes(List.copyOf(nodes.calls()), List.copyOf(nodes.returns())));
    return byMethod;
  }

  /** Every method {@code node} is inside, innermost first (an inner class's method in another). */
  private static List<MethodDeclaration> methodsAround(Node node) {
    List<MethodDeclaration> methods = new ArrayList<>(2);
    for (Node n = node.getParentNode().orElse(null); n != null; n = n.getParentNode().orElse(null)) {
      if (n instanceof MethodDeclaration method) {
        methods.add(method);
      }
    }
    return methods;
  }
}
