package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.MethodFact.AGGREGATE;
import static io.github.sparklint.core.spark.MethodFact.COLLECTS;
import static io.github.sparklint.core.spark.MethodFact.DRIVER_COLLECTION;
import static io.github.sparklint.core.spark.MethodFact.ELEMENTS;
import static io.github.sparklint.core.spark.MethodFact.KEYS;
import static io.github.sparklint.core.spark.MethodFact.LOCAL_ITERATOR;
import static io.github.sparklint.core.spark.MethodFact.MAPS_ELEMENTS;
import static io.github.sparklint.core.spark.MethodFact.MERGES;
import static io.github.sparklint.core.spark.MethodFact.ROWS;
import static io.github.sparklint.core.spark.MethodFact.ROWS_OF_ARGUMENT;
import static io.github.sparklint.core.spark.MethodFact.TAKES;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

  /** A constructor, as the method of a fact row ({@code distributed-matrix new}). */
  private static final String CONSTRUCTOR = "new";

  private static final SparkMethods.Table<String> COLLECTING_ACTIONS =
      SparkMethods.table(COLLECTS, RECEIVER);
  private static final SparkMethods.Table<Integer> ROW_COUNT_ACTIONS =
      SparkMethods.table(TAKES, Integer::valueOf);
  private static final SparkMethods.Table<String> SCALAR_AGGREGATES =
      SparkMethods.table(AGGREGATE, "scalar");
  private static final SparkMethods.Table<String> GROWING_AGGREGATES =
      SparkMethods.table(AGGREGATE, "growing");
  private static final SparkMethods.Table<String> DRIVER_COLLECTIONS =
      SparkMethods.table(DRIVER_COLLECTION);
  private static final SparkMethods.Table<String> LOCAL_ITERATORS =
      SparkMethods.table(LOCAL_ITERATOR);
  private static final SparkMethods.Table<String> ROW_LIMITS = rows("limit");
  private static final SparkMethods.Table<String> DRIVER_DATA_SOURCES = rows("driver");
  private static final SparkMethods.Table<String> ROW_SUMMING = rows("sum");
  private static final SparkMethods.Table<String> ROW_MULTIPLYING = rows("product");
  private static final SparkMethods.Table<String> ROW_PRESERVING = rows("receiver");
  private static final SparkMethods.Table<String> FIXED_SIZE_RESULTS = rows("fixed");
  private static final SparkMethods.Table<String> METADATA_LISTINGS = rows("metadata");
  private static final SparkMethods.Table<String> SQL_QUERIES = rows("sql");
  private static final SparkMethods.Table<String> RANGES = rows("range");
  private static final SparkMethods.Table<String> GLOBAL_AGGREGATES = rows("one");
  private static final SparkMethods.Table<String> PER_PARTITION_TRANSFORMS =
      rows("per-partition");
  private static final SparkMethods.Table<String> PER_ROW_FLATTENING = rows("per-row");
  private static final SparkMethods.Table<String> PER_KEY = rows("per-key");
  private static final SparkMethods.Table<String> KEY_SOURCES = SparkMethods.table(KEYS);
  private static final SparkMethods.Table<String> ELEMENT_SHAPES = SparkMethods.table(ELEMENTS);
  private static final SparkMethods.Table<String> ELEMENT_MAPS = SparkMethods.table(MAPS_ELEMENTS);
  private static final SparkMethods.Table<Integer> MERGING_ACTIONS =
      SparkMethods.table(MERGES, Integer::valueOf);
  private static final SparkMethods.Table<Integer> ROWS_OF_ARGUMENTS =
      SparkMethods.table(ROWS_OF_ARGUMENT, Integer::valueOf);

  /** True when {@code method} on {@code owner} brings all of the receiver's rows to the driver. */
  public static boolean isCollectingAction(SparkKind owner, String method) {
    return COLLECTING_ACTIONS.has(owner, method);
  }

  /** The argument index holding the row count of a take-like action, if {@code method} is one. */
  public static OptionalInt rowCountArgument(SparkKind owner, String method) {
    return ROW_COUNT_ACTIONS.get(owner, method).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /**
   * The index of the function that merges two partial results, when {@code method} on {@code owner}
   * brings one value merged from every element to the driver ({@code treeReduce}, {@code fold}).
   */
  public static OptionalInt mergingFunction(SparkKind owner, String method) {
    return MERGING_ACTIONS.get(owner, method).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** True when {@code method} on a Dataset caps its row count at its first argument. */
  public static boolean isRowLimit(SparkKind owner, String method) {
    return ROW_LIMITS.has(owner, method);
  }

  /** True for {@code functions.<name>} aggregates with a fixed-size result (max, count, ...). */
  public static boolean isScalarAggregate(String function) {
    return SCALAR_AGGREGATES.has(SparkKind.FUNCTIONS, function);
  }

  /** True for aggregates whose result holds every input value (collect_list, ...). */
  public static boolean isGrowingAggregate(String function) {
    return GROWING_AGGREGATES.has(SparkKind.FUNCTIONS, function);
  }

  /** True when {@code method} on {@code owner} distributes data that is already on the driver. */
  public static boolean isDriverDataSource(SparkKind owner, String method) {
    return DRIVER_DATA_SOURCES.has(owner, method);
  }

  /** True for unions and cogroups: bounded by the sum of their inputs. */
  public static boolean isUnion(SparkKind owner, String method) {
    return ROW_SUMMING.has(owner, method);
  }

  /** True for joins and cartesian products: bounded by the product of their sides. */
  public static boolean isJoin(SparkKind owner, String method) {
    return ROW_MULTIPLYING.has(owner, method);
  }

  /** True when {@code method} on {@code owner} never yields more rows than its receiver has. */
  public static boolean isRowPreserving(SparkKind owner, String method) {
    return ROW_PRESERVING.has(owner, method);
  }

  /** True for a catalog listing ({@code spark.catalog().listTables()}): metadata, small. */
  public static boolean isMetadataListing(SparkKind owner, String method) {
    return METADATA_LISTINGS.has(owner, method);
  }

  /** True for Dataset methods with a small fixed-size result (describe, summary). */
  public static boolean isFixedSizeResult(SparkKind owner, String method) {
    return FIXED_SIZE_RESULTS.has(owner, method);
  }

  /** True when {@code method} on {@code owner} runs a SQL text given as its first argument. */
  public static boolean isSqlQuery(SparkKind owner, String method) {
    return SQL_QUERIES.has(owner, method);
  }

  /** The name of {@link #isSqlQuery} (a cheap pre-filter). */
  public static boolean isSqlQueryName(String method) {
    return SQL_QUERIES.names().contains(method);
  }

  /** True for {@code spark.range(...)} / {@code sc.range(...)}, whose size is its arguments. */
  public static boolean isRange(SparkKind owner, String method) {
    return RANGES.has(owner, method);
  }

  /** True when an ungrouped {@code agg(...)} on {@code owner} yields exactly one row. */
  public static boolean isGlobalAggregate(SparkKind owner, String method) {
    return GLOBAL_AGGREGATES.has(owner, method);
  }

  /** Every method name that is a collecting action on some kind (a cheap pre-filter). */
  public static boolean isCollectingActionName(String method) {
    return COLLECTING_ACTIONS.names().contains(method);
  }

  /**
   * The text of every call without arguments that brings rows to the driver ({@code
   * collectAsList()}, {@code toLocalIterator()}, ...): the text check for files that use Spark
   * without naming it. {@code Stream.collect} always takes an argument, so {@code collect()} is
   * Spark's.
   */
  public static Set<String> driverActionCalls() {
    return DRIVER_ACTION_CALLS;
  }

  private static final Set<String> DRIVER_ACTION_CALLS = Stream.concat(
      COLLECTING_ACTIONS.names().stream(), LOCAL_ITERATORS.names().stream())
      .map(name -> name + "()").collect(Collectors.toUnmodifiableSet());

  /** Every method name that is a take-like action on some kind (a cheap pre-filter). */
  public static boolean isRowCountActionName(String method) {
    return ROW_COUNT_ACTIONS.names().contains(method);
  }

  /**
   * True when a call named {@code method} returns the rows as a driver-side collection; used for
   * {@code var} locals, whose declared type says nothing.
   */
  public static boolean returnsDriverCollection(String method) {
    return DRIVER_COLLECTIONS.names().contains(method);
  }

  /** True when {@code method} on a Dataset/RDD returns a driver-side iterator over all rows. */
  public static boolean isLocalIterator(SparkKind owner, String method) {
    return LOCAL_ITERATORS.has(owner, method);
  }

  /** The names of {@link #isLocalIterator} (a cheap pre-filter). */
  public static boolean isLocalIteratorName(String method) {
    return LOCAL_ITERATORS.names().contains(method);
  }

  /**
   * True when {@code method} distributes driver-side data on some kind: the name alone, for a
   * receiver whose type the engine cannot resolve.
   */
  public static boolean isDriverDataSourceName(String method) {
    return DRIVER_DATA_SOURCES.names().contains(method);
  }

  /** True for {@code mapPartitions}-like calls: one function call (and output) per partition. */
  public static boolean isPerPartitionTransform(SparkKind owner, String method) {
    return PER_PARTITION_TRANSFORMS.has(owner, method);
  }

  /** True for {@code flatMap}-like calls: one function call per row, its output flattened. */
  public static boolean isPerRowFlattening(SparkKind owner, String method) {
    return PER_ROW_FLATTENING.has(owner, method);
  }

  /**
   * The index of the argument whose rows {@code method} on {@code owner} returns when that
   * argument is a Dataset or RDD ({@code read().json(jsonStrings)}), if it has one.
   */
  public static OptionalInt rowsOfArgument(SparkKind owner, String method) {
    return ROWS_OF_ARGUMENTS.get(owner, method).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /**
   * The index of the constructor argument whose rows an object of {@code kind} holds when that
   * argument is a Dataset or RDD ({@code new RowMatrix(vectors)}), if it has one.
   */
  public static OptionalInt constructorRowsOfArgument(SparkKind kind) {
    return rowsOfArgument(kind, CONSTRUCTOR);
  }

  /**
   * True when {@code method} on {@code owner} yields one row (or map entry) per key of its result
   * ({@code reduceByKey}, {@code groupBy(..).agg(..)}, {@code countByKey}): at most its receiver's
   * rows, one when every element has the same key.
   */
  public static boolean isPerKey(SparkKind owner, String method) {
    return PER_KEY.has(owner, method);
  }

  /**
   * Where the keys of the result of {@code method} on {@code owner} come from: {@code kept} (the
   * receiver's), {@code pair} (the tuples its function returns), {@code function} (the values its
   * function returns) or {@code columns} (its arguments); {@code constant} for a column with one
   * value in every row ({@code lit(1)}); {@code deduplicated} for one row per value of its argument
   * columns ({@code dropDuplicates("id")}, {@code distinct()}); empty when it does not say.
   */
  public static Optional<String> keySource(SparkKind owner, String method) {
    return KEY_SOURCES.get(owner, method);
  }

  /**
   * What each element of the result of {@code method} on {@code owner} holds: {@code group} (the
   * receiver's rows sharing a key), {@code partition} (those of one partition) or {@code kept}
   * (the receiver's element as it is); empty when it does not say.
   */
  public static Optional<String> elementShape(SparkKind owner, String method) {
    return ELEMENT_SHAPES.get(owner, method);
  }

  /** True for {@code map}-like calls: one row per element, the value the function returns for it. */
  public static boolean mapsElements(SparkKind owner, String method) {
    return ELEMENT_MAPS.has(owner, method);
  }

  /** The methods whose result's rows come {@code from} there ({@code rows} rows). */
  static SparkMethods.Table<String> rows(String from) {
    return SparkMethods.table(ROWS, from);
  }
}
