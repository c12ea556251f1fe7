package io.github.sparklint.core.java;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.DataKey;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ExplicitConstructorInvocationStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The nodes of one file the rules iterate over, collected in a single pre-order walk and kept on
 * the compilation unit: fifteen rules and their helpers asking for "every method call" would
 * otherwise walk the whole tree again each time (measured: a quarter of the rules' time).
 *
 * @param calls every method call, in source (pre-)order
 * @param returns every {@code return} statement, in source order
 * @param creations every {@code new} expression, in source order
 * @param classes every class or interface declaration, in source order
 * @param declarations every type the file declares (classes, interfaces, enums, records,
 *     annotations; nested and local ones included), in source (pre-)order
 * @param types the same types by simple name; the first in source order when two share one
 * @param assignments every assignment ({@code =} and compound), in source order
 * @param constructorCalls every {@code this(..)} and {@code super(..)} call, in source order
 * @param effects every method call, {@code new} expression and {@code for} / {@code while} /
 *     {@code do} loop, in source (pre-)order: the nodes a function's own effect on data is read
 *     from, in the order a walk of its body meets them
 * @param steps every increment and decrement ({@code i++}, {@code --n}), in source order
 * @param variableNames the name of every variable the file declares: fields, locals, parameters
 *     (of methods, constructors, lambdas, {@code catch} clauses, records) and pattern variables;
 *     a name that is not among them has no declaration in the file ({@link Declarations#find})
 */
public record FileNodes(
    List<MethodCallExpr> calls,
    List<ReturnStmt> returns,
    List<ObjectCreationExpr> creations,
    List<ClassOrInterfaceDeclaration> classes,
    List<TypeDeclaration<?>> declarations,
    Map<String, TypeDeclaration<?>> types,
    List<AssignExpr> assignments,
    List<ExplicitConstructorInvocationStmt> constructorCalls,
    List<Node> effects,
    List<UnaryExpr> steps,
    Set<String> variableNames) {

  private static final DataKey<FileNodes> KEY = new DataKey<>() {};

  /** The nodes of {@code cu}, collected on first use. */
  public static FileNodes of(CompilationUnit cu) {
    if (cu.containsData(KEY)) {
      return cu.getData(KEY);
    }
    List<MethodCallExpr> calls = new ArrayList<>();
    List<ReturnStmt> returns = new ArrayList<>();
    List<ObjectCreationExpr> creations = new ArrayList<>();
    List<ClassOrInterfaceDeclaration> classes = new ArrayList<>();
    List<TypeDeclaration<?>> declarations = new ArrayList<>();
    Map<String, TypeDeclaration<?>> types = new HashMap<>();
    List<AssignExpr> assignments = new ArrayList<>();
    List<ExplicitConstructorInvocationStmt> constructorCalls = new ArrayList<>();
    List<Node> effects = new ArrayList<>();
    List<UnaryExpr> steps = new ArrayList<>();
    Set<String> variableNames = new HashSet<>();
    cu.walk(Node.TreeTraversal.PREORDER, node -> {
      if (node instanceof MethodCallExpr call) {
        calls.add(call);
        effects.add(call);
      } else if (node instanceof ReturnStmt ret) {
        returns.add(ret);
      } else if (node instanceof ObjectCreationExpr created) {
        creations.add(created);
        effects.add(created);
      } else if (isLoop(node)) {
        effects.add(node);
      } else if (node instanceof UnaryExpr unary && Declarations.isStep(unary)) {
        steps.add(unary);
      } else if (node instanceof AssignExpr assignment) {
        assignments.add(assignment);
      } else if (node instanceof ExplicitConstructorInvocationStmt constructorCall) {
        constructorCalls.add(constructorCall);
      } else if (node instanceof VariableDeclarator variable) {
        variableNames.add(variable.getNameAsString());
      } else if (node instanceof Parameter parameter) {
        variableNames.add(parameter.getNameAsString());
      } else if (node instanceof TypePatternExpr pattern) {
        variableNames.add(pattern.getNameAsString());
      } else if (node instanceof TypeDeclaration<?> type) {
        declarations.add(type);
        types.putIfAbsent(type.getNameAsString(), type);
        if (type instanceof ClassOrInterfaceDeclaration declared) {
          classes.add(declared);
        }
      }
    });
    FileNodes nodes = new FileNodes(List.copyOf(calls), List.copyOf(returns), List.copyOf(creations),
        List.copyOf(classes), List.copyOf(declarations), Map.copyOf(types),
        List.copyOf(assignments), List.copyOf(constructorCalls), List.copyOf(effects),
        List.copyOf(steps), Set.copyOf(variableNames));
    cu.setData(KEY, nodes);
    return nodes;
  }

  /**
   * The assignments inside {@code region}, in source order: what {@code
   * region.findAll(AssignExpr.class)} gives, without walking the region again. A method's or
   * constructor's are grouped once per file ({@link CallableNodes}); for another region (a type,
   * whose fields are assigned anywhere in it) the file's assignments inside it are picked out.
   */
  public static List<AssignExpr> assignmentsIn(Node region) {
    if (region instanceof CallableDeclaration<?> callable) {
      return CallableNodes.of(callable).assignments();
    }
    return region.findCompilationUnit().map(cu -> inside(region, of(cu).assignments()))
        .orElseGet(() -> region.findAll(AssignExpr.class));
  }

  /** The {@code nodes} that are {@code region} or inside it, in their order. */
  private static <T extends Node> List<T> inside(Node region, List<T> nodes) {
    List<T> found = new ArrayList<>();
    for (T node : nodes) {
      for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
        if (n == region) {
          found.add(node);
          break;
        }
      }
    }
    return found;
  }

  /** The simple names of every type the file declares. */
  public Set<String> typeNames() {
    return types.keySet();
  }

  /** True for a node {@link #effects} holds. */
  static boolean isEffect(Node node) {
    return node instanceof MethodCallExpr || node instanceof ObjectCreationExpr || isLoop(node);
  }

  private static boolean isLoop(Node node) {
    return node instanceof ForStmt || node instanceof WhileStmt || node instanceof DoStmt;
  }
}
