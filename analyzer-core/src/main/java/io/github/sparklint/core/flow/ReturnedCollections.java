package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.List;

/**
 * Where the rows come from of the Datasets and RDDs in a collection a method returns ({@code
 * Map<String, JavaRDDLike> go() { rdds.put(input, sc.textFile(path)); ...; return rdds; }}), for
 * its summary: a caller that reads an element of the result ({@code runner.go().get("signals")},
 * through a local) gets those rows, as if the method's body were inline. Only a local collection
 * whose every use is known ({@link DatasetCollections}), a parameter (the caller's collection) or
 * another project method's returned collection is followed; a field, a copy or a wrapper ({@code
 * Collections.unmodifiableMap(rdds)}) is of unknown origin.
 */
final class ReturnedCollections {
  private final SparkTypes types;
  private final RowBounds rows;

  ReturnedCollections(SparkTypes types, RowBounds rows) {
    this.types = types;
    this.rows = rows;
  }

  /**
   * The flow of the rows in the Datasets or RDDs of the collection {@code method} returns; null
   * when it returns no collection of them ({@code Map<String, Dataset<Row>>}, {@code
   * List<JavaRDD<String>>}; not an array, which {@link StoredRows} reads from its one value).
   */
  Flow elements(MethodDeclaration method) {
    if (!holdsDistributed(method)) {
      return null;
    }
    List<Flow> values = ReturnValues.returned(method).stream().map(this::elementsOf).toList();
    return values.isEmpty() ? null : Flow.either(values);
  }

  private Flow elementsOf(Expression returned) {
    if (returned.isNameExpr()) {
      return rows.argumentFlow(returned);
    }
    return returned.isMethodCallExpr() ? rows.flowOf(returned) : Flow.UNKNOWN;
  }

  /** True when {@code method} is declared to return a collection type of Datasets or RDDs. */
  private boolean holdsDistributed(MethodDeclaration method) {
    if (!(method.getType() instanceof ClassOrInterfaceType type)
        || !DriverCollections.isGrowingType(type)) {
      return false;
    }
    return DatasetCollections.elementKind(type, types).isPresent();
  }
}
