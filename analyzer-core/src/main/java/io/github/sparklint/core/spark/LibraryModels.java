package io.github.sparklint.core.spark;

/**
 * The built-in models of common connector and library methods (Elasticsearch, HBase, Cassandra,
 * Delta Lake, MongoDB, Neo4j, SANSA, disq, Spark ML transformers, the Guava and commons-collections
 * copies of an iterator), read once from {@value #RESOURCE} next to this class: the rows of user
 * models (docs/models.md), with every class fully qualified. They are the layer below a project's
 * {@code sparklint.yaml} models, which win for a method they describe.
 */
public final class LibraryModels {
  /** The resource holding the rows, next to this class; also how findings name it. */
  public static final String RESOURCE = "library-models.txt";

  private static final MethodModels MODELS =
      MethodModels.of(RESOURCE, MethodRows.load(RESOURCE, true, LibraryModels::fault));

  private LibraryModels() {}

  /** The built-in models. */
  public static MethodModels builtIn() {
    return MODELS;
  }

  /** Why {@code row} does not belong in the built-in file (a class not fully qualified), or null. */
  static MethodRows.BadRow fault(MethodRow row) {
    if (row.owner().indexOf('.') < 0) {
      return new MethodRows.BadRow("class", row.line(), "built-in models name classes fully "
          + "qualified (io.delta.tables.DeltaTable), not '" + row.owner() + "'");
    }
    if (row.fact() == MethodFact.RETURNS && MethodRows.isLibraryClass(row.argument())
        && row.argument().indexOf('.') < 0) {
      return new MethodRows.BadRow("argument", row.line(), "built-in models name returned "
          + "classes fully qualified, not '" + row.argument() + "'");
    }
    if (row.when() != null && row.when().className().indexOf('.') < 0) {
      return new MethodRows.BadRow("when", row.line(), "built-in models name the classes of "
          + "conditions fully qualified, not '" + row.when().className() + "'");
    }
    return null;
  }
}
