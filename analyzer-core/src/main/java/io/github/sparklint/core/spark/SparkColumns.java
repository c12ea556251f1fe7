package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.MethodFact.COLUMN;

import java.util.Arrays;
import java.util.Optional;

/**
 * What Spark's Column methods and functions mean for the rows a condition keeps or a projection
 * makes (the {@code column} facts of {@code spark-methods.txt}): a reference to a named column
 * ({@code col("id")}, {@code ds.col("id")}), an equality with a value ({@code equalTo}, {@code
 * ===}), a conjunction ({@code and}), a renaming ({@code alias}), the name of the file each row
 * was read from ({@code input_file_name()}); and the Dataset steps that take columns: a condition
 * ({@code filter}, {@code where}), a projection ({@code select}), a named column ({@code
 * withColumn}). A {@code Column} is no type the engine follows, so its own methods are known by
 * name, like the aggregate functions.
 */
public final class SparkColumns {
  private static final SparkMethods.Table<String> ROLES = SparkMethods.table(COLUMN);
  private static final Optional<SparkKind> ON_COLUMN = Optional.of(SparkKind.COLUMN);
  private static final Optional<SparkKind> ON_DATASET = Optional.of(SparkKind.DATASET);
  /** The method name the facts give a constructor. */
  private static final String CONSTRUCTOR = "new";

  private SparkColumns() {}

  /**
   * True when {@code method} on {@code owner} (a Dataset's {@code col}, the functions' {@code col};
   * empty for a static call whose owner is out of sight) names a column by its argument 0.
   */
  public static boolean isReference(Optional<SparkKind> owner, String method) {
    return is(owner, method, "reference");
  }

  /**
   * True when a new object of {@code kind} names a column by its argument 0 ({@code new
   * Column("id")}).
   */
  public static boolean isConstructedReference(SparkKind kind) {
    return is(Optional.of(kind), CONSTRUCTOR, "reference");
  }

  /** True when {@code method} on {@code owner} (empty: out of sight) names a row's input file. */
  public static boolean isInputFile(Optional<SparkKind> owner, String method) {
    return is(owner, method, "input-file");
  }

  /** True when the Column method {@code method} tests its column for equality with argument 0. */
  public static boolean isEquality(String method) {
    return is(ON_COLUMN, method, "equality");
  }

  /** True when the Column method {@code method} holds where its column and argument 0 both hold. */
  public static boolean isConjunction(String method) {
    return is(ON_COLUMN, method, "conjunction");
  }

  /** True when the Column method {@code method} renames its column ({@code alias}). */
  public static boolean isAlias(String method) {
    return is(ON_COLUMN, method, "alias");
  }

  /** True when the Dataset method {@code method} keeps the rows where its argument 0 holds. */
  public static boolean isCondition(String method) {
    return is(ON_DATASET, method, "condition");
  }

  /**
   * True when {@code method} of {@code owner} (a Dataset, an RDD) keeps the rows where its
   * argument 0 (a Column, a text, a function) holds.
   */
  public static boolean isCondition(SparkKind owner, String method) {
    return is(Optional.of(owner), method, "condition");
  }

  /**
   * True when the Column method {@code method} holds where its column equals one of its arguments
   * or of the collection its argument 0 holds ({@code isin}, {@code isInCollection}).
   */
  public static boolean isMembership(String method) {
    return is(ON_COLUMN, method, "membership");
  }

  /** True when the Dataset method {@code method} makes a result of its argument columns. */
  public static boolean isProjection(String method) {
    return is(ON_DATASET, method, "projection");
  }

  /** True when the Dataset method {@code method} sets the column argument 0 names to argument 1. */
  public static boolean isNamedColumn(String method) {
    return is(ON_DATASET, method, "named");
  }

  /**
   * True when the fact says {@code role} for {@code method} on {@code owner}, or on any kind when
   * the owner is out of sight (a static import the file does not resolve).
   */
  private static boolean is(Optional<SparkKind> owner, String method, String role) {
    if (owner.isPresent()) {
      return ROLES.get(owner.get(), method).filter(role::equals).isPresent();
    }
    return ROLES.names().contains(method) && Arrays.stream(SparkKind.values())
        .anyMatch(kind -> ROLES.get(kind, method).filter(role::equals).isPresent());
  }
}
