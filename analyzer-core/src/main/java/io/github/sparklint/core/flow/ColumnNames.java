package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkColumns;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns Column expressions name, as the {@code column} facts read them: {@code "id"} where
 * a step takes names ({@code groupBy("id")}), {@code col("id")}, {@code ds.col("id")}, {@code new
 * Column("id")}, and a named constant whose value is out of sight ({@code col(ID)}, named by its
 * text). Names compare without case, as Spark resolves them by default.
 */
final class ColumnNames {
  /** Marks a name known by the constant that holds it, not by its value. */
  private static final String SYMBOL = "=";

  private final SparkTypes types;

  ColumnNames(SparkTypes types) {
    this.types = types;
  }

  /** The column {@code column} names: a name ({@code "id"}, {@code ID}) or a column reference. */
  Optional<String> of(Expression column) {
    Expression e = Expressions.unwrap(column);
    return name(e).or(() -> referenced(e));
  }

  /**
   * The column a reference names ({@code col("id")}, {@code col(ID)}, {@code new Column("id")});
   * empty for others.
   */
  Optional<String> referenced(Expression column) {
    Expression e = Expressions.unwrap(column);
    if (e.isObjectCreationExpr()) {
      ObjectCreationExpr created = e.asObjectCreationExpr();
      return created.getArguments().size() == 1 && types.isColumnType(created.getType())
          && SparkColumns.isConstructedReference(SparkKind.COLUMN)
          ? name(Expressions.unwrap(created.getArgument(0))) : Optional.empty();
    }
    return e.isMethodCallExpr() && isReference(e.asMethodCallExpr())
        ? name(Expressions.unwrap(e.asMethodCallExpr().getArgument(0))) : Optional.empty();
  }

  /** A String constant's value, or the text of a name whose value is out of sight. */
  private static Optional<String> name(Expression e) {
    Optional<String> constant = Constants.stringValue(e);
    if (constant.isPresent()) {
      return constant.map(ColumnNames::normal);
    }
    return e.isNameExpr() || e.isFieldAccessExpr() ? Optional.of(SYMBOL + e) : Optional.empty();
  }

  /**
   * True when {@code value} is one value for every row: it names no column ({@code col("k")},
   * {@code new Column("k")}) and calls no Spark function other than a literal ({@code lit(x)}),
   * and no variable in it is a {@code Column}.
   */
  boolean isSingleValue(Expression value) {
    if (value.findFirst(MethodCallExpr.class, this::isColumnValued).isPresent()
        || value.findFirst(ObjectCreationExpr.class, c -> types.isColumnType(c.getType()))
            .isPresent()) {
      return false;
    }
    return value.findAll(NameExpr.class).stream()
        .noneMatch(n -> Declarations.find(n)
            .filter(d -> d.type() != null && types.isColumnType(d.type())).isPresent());
  }

  private boolean isColumnValued(MethodCallExpr call) {
    if (isReference(call)) {
      return true;
    }
    Optional<SparkKind> owner = types.ownerOf(call);
    return owner.filter(k -> k == SparkKind.FUNCTIONS || k == SparkKind.DATASET).isPresent()
        && !SparkApi.keySource(owner.get(), call.getNameAsString())
            .filter("constant"::equals).isPresent();
  }

  private boolean isReference(MethodCallExpr call) {
    return call.getArguments().size() == 1
        && SparkColumns.isReference(types.ownerOf(call), call.getNameAsString());
  }

  /** {@code name} as Spark compares it by default: without case. */
  static String normal(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
