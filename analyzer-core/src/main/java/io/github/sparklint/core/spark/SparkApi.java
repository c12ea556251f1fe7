package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.MethodFact.AGGREGATE;
import static io.github.sparklint.core.spark.MethodFact.COLLECTS;
import static io.github.sparklint.core.spark.MethodFact.DRIVER_COLLECTION;
import static io.github.sparklint.core.spark.MethodFact.LOCAL_ITERATOR;
import static io.github.sparklint.core.spark.MethodFact.ROWS;
import static io.github.sparklint.core.spark.MethodFact.TAKES;

import java.util.OptionalInt;
import java.util.Set;

/**
 * The Spark API facts about data flow: which actions bring data to the driver, which calls bound a
 * result's size, which transformations keep, multiply or flatten rows. Rules read every Spark fact
 * from this package, never from string literals of their own: this class, {@link SparkClasses}
 * (which classes are Datasets, RDDs or sessions and what their methods return), {@link
 * SparkClosures} (functions run on executors or on the driver), {@link SparkState} (broadcasts,
 * caching, accumulators, streaming state) and {@link SparkConfigKeys} (settings, keys, defaults).
 * The method facts are rows of {@code spark-methods.txt} ({@link SparkMethods}).
 */
public final class SparkApi {
  private SparkApi() {}

  /**
   * The most rows a driver comfortably holds: the default of SparkLargeTake's {@code maxRows}, and
   * the line between a small bound and a merely finite one ({@code range(0, 20_000_000L)}).
   */
  public static final long SMALL_ROW_COUNT = 100_000;

  /** The receiver, as the argument of a fact ({@code collects this}). */
  static final String RECEIVER = "this";

  private static final Set<String> COLLECTING_ACTION_NAMES = SparkMethods.names(COLLECTS, RECEIVER);
  private static final Set<String> ROW_COUNT_ACTION_NAMES = SparkMethods.names(TAKES);
  private static final Set<String> DRIVER_DATA_SOURCE_NAMES = SparkMethods.names(ROWS, "driver");
  private static final Set<String> SQL_QUERY_NAMES = SparkMethods.names(ROWS, "sql");
  private static final Set<String> DRIVER_COLLECTION_NAMES = SparkMethods.names(DRIVER_COLLECTION);
  private static final Set<String> LOCAL_ITERATOR_NAMES = SparkMethods.names(LOCAL_ITERATOR);

  /** True when {@code method} on {@code owner} brings all of the receiver's rows to the driver. */
  public static boolean isCollectingAction(SparkKind owner, String method) {
    return SparkMethods.has(owner, method, COLLECTS, RECEIVER);
  }

  /** The argument index holding the row count of a take-like action, if {@code method} is one. */
  public static OptionalInt rowCountArgument(SparkKind owner, String method) {
    return SparkMethods.argument(owner, method, TAKES)
        .map(index -> OptionalInt.of(Integer.parseInt(index))).orElse(OptionalInt.empty());
  }

  /** True when {@code method} on a Dataset caps its row count at its first argument. */
  public static boolean isRowLimit(SparkKind owner, String method) {
    return rows(owner, method, "limit");
  }

  /** True for {@code functions.<name>} aggregates with a fixed-size result (max, count, ...). */
  public static boolean isScalarAggregate(String function) {
    return SparkMethods.has(SparkKind.FUNCTIONS, function, AGGREGATE, "scalar");
  }

  /** True for aggregates whose result holds every input value (collect_list, ...). */
  public static boolean isGrowingAggregate(String function) {
    return SparkMethods.has(SparkKind.FUNCTIONS, function, AGGREGATE, "growing");
  }

  /** True when {@code method} on {@code owner} distributes data that is already on the driver. */
  public static boolean isDriverDataSource(SparkKind owner, String method) {
    return rows(owner, method, "driver");
  }

  /** True for unions and cogroups: bounded by the sum of their inputs. */
  public static boolean isUnion(SparkKind owner, String method) {
    return rows(owner, method, "sum");
  }

  /** True for joins and cartesian products: bounded by the product of their sides. */
  public static boolean isJoin(SparkKind owner, String method) {
    return rows(owner, method, "product");
  }

  /** True when {@code method} on {@code owner} never yields more rows than its receiver has. */
  public static boolean isRowPreserving(SparkKind owner, String method) {
    return rows(owner, method, "receiver");
  }

  /** True for Dataset methods with a small fixed-size result (describe, summary). */
  public static boolean isFixedSizeResult(SparkKind owner, String method) {
    return rows(owner, method, "fixed");
  }

  /** True when {@code method} on {@code owner} runs a SQL text given as its first argument. */
  public static boolean isSqlQuery(SparkKind owner, String method) {
    return rows(owner, method, "sql");
  }

  /** The name of {@link #isSqlQuery} (a cheap pre-filter). */
  public static boolean isSqlQueryName(String method) {
    return SQL_QUERY_NAMES.contains(method);
  }

  /** True for {@code spark.range(...)} / {@code sc.range(...)}, whose size is its arguments. */
  public static boolean isRange(SparkKind owner, String method) {
    return rows(owner, method, "range");
  }

  /** True when an ungrouped {@code agg(...)} on {@code owner} yields exactly one row. */
  public static boolean isGlobalAggregate(SparkKind owner, String method) {
    return rows(owner, method, "one");
  }

  /** Every method name that is a collecting action on some kind (a cheap pre-filter). */
  public static boolean isCollectingActionName(String method) {
    return COLLECTING_ACTION_NAMES.contains(method);
  }

  /** Every method name that is a take-like action on some kind (a cheap pre-filter). */
  public static boolean isRowCountActionName(String method) {
    return ROW_COUNT_ACTION_NAMES.contains(method);
  }

  /**
   * True when a call named {@code method} returns the rows as a driver-side collection; used for
   * {@code var} locals, whose declared type says nothing.
   */
  public static boolean returnsDriverCollection(String method) {
    return DRIVER_COLLECTION_NAMES.contains(method);
  }

  /** True when {@code method} on a Dataset/RDD returns a driver-side iterator over all rows. */
  public static boolean isLocalIterator(SparkKind owner, String method) {
    return SparkMethods.has(owner, method, LOCAL_ITERATOR);
  }

  /** The names of {@link #isLocalIterator} (a cheap pre-filter). */
  public static boolean isLocalIteratorName(String method) {
    return LOCAL_ITERATOR_NAMES.contains(method);
  }

  /**
   * True when {@code method} distributes driver-side data on some kind: the name alone, for a
   * receiver whose type the engine cannot resolve.
   */
  public static boolean isDriverDataSourceName(String method) {
    return DRIVER_DATA_SOURCE_NAMES.contains(method);
  }

  /** True for {@code mapPartitions}-like calls: one function call (and output) per partition. */
  public static boolean isPerPartitionTransform(SparkKind owner, String method) {
    return rows(owner, method, "per-partition");
  }

  /** True for {@code flatMap}-like calls: one function call per row, its output flattened. */
  public static boolean isPerRowFlattening(SparkKind owner, String method) {
    return rows(owner, method, "per-row");
  }

  /** True when the rows of {@code method}'s result on {@code owner} come {@code from} there. */
  static boolean rows(SparkKind owner, String method, String from) {
    return SparkMethods.has(owner, method, ROWS, from);
  }
}
