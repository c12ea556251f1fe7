package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Expressions;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkColumns;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * The distinct names of the files a Dataset was read from: {@code
 * ds.select(input_file_name()).distinct()}, or a column the same method fills with them ({@code
 * withColumn(FILE, input_file_name())} ... {@code select(col(FILE).alias("f")).distinct()}). Such
 * a result has one row per input file: metadata, like a listing of tables or partitions, small
 * next to the rows (the {@code metadata} rows of the facts). Without the {@code distinct} there is
 * one row per input row; a projection with any other column has as many rows as that column has
 * values per file.
 */
final class InputFileLists {
  private final SparkTypes types;
  private final KeyedSteps steps;
  private final ColumnNames columns;

  InputFileLists(SparkTypes types) {
    this.types = types;
    this.steps = new KeyedSteps(types);
    this.columns = new ColumnNames(types);
  }

  /** True when {@code call} deduplicates a projection onto input file names only. */
  boolean listsInputFiles(MethodCallExpr call, SparkKind owner) {
    if (owner != SparkKind.DATASET || call.getScope().isEmpty() || !call.getArguments().isEmpty()
        || !SparkApi.keySource(owner, call.getNameAsString()).filter("deduplicated"::equals)
            .isPresent()) {
      return false;
    }
    Optional<MethodCallExpr> projection = steps.origin(call.getScope().get(),
        ConstantKeys::valueOf, step -> false);
    return projection.filter(p -> SparkColumns.isProjection(p.getNameAsString())
        && types.receiverKind(p).filter(k -> k == SparkKind.DATASET).isPresent()
        && !p.getArguments().isEmpty()
        && p.getArguments().stream().allMatch(this::isInputFileName)).isPresent();
  }

  /**
   * True for {@code input_file_name()} (renamed or not), or a column the enclosing method sets
   * only to it ({@code withColumn(FILE, input_file_name())}), named by a reference or a string.
   */
  private boolean isInputFileName(Expression column) {
    Expression e = unaliased(column);
    if (e.isMethodCallExpr()
        && SparkColumns.isInputFile(types.ownerOf(e.asMethodCallExpr()),
            e.asMethodCallExpr().getNameAsString())) {
      return true;
    }
    Optional<String> name = columns.of(e);
    Optional<Node> method = column.findAncestor(CallableDeclaration.class).map(Node.class::cast);
    if (name.isEmpty() || method.isEmpty()) {
      return false;
    }
    List<MethodCallExpr> sets = method.get().findAll(MethodCallExpr.class, set ->
        SparkColumns.isNamedColumn(set.getNameAsString()) && set.getArguments().size() == 2
            && columns.of(set.getArgument(0)).equals(name));
    return !sets.isEmpty() && sets.stream().allMatch(set -> {
      Expression value = unaliased(set.getArgument(1));
      return value.isMethodCallExpr() && SparkColumns.isInputFile(
          types.ownerOf(value.asMethodCallExpr()), value.asMethodCallExpr().getNameAsString());
    });
  }

  /** {@code column} without the {@code alias(..)} / {@code as(..)} calls that only rename it. */
  private static Expression unaliased(Expression column) {
    Expression e = Expressions.unwrap(column);
    while (e.isMethodCallExpr() && e.asMethodCallExpr().getScope().isPresent()
        && SparkColumns.isAlias(e.asMethodCallExpr().getNameAsString())) {
      e = Expressions.unwrap(e.asMethodCallExpr().getScope().get());
    }
    return e;
  }
}
