package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.YieldStmt;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The few constants a value can be, as the code writes it: a constant ({@code "all"}, {@code 1}),
 * a conditional expression or a {@code switch} expression whose every branch is one ({@code x < a
 * ? "low" : "high"}), or a local every value of which is one (assigned in {@code if}/{@code else}
 * branches). Anything else (a value read from the element, a parameter, a call) has no such set.
 */
final class ConstantChoices {
  private static final int MAX_DEPTH = 8;

  private ConstantChoices() {}

  /** The distinct constants every one of {@code values} is among; empty when one is not a choice. */
  static Optional<Set<String>> of(List<Expression> values) {
    Set<String> constants = new LinkedHashSet<>();
    for (Expression value : values) {
      if (!add(value, constants, 0)) {
        return Optional.empty();
      }
    }
    return constants.isEmpty() ? Optional.empty() : Optional.of(constants);
  }

  private static boolean add(Expression e, Set<String> constants, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    Optional<String> constant = Constants.stringValue(e);
    if (constant.isPresent()) {
      constants.add(constant.get());
      return true;
    }
    if (e.isEnclosedExpr()) {
      return add(e.asEnclosedExpr().getInner(), constants, depth + 1);
    }
    if (e.isConditionalExpr()) {
      return add(e.asConditionalExpr().getThenExpr(), constants, depth + 1)
          && add(e.asConditionalExpr().getElseExpr(), constants, depth + 1);
    }
    if (e instanceof SwitchExpr choice) {
      return addBranches(choice, constants, depth);
    }
    if (e.isNameExpr()) {
      Optional<List<Expression>> values = Declarations.singleValue(e.asNameExpr()).map(List::of)
          .or(() -> Assignments.valuesOf(e.asNameExpr()).map(Assignments.Values::values));
      return values.isPresent() && values.get().stream()
          .allMatch(value -> add(value, constants, depth + 1));
    }
    return false;
  }

  /** The value of each {@code case X -> value} and each {@code yield value} of {@code choice}. */
  private static boolean addBranches(SwitchExpr choice, Set<String> constants, int depth) {
    for (SwitchEntry entry : choice.getEntries()) {
      List<Expression> results = entry.getType() == SwitchEntry.Type.EXPRESSION
          && entry.getStatements().size() == 1 && entry.getStatement(0).isExpressionStmt()
          ? List.of(entry.getStatement(0).asExpressionStmt().getExpression())
          : entry.findAll(YieldStmt.class).stream().map(YieldStmt::getExpression).toList();
      if (results.isEmpty() && entry.getType() != SwitchEntry.Type.THROWS_STATEMENT) {
        return false;
      }
      for (Expression result : results) {
        if (!add(result, constants, depth + 1)) {
          return false;
        }
      }
    }
    return true;
  }
}
