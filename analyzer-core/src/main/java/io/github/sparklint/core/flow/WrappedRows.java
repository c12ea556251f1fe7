package io.github.sparklint.core.flow;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The Dataset or RDD argument whose rows a Spark call or constructor returns as they are ({@code
 * rows-of-argument} facts): a reader parsing the JSON lines it is given ({@code
 * spark.read().json(jsonLines)}), a Java RDD conversion, an MLlib matrix made around an RDD
 * ({@code new IndexedRowMatrix(rows.rdd())}). An argument of no known Dataset or RDD kind gives
 * none.
 */
final class WrappedRows {
  private WrappedRows() {}

  /** The argument whose rows {@code call}, a method of {@code owner}, returns as they are. */
  static Optional<Expression> ofCall(MethodCallExpr call, SparkKind owner, SparkTypes types) {
    return distributed(call.getArguments(),
        SparkApi.rowsOfArgument(owner, call.getNameAsString()), types);
  }

  /** The argument whose rows the Spark object {@code created} holds as they are. */
  static Optional<Expression> ofConstructor(ObjectCreationExpr created, SparkTypes types) {
    Optional<SparkKind> kind = types.kindOf(created);
    return kind.isEmpty() ? Optional.empty() : distributed(created.getArguments(),
        SparkApi.constructorRowsOfArgument(kind.get()), types);
  }

  private static Optional<Expression> distributed(NodeList<Expression> arguments,
      OptionalInt index, SparkTypes types) {
    return index.isPresent() && index.getAsInt() < arguments.size()
        ? Optional.of(arguments.get(index.getAsInt()))
            .filter(a -> types.kindOf(a).filter(SparkKind::isDistributed).isPresent())
        : Optional.empty();
  }
}
