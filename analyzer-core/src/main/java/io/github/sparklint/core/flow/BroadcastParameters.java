package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.SparkState;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The parameters a project method broadcasts itself, as a {@code broadcasts} model row says of a
 * method out of sight: {@code private <T> Broadcast<T> share(T value) { return
 * sc.broadcast(value); }}, {@code functions.broadcast(side)} of a Dataset parameter, also of a copy
 * made in place ({@code sc.broadcast(new HashMap<>(index))}). The parameter must keep the value
 * its callers pass (never assigned in the method): then what a call passes is what is broadcast,
 * and the call is checked as the broadcast would be ({@code SparkBroadcastLargeSource}).
 */
public final class BroadcastParameters {
  private BroadcastParameters() {}

  /** The positions of the parameters {@code method} broadcasts, in order. */
  public static List<Integer> of(MethodDeclaration method, SparkTypes types) {
    if (method.getBody().isEmpty() || method.getParameters().isEmpty()) {
      return List.of();
    }
    TreeSet<Integer> found = new TreeSet<>();
    for (MethodCallExpr call : MethodNodes.of(method).calls()) {
      String name = call.getNameAsString();
      if (call.getArguments().size() != 1 || !SparkState.isBroadcastMarkingName(name)
          || !Summarizer.ownedBy(call, method)) {
        continue;
      }
      Optional<SparkKind> owner = types.ownerOf(call);
      if (owner.isEmpty() || !SparkState.isBroadcastVariable(owner.get(), name)
          && !SparkState.isBroadcastFunction(owner.get(), name)) {
        continue;
      }
      position(broadcastValue(call.getArgument(0)), method).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /** What a broadcast argument holds: itself, or what a copy made in place copies. */
  private static Expression broadcastValue(Expression argument) {
    Expression value = Expressions.unwrap(argument);
    return ParameterCopies.copiedByConstructor(value).map(Expressions::unwrap).orElse(value);
  }

  /** The position of the parameter of {@code method} that {@code value} names, never assigned. */
  private static Optional<Integer> position(Expression value, MethodDeclaration method) {
    if (!value.isNameExpr()) {
      return Optional.empty();
    }
    List<Parameter> params = method.getParameters();
    return Declarations.find(value.asNameExpr())
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER
            && Declarations.isEffectivelyFinal(d))
        .map(Declarations.Declared::node)
        .flatMap(node -> params.stream().filter(p -> p == node).findFirst())
        .map(params::indexOf);
  }
}
