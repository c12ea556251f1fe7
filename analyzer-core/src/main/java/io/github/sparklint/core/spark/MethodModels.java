package io.github.sparklint.core.spark;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The methods a project declares in {@code sparklint.yaml} under {@code models:}, for code
 * sparklint cannot see (a jar dependency, a team's platform wrappers): what they return, where
 * the returned rows come from, which arguments they collect or broadcast. The same rows as the
 * built-in Spark facts (docs/models.md), validated and immutable.
 */
public final class MethodModels {
  /**
   * The newest version of the {@code models:} section this sparklint reads: version 2 added a
   * row's condition ({@code when}), version 3 the rows a framework hands to implementations
   * ({@code hands}); older files are read as they always were.
   */
  public static final int VERSION = 3;
  /** The version that added a row's condition. */
  public static final int CONDITIONS_VERSION = 2;
  /** The version that added the fact {@code hands}. */
  public static final int HANDS_VERSION = 3;

  private static final MethodModels NONE = new MethodModels("", List.of());

  private final String source;
  private final List<MethodRow> rows;

  private MethodModels(String source, List<MethodRow> rows) {
    this.source = source;
    this.rows = List.copyOf(rows);
  }

  /** No models. */
  public static MethodModels none() {
    return NONE;
  }

  /**
   * The models of {@code rows}, read from {@code source} (the file as reported).
   *
   * @throws MethodRows.BadRow when a row repeats or contradicts another
   */
  public static MethodModels of(String source, List<MethodRow> rows) {
    MethodRows.checkConsistent(rows);
    checkTestedArguments(rows);
    for (MethodRow row : rows) {
      if (row.fact() != MethodFact.ROWS || !row.argument().equals("streaming")) {
        continue;
      }
      for (MethodRow other : rows) {
        if (other.fact() == MethodFact.RETURNS && !other.argument().equals("dataset")
            && other.sameMethod(row)) {
          throw new MethodRows.BadRow("argument", row.line(), "'rows streaming' needs a Dataset, "
              + "but line " + other.line() + " says 'returns " + other.argument() + "'");
        }
      }
    }
    return rows.isEmpty() ? NONE : new MethodModels(source, rows);
  }

  /**
   * Checks that the conditions of one method all test the same argument: a call is matched to
   * the row of its one argument's class.
   *
   * @throws MethodRows.BadRow naming the later row
   */
  private static void checkTestedArguments(List<MethodRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      MethodRow row = rows.get(i);
      for (int j = 0; row.when() != null && j < i; j++) {
        MethodRow earlier = rows.get(j);
        if (earlier.when() != null && earlier.sameMethod(row)
            && earlier.when().argument() != row.when().argument()) {
          throw new MethodRows.BadRow("when", row.line(), "tests argument "
              + row.when().argument() + ", but line " + earlier.line() + " tests argument "
              + earlier.when().argument() + " of " + row.owner() + "." + row.method()
              + "; the conditions of one method test one argument");
        }
      }
    }
  }

  /** The file the models were read from, as reported; empty for none. */
  public String source() {
    return source;
  }

  /** The rows, in file order. */
  public List<MethodRow> rows() {
    return rows;
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** A stable text that changes whenever a model (or where it is written) changes. */
  public String fingerprint() {
    return rows.isEmpty() ? "" : "models " + VERSION + " " + source + "\n" + rows.stream()
        .map(r -> r.line() + ": " + r.text()).collect(Collectors.joining("\n"));
  }
}
