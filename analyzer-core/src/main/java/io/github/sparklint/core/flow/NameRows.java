package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The rows a name holds, followed to its values: a count the code checked ({@link CountGuards}),
 * a parameter's symbol ({@link ParameterFlows}), the initializer of a single-assignment local, the
 * value that certainly reaches this use of a reassigned one, or else every value it is ever given;
 * a field or loop variable ({@link StoredRows}); a pattern binding shares what it was matched
 * from; the parameter of a lambda or of an anonymous class's method holds what the method
 * receiving the function hands it. The values are
 * followed back through the file's {@link RowBounds} ({@link StoredRows.Follow}). One instance
 * serves one file on one thread.
 */
final class NameRows {
  /** Stands for a reassigned local inside its own values ({@code ds = ds.filter(...)}). */
  private static final Flow SELF = Flow.known(Bound.driverData(null));

  private final SparkTypes types;
  private final StoredRows stored;
  private final StoredRows.Follow follow;

  NameRows(SparkTypes types, StoredRows stored, StoredRows.Follow follow) {
    this.types = types;
    this.stored = stored;
    this.follow = follow;
  }

  /** The rows {@code name} holds at this use. */
  Flow of(NameExpr name, Walk walk) {
    OptionalLong checked = CountGuards.rowsAt(name);
    if (checked.isPresent()) {
      return Flow.known(Bound.bounded(checked, "count()"));
    }
    Optional<Flow> filled = filledByReceivingCall(name);
    if (filled.isPresent()) {
      return filled.get();
    }
    Optional<Flow> parameter = ParameterFlows.valueOf(name);
    if (parameter.isPresent()) {
      return parameter.get();
    }
    Optional<Expression> known =
        Declarations.singleValue(name).or(() -> Assignments.reachingValue(name));
    if (known.isPresent()) {
      return follow.rows(known.get(), walk);
    }
    Optional<Assignments.Values> values = Assignments.valuesOf(name);
    if (values.isEmpty()) {
      return stored.namedField(name, walk).or(() -> stored.iterated(name, walk))
          .orElseGet(() -> unassigned(name));
    }
    Node declaration = values.get().declaration();
    if (!walk.enter(declaration)) {
      return SELF;
    }
    try {
      List<Flow> options = new ArrayList<>();
      for (Expression value : values.get().values()) {
        if (value.isNullLiteralExpr()) {
          continue; // `x = null` until a branch gives it rows: no rows of its own
        }
        Flow flow = follow.rows(value, walk);
        if (flow.isKnown() && !flow.bound().isBounded()) {
          return flow;
        }
        if (flow != SELF) {
          options.add(flow);
        }
      }
      return options.isEmpty() ? Flow.UNKNOWN : Flow.either(options);
    } finally {
      walk.leave(declaration);
    }
  }

  /**
   * The rows the parameter of a function handed to a call holds, filled by the call that receives
   * the function: a lambda's ({@code foreachBatch((batch, id) -> ..)}) or a method's of an
   * anonymous class ({@code foreachRDD(new VoidFunction<JavaRDD<T>>() { public void call(JavaRDD<T>
   * rdd) {..} })}). Spark fills it with unbounded rows; a project method with what its file hands
   * to such functions. Empty for any other name.
   */
  private Optional<Flow> filledByReceivingCall(NameExpr name) {
    Optional<MethodCallExpr> receiving = Declarations.find(name)
        .flatMap(NameRows::functionOf)
        .filter(function -> function.getParentNode().orElse(null) instanceof MethodCallExpr call
            && call.getArguments().stream().anyMatch(argument -> argument == function))
        .flatMap(Node::getParentNode)
        .map(MethodCallExpr.class::cast);
    if (receiving.isEmpty()) {
      return Optional.empty();
    }
    MethodCallExpr call = receiving.get();
    if (call.getScope().isPresent() && types.receiverKind(call).isPresent()) {
      return Optional.of(Flow.UNBOUNDED);
    }
    return Optional.of(Flow.handed(CallSites.receivingLambda(call),
        call.getArguments().stream().map(follow::argument).toList()));
  }

  /**
   * The function whose parameter {@code declared} is: its lambda, or the anonymous class whose
   * method declares it, unless that method is private or static (a helper of the class, which the
   * receiving call never calls itself).
   */
  private static Optional<Expression> functionOf(Declarations.Declared declared) {
    Optional<Node> parent = declared.node().getParentNode();
    if (declared.kind() == Declarations.Kind.LAMBDA_PARAMETER) {
      return parent.filter(LambdaExpr.class::isInstance).map(Expression.class::cast);
    }
    return parent.filter(p -> declared.kind() == Declarations.Kind.PARAMETER
            && p instanceof MethodDeclaration method && !method.isPrivate() && !method.isStatic())
        .flatMap(Node::getParentNode)
        .filter(o -> o instanceof ObjectCreationExpr created
            && created.getAnonymousClassBody().isPresent())
        .map(Expression.class::cast);
  }

  /**
   * A name the file gives no value: a pattern binding holds what it was matched from; a field or
   * a lambda parameter filled by other code is out of sight.
   */
  private Flow unassigned(NameExpr name) {
    Optional<Expression> matched = Declarations.find(name)
        .filter(d -> d.node() instanceof TypePatternExpr)
        .flatMap(d -> matchedBy(d.node()));
    if (matched.isPresent()) {
      return follow.rows(matched.get(), new Walk());
    }
    return Flow.UNKNOWN;
  }

  /**
   * What a pattern binding with no value of its own (a record component, a {@code case} label)
   * was taken out of: the tested expression or the switch selector, whose origin it shares.
   */
  private static Optional<Expression> matchedBy(Node pattern) {
    for (Node n = pattern.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof InstanceOfExpr test) {
        return Optional.of(test.getExpression());
      }
      if (n instanceof SwitchExpr sw) {
        return Optional.of(sw.getSelector());
      }
      if (n instanceof SwitchStmt sw) {
        return Optional.of(sw.getSelector());
      }
      if (n instanceof Statement) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
