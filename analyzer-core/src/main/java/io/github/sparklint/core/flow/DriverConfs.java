package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.spark.SparkClasses;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.TestDoubles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code SparkConf} set in code can configure a running driver. It can unless that is
 * provably not so: a conf built here ({@code new SparkConf()}, in a chain or a local) whose every
 * use only reads it ({@code conf.get(..)}, {@code toDebugString()}), hands it to a test double
 * or an assertion, discards it, or passes it to a project method whose summary says it does no
 * more. Anything else (a constructor such as {@code new SparkContext(conf)}, {@code
 * builder().config(conf)}, a return, a field, a call sparklint cannot see, a conf that came from
 * elsewhere) counts as reaching a driver, so config rules keep their findings on unknown code.
 */
public final class DriverConfs {
  /** How many locals one conf is followed through. */
  private static final int MAX_LOCALS = 16;

  private final SparkTypes types;

  public DriverConfs(SparkTypes types) {
    this.types = types;
  }

  /** True unless the conf {@code setting} ({@code SparkConf.set}) sets provably stays inert. */
  public boolean mayReachDriver(MethodCallExpr setting) {
    Set<Node> seen = new HashSet<>();
    Expression root = setting;
    while (root.isMethodCallExpr() && root.asMethodCallExpr().getScope().isPresent()
        && types.kindOf(root.asMethodCallExpr().getScope().get())
            .filter(k -> k == SparkKind.SPARK_CONF).isPresent()) {
      root = root.asMethodCallExpr().getScope().get();
    }
    if (root.isObjectCreationExpr()) {
      return escapes(setting, seen);
    }
    if (!root.isNameExpr()) {
      return true;
    }
    Optional<Declarations.Declared> local = Declarations.find(root.asNameExpr())
        .filter(d -> d.isLocal() && Declarations.isEffectivelyFinal(d)
            && d.initializer().filter(this::isFreshConf).isPresent());
    return local.isEmpty() || escapes(setting, seen) || usesEscape(local.get(), seen);
  }

  /**
   * The positions of {@code method}'s {@code SparkConf} parameters that it provably never hands
   * to a running driver, for its summary.
   */
  List<Integer> inertParameters(MethodDeclaration method) {
    List<Integer> inert = new ArrayList<>();
    if (method.getBody().isEmpty()) {
      return inert;
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      Parameter parameter = method.getParameter(i);
      if (types.kindOfType(parameter.getType()).filter(k -> k == SparkKind.SPARK_CONF).isEmpty()) {
        continue;
      }
      Declarations.Declared declared = new Declarations.Declared(parameter.getNameAsString(),
          parameter.getType(), Optional.empty(), parameter, Declarations.Kind.PARAMETER);
      if (!usesEscape(declared, new HashSet<>())) {
        inert.add(i);
      }
    }
    return inert;
  }

  /** {@code new SparkConf(..)}, possibly followed by its own setters. */
  private boolean isFreshConf(Expression e) {
    Expression at = e;
    while (at.isMethodCallExpr() && at.asMethodCallExpr().getScope().isPresent()
        && types.kindOf(at).filter(k -> k == SparkKind.SPARK_CONF).isPresent()) {
      at = at.asMethodCallExpr().getScope().get();
    }
    return at.isObjectCreationExpr()
        && types.kindOf(at).filter(k -> k == SparkKind.SPARK_CONF).isPresent();
  }

  /** True when some use of the local or parameter {@code declared} lets the conf escape. */
  private boolean usesEscape(Declarations.Declared declared, Set<Node> seen) {
    if (!seen.add(declared.node()) || seen.size() > MAX_LOCALS) {
      return seen.size() > MAX_LOCALS;
    }
    Optional<BodyDeclaration> scope = declared.node().findAncestor(BodyDeclaration.class);
    if (scope.isEmpty()) {
      return true;
    }
    for (NameExpr use : scope.get().findAll(NameExpr.class,
        n -> n.getNameAsString().equals(declared.name()))) {
      boolean same = Declarations.find(use).filter(d -> d.node() == declared.node()).isPresent();
      if (same && !isAssignedTo(use) && escapes(use, seen)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAssignedTo(NameExpr use) {
    return use.getParentNode().filter(p -> p instanceof AssignExpr a && a.getTarget() == use)
        .isPresent();
  }

  /** True unless the conf {@code value} evaluates to provably goes nowhere a driver reads it. */
  private boolean escapes(Expression value, Set<Node> seen) {
    Optional<Node> parent = value.getParentNode();
    if (parent.isEmpty()) {
      return true;
    }
    Node p = parent.get();
    if (p instanceof ExpressionStmt) {
      return false;
    }
    if (p instanceof Expression e && (e.isEnclosedExpr() || e.isCastExpr())) {
      return escapes(e, seen);
    }
    if (p instanceof VariableDeclarator variable
        && variable.getParentNode().filter(VariableDeclarationExpr.class::isInstance).isPresent()) {
      return usesEscape(new Declarations.Declared(variable.getNameAsString(), variable.getType(),
          variable.getInitializer(), variable, Declarations.Kind.LOCAL), seen);
    }
    if (p instanceof MethodCallExpr call) {
      return call.getScope().orElse(null) == value ? escapesThroughOwnMethod(call, seen)
          : escapesAsArgument(call, call.getArguments().indexOf(value));
    }
    return true;
  }

  /** {@code conf.m(..)}: a setter or {@code clone()} passes the conf on, a read does not. */
  private boolean escapesThroughOwnMethod(MethodCallExpr call, Set<Node> seen) {
    Optional<SparkKind> returned =
        SparkClasses.returnKind(SparkKind.SPARK_CONF, call.getNameAsString());
    if (returned.isPresent()) {
      return escapes(call, seen);
    }
    return types.receiverKind(call).filter(k -> k == SparkKind.SPARK_CONF).isEmpty();
  }

  /** {@code m(.., conf, ..)}: inert for a test double, an assertion, a project method like them. */
  private boolean escapesAsArgument(MethodCallExpr call, int argument) {
    if (argument < 0) {
      return true;
    }
    if (TestDoubles.isTestDoubleOrAssertion(call.getNameAsString()) || call.getScope()
        .filter(s -> s.isMethodCallExpr()
            && TestDoubles.isTestDoubleOrAssertion(s.asMethodCallExpr().getNameAsString()))
        .isPresent()) {
      return false;
    }
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty()) {
      return true;
    }
    List<MethodSummary> callees = types.project().methods(site.get());
    return callees.isEmpty()
        || callees.stream().anyMatch(callee -> !callee.inertConfs().contains(argument));
  }
}
