package io.github.sparklint.core.rules;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.flow.SparkSettings;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.java.JavaEdits;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.fix.TextEdit;
import io.github.sparklint.core.rule.ByteSizes;
import io.github.sparklint.core.spark.SparkClasses;
import io.github.sparklint.core.spark.SparkConfigKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The automatic fixes of the config rules, for a setting made in code: remove it, or give it a
 * safe constant value. Each is offered only when it provably keeps the code compiling and drops
 * nothing but the setting: every argument is free of side effects, a removed call returns its own
 * receiver (a builder step) or is a statement of its own in a block, and a replaced value is a
 * literal of the same kind.
 */
final class SettingFixes {
  private SettingFixes() {}

  /** A value to set instead: {@code text} in a string literal, {@code number} in a numeric one. */
  record SafeValue(String text, long number, String why) {}

  /**
   * Spark's default of a sized setting ({@code spark.driver.maxResultSize}: {@code 1g}) as a safe
   * value, or null when the key has no such default or it is above {@code limitBytes}.
   */
  static SafeValue sizeDefault(String key, long limitBytes) {
    Optional<String> text = SparkConfigKeys.configDefault(key);
    OptionalLong bytes = text.map(t -> ByteSizes.tryParse(t, 1)).orElse(OptionalLong.empty());
    return bytes.isPresent() && bytes.getAsLong() <= limitBytes
        ? new SafeValue(text.get(), bytes.getAsLong(), "Spark's default") : null;
  }

  /** Removes the call making {@code setting}, or the statement that is nothing but that call. */
  static SourceFix remove(SparkSettings.Setting setting, SparkTypes types) {
    MethodCallExpr call = setting.node();
    if (!call.getArguments().stream().allMatch(SettingFixes::isPure)
        || isReadBack(setting, types)) {
      return SourceFix.NONE;
    }
    Optional<TextEdit> edit = Optional.empty();
    Optional<ExpressionStmt> statement = call.getParentNode()
        .filter(ExpressionStmt.class::isInstance).map(ExpressionStmt.class::cast);
    if (statement.isPresent()) {
      if (call.getScope().filter(scope -> isPureReceiver(scope, types)).isPresent()) {
        edit = JavaEdits.removeStatement(statement.get());
      }
    } else if (returnsReceiver(setting, types)) {
      edit = JavaEdits.removeChainedCall(call);
    }
    return edit.map(e -> new SourceFix("remove the `" + setting.key() + "` setting from the code",
        List.of(e))).orElse(SourceFix.NONE);
  }

  /** Replaces a literal value of {@code setting} with {@code value}. */
  static SourceFix replaceValue(SparkSettings.Setting setting, SafeValue value) {
    if (setting.via() == SparkSettings.Via.SQL_SET || setting.node().getArguments().size() != 2) {
      return SourceFix.NONE;
    }
    Expression literal = setting.node().getArgument(1);
    String replacement;
    if (literal.isStringLiteralExpr()) {
      replacement = "\"" + value.text() + "\"";
    } else if (literal.isIntegerLiteralExpr() && value.number() <= Integer.MAX_VALUE) {
      replacement = Long.toString(value.number());
    } else if (literal.isLongLiteralExpr()) {
      replacement = value.number() + "L";
    } else {
      return SourceFix.NONE;
    }
    return JavaEdits.replace(literal, replacement)
        .map(e -> new SourceFix("set `" + setting.key() + "` to `" + value.text() + "`, "
            + value.why(), List.of(e)))
        .orElse(SourceFix.NONE);
  }

  /**
   * Whether a call of the file other than a setting names the setting's key ({@code
   * conf.get(key)}): code that reads the setting back would change if it went.
   */
  private static boolean isReadBack(SparkSettings.Setting setting, SparkTypes types) {
    Optional<CompilationUnit> unit = setting.node().findCompilationUnit();
    if (unit.isEmpty()) {
      return true;
    }
    Set<MethodCallExpr> settings = Collections.newSetFromMap(new IdentityHashMap<>());
    SparkSettings.in(unit.get(), types).forEach(s -> settings.add(s.node()));
    return FileNodes.of(unit.get()).calls().stream()
        .filter(call -> !settings.contains(call))
        .anyMatch(call -> call.getArguments().stream().anyMatch(a -> Constants.stringValue(a)
            .map(String::trim).filter(setting.key()::equals).isPresent()));
  }

  /** {@code conf.set(..)}, {@code builder.config(..)}: Spark's setters that return their receiver. */
  private static boolean returnsReceiver(SparkSettings.Setting setting, SparkTypes types) {
    Optional<SparkKind> owner = types.receiverKind(setting.node());
    return owner.isPresent()
        && SparkClasses.returnKind(owner.get(), setting.node().getNameAsString())
            .filter(owner.get()::equals).isPresent();
  }

  /**
   * A receiver whose evaluation does nothing: a name, a field, {@code this}, or a Spark getter
   * without arguments on one of those ({@code spark.conf()}, {@code spark.sqlContext()}).
   */
  private static boolean isPureReceiver(Expression scope, SparkTypes types) {
    if (scope instanceof MethodCallExpr getter) {
      return getter.getArguments().isEmpty() && getter.getScope().filter(SettingFixes::isPure)
          .isPresent() && types.receiverKind(getter).isPresent()
          && types.kindOf(getter).filter(k -> k == SparkKind.RUNTIME_CONFIG
              || k == SparkKind.SQL_CONTEXT || k == SparkKind.SPARK_CONF).isPresent();
    }
    return isPure(scope);
  }

  /** Literals, names, fields, {@code this} and operators on them (but {@code ++}/{@code --}). */
  private static boolean isPure(Expression e) {
    if (e.isLiteralExpr() || e.isNameExpr() || e.isThisExpr()) {
      return true;
    }
    if (e.isFieldAccessExpr()) {
      return isPure(e.asFieldAccessExpr().getScope());
    }
    if (e.isEnclosedExpr()) {
      return isPure(e.asEnclosedExpr().getInner());
    }
    if (e instanceof BinaryExpr b) {
      return isPure(b.getLeft()) && isPure(b.getRight());
    }
    if (e instanceof UnaryExpr u) {
      return !u.getOperator().name().contains("CREMENT") && isPure(u.getExpression());
    }
    return false;
  }
}
