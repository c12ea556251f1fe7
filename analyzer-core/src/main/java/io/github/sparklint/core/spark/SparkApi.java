package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.CATALOG;
import static io.github.sparklint.core.spark.SparkKind.DATASET;
import static io.github.sparklint.core.spark.SparkKind.GROUPED;
import static io.github.sparklint.core.spark.SparkKind.KEY_VALUE_GROUPED;
import static io.github.sparklint.core.spark.SparkKind.RDD;
import static io.github.sparklint.core.spark.SparkKind.SESSION;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.SQL_CONTEXT;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Spark API facts about data flow: which actions bring data to the driver, which calls bound a
 * result's size, which transformations keep, multiply or flatten rows. Rules read every Spark fact
 * from this package, never from string literals of their own: this class, {@link SparkClasses}
 * (which classes are Datasets, RDDs or sessions and what their methods return, with {@link
 * SparkDStreams} for the legacy DStream API), {@link SparkClosures} (functions run on executors or
 * on the driver), {@link
 * SparkState} (broadcasts, caching, accumulators, streaming state) and {@link SparkConfigKeys}
 * (settings, keys, defaults).
 */
public final class SparkApi {
  private SparkApi() {}

  /**
   * The most rows a driver comfortably holds: the default of SparkLargeTake's {@code maxRows}, and
   * the line between a small bound and a merely finite one ({@code range(0, 20_000_000L)}).
   */
  public static final long SMALL_ROW_COUNT = 100_000;

  /** Actions that bring every row of the receiver to the driver. */
  private static final Map<SparkKind, Set<String>> COLLECTING_ACTIONS =
      Map.of(
          DATASET, Set.of("collect", "collectAsList"),
          RDD, Set.of("collect", "collectAsMap", "countByKey", "countByValue"));

  private static final Set<String> COLLECTING_ACTION_NAMES = SparkTables.names(COLLECTING_ACTIONS);

  /** Actions that bring the first/last n rows to the driver, with the index of the n argument. */
  private static final Map<SparkKind, Map<String, Integer>> ROW_COUNT_ACTIONS =
      Map.of(
          DATASET, Map.of("take", 0, "head", 0, "takeAsList", 0, "tail", 0, "show", 0),
          RDD, Map.of("take", 0, "takeOrdered", 0, "top", 0, "takeSample", 1));

  private static final Set<String> ROW_COUNT_ACTION_NAMES = SparkTables.names(ROW_COUNT_ACTIONS);

  /** Dataset transformations that cap the row count at their first argument. */
  private static final Set<String> ROW_LIMITS = Set.of("limit");

  /** Aggregate functions of {@code org.apache.spark.sql.functions} with a fixed-size result. */
  private static final Set<String> SCALAR_AGGREGATES =
      Set.of(
          "count", "countDistinct", "count_distinct", "sum", "sumDistinct", "sum_distinct",
          "avg", "mean", "max", "min", "first", "last", "approx_count_distinct",
          "approxCountDistinct", "stddev", "stddev_pop", "stddev_samp", "variance", "var_pop",
          "var_samp", "corr", "covar_pop", "covar_samp", "kurtosis", "skewness",
          "percentile_approx", "percentile", "median", "mode", "max_by", "min_by", "any_value",
          "bool_and", "bool_or", "every", "some", "count_if", "bit_and", "bit_or", "bit_xor",
          "product", "grouping", "grouping_id", "hll_sketch_agg", "approx_percentile");

  /** Aggregate functions whose result grows with the input (an array of every value). */
  private static final Set<String> GROWING_AGGREGATES =
      Set.of("collect_list", "collect_set", "array_agg");

  /** Calls that create a distributed collection from data that already sits on the driver. */
  private static final Map<SparkKind, Set<String>> DRIVER_DATA_SOURCES =
      Map.of(
          SESSION, Set.of("createDataFrame", "createDataset"),
          SQL_CONTEXT, Set.of("createDataFrame", "createDataset"),
          SPARK_CONTEXT,
          Set.of("parallelize", "parallelizePairs", "parallelizeDoubles", "makeRDD"));

  private static final Set<String> DRIVER_DATA_SOURCE_NAMES =
      SparkTables.names(DRIVER_DATA_SOURCES);

  /**
   * Transformations with at most as many rows as all their inputs together: unions, and
   * cogroups (one row per distinct key of either side).
   */
  private static final Map<SparkKind, Set<String>> ROW_SUMMING =
      Map.of(
          DATASET, Set.of("union", "unionAll", "unionByName"),
          RDD, Set.of("union", "cogroup", "groupWith"));

  /** Joins and products: at most as many rows as the product of their sides. */
  private static final Map<SparkKind, Set<String>> ROW_MULTIPLYING =
      Map.of(
          DATASET, Set.of("join", "crossJoin", "joinWith"),
          RDD, Set.of("join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cartesian"));

  /** Transformations whose output has at most as many rows as their input. */
  private static final Map<SparkKind, Set<String>> ROW_PRESERVING =
      Map.of(
          DATASET, Set.of("select", "selectExpr", "filter", "where", "map", "distinct",
              "dropDuplicates", "dropDuplicatesWithinWatermark", "orderBy", "sort",
              "sortWithinPartitions", "withColumn", "withColumns", "withColumnRenamed",
              "withColumnsRenamed", "drop", "repartition", "repartitionByRange", "coalesce",
              "cache", "persist", "unpersist", "sample", "as", "toDF", "alias", "hint", "except",
              "exceptAll", "intersect", "intersectAll", "withWatermark", "checkpoint",
              "localCheckpoint", "observe", "to", "toJSON", "offset", "groupBy", "rollup", "cube",
              "groupByKey", "rdd", "javaRDD", "toJavaRDD", "withMetadata"),
          GROUPED, Set.of("agg", "count", "sum", "avg", "mean", "max", "min", "pivot"),
          KEY_VALUE_GROUPED, Set.of("agg", "count", "mapGroups", "reduceGroups", "keys",
              "mapValues"),
          RDD, Set.of("map", "filter", "distinct", "repartition", "coalesce", "sample", "sortBy",
              "sortByKey", "cache", "persist", "unpersist", "mapToPair", "mapToDouble", "keyBy",
              "reduceByKey", "groupByKey", "groupBy", "aggregateByKey", "combineByKey",
              "foldByKey", "mapValues", "keys", "values", "subtract", "subtractByKey",
              "intersection", "zipWithIndex", "zipWithUniqueId", "glom", "setName",
              "partitionBy", "repartitionAndSortWithinPartitions", "checkpoint",
              "localCheckpoint", "rdd", "wrapRDD", "toJavaRDD"));

  /** Catalog listings: one row per database, table, column or function, metadata not data. */
  private static final Map<SparkKind, Set<String>> METADATA_LISTINGS =
      Map.of(CATALOG, Set.of("listCatalogs", "listDatabases", "listTables", "listColumns",
          "listFunctions"));

  /** True for a catalog listing ({@code spark.catalog().listTables()}): metadata, small. */
  public static boolean isMetadataListing(SparkKind owner, String method) {
    return METADATA_LISTINGS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** Dataset methods whose result has a small, fixed number of rows (summary statistics). */
  private static final Set<String> FIXED_SIZE_RESULTS = Set.of("describe", "summary");

  /** Methods returning a driver-side iterator over every row. */
  private static final Set<String> LOCAL_ITERATORS = Set.of("toLocalIterator");

  /** The method running SQL text. */
  private static final String SQL = "sql";

  /** True when {@code method} on {@code owner} brings all of the receiver's rows to the driver. */
  public static boolean isCollectingAction(SparkKind owner, String method) {
    return COLLECTING_ACTIONS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** The argument index holding the row count of a take-like action, if {@code method} is one. */
  public static OptionalInt rowCountArgument(SparkKind owner, String method) {
    Integer index = ROW_COUNT_ACTIONS.getOrDefault(owner, Map.of()).get(method);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /** True when {@code method} on a Dataset caps its row count at its first argument. */
  public static boolean isRowLimit(SparkKind owner, String method) {
    return owner == DATASET && ROW_LIMITS.contains(method);
  }

  /** True for {@code functions.<name>} aggregates with a fixed-size result (max, count, ...). */
  public static boolean isScalarAggregate(String function) {
    return SCALAR_AGGREGATES.contains(function);
  }

  /** True for aggregates whose result holds every input value (collect_list, ...). */
  public static boolean isGrowingAggregate(String function) {
    return GROWING_AGGREGATES.contains(function);
  }

  /** True when {@code method} on {@code owner} distributes data that is already on the driver. */
  public static boolean isDriverDataSource(SparkKind owner, String method) {
    return DRIVER_DATA_SOURCES.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for unions and cogroups: bounded by the sum of their inputs. */
  public static boolean isUnion(SparkKind owner, String method) {
    return ROW_SUMMING.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for joins and cartesian products: bounded by the product of their sides. */
  public static boolean isJoin(SparkKind owner, String method) {
    return ROW_MULTIPLYING.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True when {@code method} on {@code owner} never yields more rows than its receiver has. */
  public static boolean isRowPreserving(SparkKind owner, String method) {
    return ROW_PRESERVING.getOrDefault(owner, Set.of()).contains(method)
        || isMoreRowPreserving(owner, method);
  }

  /** True for Dataset methods with a small fixed-size result (describe, summary). */
  public static boolean isFixedSizeResult(SparkKind owner, String method) {
    return owner == DATASET && FIXED_SIZE_RESULTS.contains(method);
  }

  /** True when {@code method} on {@code owner} runs a SQL text given as its first argument. */
  public static boolean isSqlQuery(SparkKind owner, String method) {
    return (owner == SESSION || owner == SQL_CONTEXT) && method.equals(SQL);
  }

  /** The name of {@link #isSqlQuery} (a cheap pre-filter). */
  public static boolean isSqlQueryName(String method) {
    return method.equals(SQL);
  }

  /** True for {@code spark.range(...)} / {@code sc.range(...)}, whose size is its arguments. */
  public static boolean isRange(SparkKind owner, String method) {
    return (owner == SESSION || owner == SQL_CONTEXT || owner == SPARK_CONTEXT)
        && method.equals("range");
  }

  /** True when an ungrouped {@code agg(...)} on {@code owner} yields exactly one row. */
  public static boolean isGlobalAggregate(SparkKind owner, String method) {
    return owner == DATASET && method.equals("agg");
  }

  /** Every method name that is a collecting action on some kind (a cheap pre-filter). */
  public static boolean isCollectingActionName(String method) {
    return COLLECTING_ACTION_NAMES.contains(method);
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

  private static final Set<String> DRIVER_ACTION_CALLS = SparkTables.union(
      COLLECTING_ACTION_NAMES, LOCAL_ITERATORS).stream().map(name -> name + "()")
      .collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Every method name that is a take-like action on some kind (a cheap pre-filter). */
  public static boolean isRowCountActionName(String method) {
    return ROW_COUNT_ACTION_NAMES.contains(method);
  }

  /** Actions whose result is a driver-side list, map or array of rows (by name, any receiver). */
  private static final Set<String> DRIVER_COLLECTION_RESULTS =
      Set.of("collect", "collectAsList", "collectAsMap", "countByKey", "countByValue",
          "takeAsList", "takeOrdered", "takeSample");

  /**
   * True when a call named {@code method} returns the rows as a driver-side collection; used for
   * {@code var} locals, whose declared type says nothing.
   */
  public static boolean returnsDriverCollection(String method) {
    return DRIVER_COLLECTION_RESULTS.contains(method);
  }

  /** True when {@code method} on a Dataset/RDD returns a driver-side iterator over all rows. */
  public static boolean isLocalIterator(SparkKind owner, String method) {
    return owner.isDistributed() && LOCAL_ITERATORS.contains(method);
  }

  /** The names of {@link #isLocalIterator} (a cheap pre-filter). */
  public static boolean isLocalIteratorName(String method) {
    return LOCAL_ITERATORS.contains(method);
  }

  /** More transformations that never yield more rows than their receiver has. */
  private static final Map<SparkKind, Set<String>> MORE_ROW_PRESERVING =
      Map.of(
          RDD, Set.of("filterByRange", "sampleByKey", "sampleByKeyExact"),
          KEY_VALUE_GROUPED, Set.of("mapGroupsWithState"));

  /** True for the extra row-preserving transformations of this section. */
  static boolean isMoreRowPreserving(SparkKind owner, String method) {
    return MORE_ROW_PRESERVING.getOrDefault(owner, Set.of()).contains(method);
  }

  /**
   * True when {@code method} distributes driver-side data on some kind: the name alone, for a
   * receiver whose type the engine cannot resolve.
   */
  public static boolean isDriverDataSourceName(String method) {
    return DRIVER_DATA_SOURCE_NAMES.contains(method);
  }

  /** Transformations that call their function once per partition and emit what it returns. */
  private static final Map<SparkKind, Set<String>> PER_PARTITION_TRANSFORMS =
      Map.of(
          DATASET, Set.of("mapPartitions"),
          RDD, Set.of("mapPartitions", "mapPartitionsWithIndex", "mapPartitionsToPair",
              "mapPartitionsToDouble"));

  /** Transformations that call their function once per row and emit every element it returns. */
  private static final Map<SparkKind, Set<String>> PER_ROW_FLATTENING =
      Map.of(
          DATASET, Set.of("flatMap"),
          RDD, Set.of("flatMap", "flatMapToPair", "flatMapToDouble", "flatMapValues"));

  /** True for {@code mapPartitions}-like calls: one function call (and output) per partition. */
  public static boolean isPerPartitionTransform(SparkKind owner, String method) {
    return PER_PARTITION_TRANSFORMS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for {@code flatMap}-like calls: one function call per row, its output flattened. */
  public static boolean isPerRowFlattening(SparkKind owner, String method) {
    return PER_ROW_FLATTENING.getOrDefault(owner, Set.of()).contains(method);
  }
}
