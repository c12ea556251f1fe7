package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.BROADCAST;
import static io.github.sparklint.core.spark.SparkKind.DATASET;
import static io.github.sparklint.core.spark.SparkKind.FUNCTIONS;
import static io.github.sparklint.core.spark.SparkKind.GROUPED;
import static io.github.sparklint.core.spark.SparkKind.KEY_VALUE_GROUPED;
import static io.github.sparklint.core.spark.SparkKind.RDD;
import static io.github.sparklint.core.spark.SparkKind.READER;
import static io.github.sparklint.core.spark.SparkKind.RUNTIME_CONFIG;
import static io.github.sparklint.core.spark.SparkKind.SESSION;
import static io.github.sparklint.core.spark.SparkKind.SESSION_BUILDER;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONF;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.SQL_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STREAM_READER;
import static io.github.sparklint.core.spark.SparkKind.STREAM_WRITER;
import static io.github.sparklint.core.spark.SparkKind.WRITER;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The Spark API facts about types and data flow: which classes are Datasets, RDDs or sessions,
 * what each method returns, which actions bring data to the driver, which calls bound a result's
 * size. Rules read every Spark fact from this package, never from string literals of their own:
 * this class (with {@link SparkDStreams} for the legacy DStream API), {@link SparkClosures} (functions run on executors or on the driver), {@link
 * SparkState} (broadcasts, caching, accumulators, streaming state) and {@link SparkConfigKeys}
 * (settings, keys, defaults).
 */
public final class SparkApi {
  private SparkApi() {}

  /** Packages whose wildcard imports can bring Spark classes into scope. */
  public static final String ROOT_PACKAGE = "org.apache.spark";

  private static final Map<String, SparkKind> CLASSES =
      Map.ofEntries(
          Map.entry("org.apache.spark.sql.Dataset", DATASET),
          Map.entry("org.apache.spark.rdd.RDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaPairRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaDoubleRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaRDDLike", RDD),
          Map.entry("org.apache.spark.api.java.AbstractJavaRDDLike", RDD),
          Map.entry("org.apache.spark.sql.SparkSession", SESSION),
          Map.entry("org.apache.spark.sql.SparkSession.Builder", SESSION_BUILDER),
          Map.entry("org.apache.spark.SparkContext", SPARK_CONTEXT),
          Map.entry("org.apache.spark.api.java.JavaSparkContext", SPARK_CONTEXT),
          Map.entry("org.apache.spark.sql.SQLContext", SQL_CONTEXT),
          Map.entry("org.apache.spark.sql.UDFRegistration", SparkKind.UDF_REGISTRATION),
          Map.entry("org.apache.spark.SparkConf", SPARK_CONF),
          Map.entry("org.apache.spark.sql.RuntimeConfig", RUNTIME_CONFIG),
          Map.entry("org.apache.spark.sql.DataFrameReader", READER),
          Map.entry("org.apache.spark.sql.streaming.DataStreamReader", STREAM_READER),
          Map.entry("org.apache.spark.sql.RelationalGroupedDataset", GROUPED),
          Map.entry("org.apache.spark.sql.KeyValueGroupedDataset", KEY_VALUE_GROUPED),
          Map.entry("org.apache.spark.sql.DataFrameWriter", WRITER),
          Map.entry("org.apache.spark.sql.DataFrameWriterV2", WRITER),
          Map.entry("org.apache.spark.sql.streaming.DataStreamWriter", STREAM_WRITER),
          Map.entry("org.apache.spark.broadcast.Broadcast", BROADCAST),
          Map.entry("org.apache.spark.sql.functions", FUNCTIONS));

  private static final Map<SparkKind, Map<String, SparkKind>> RETURNS =
      new EnumMap<>(SparkKind.class);
  private static final Map<SparkKind, Map<String, SparkKind>> STATIC_RETURNS =
      new EnumMap<>(SparkKind.class);

  static {
    returns(DATASET, DATASET,
        "select", "selectExpr", "filter", "where", "map", "flatMap", "mapPartitions", "join",
        "crossJoin", "joinWith", "union", "unionAll", "unionByName", "distinct", "dropDuplicates",
        "dropDuplicatesWithinWatermark", "orderBy", "sort", "sortWithinPartitions", "withColumn",
        "withColumns", "withColumnRenamed", "withColumnsRenamed", "drop", "repartition",
        "repartitionByRange", "coalesce", "cache", "persist", "unpersist", "limit", "offset",
        "sample", "as", "toDF", "alias", "hint", "agg", "except", "exceptAll", "intersect",
        "intersectAll", "describe", "summary", "withWatermark", "checkpoint", "localCheckpoint",
        "observe", "transform", "toJSON", "unpivot", "melt", "withMetadata", "to");
    returns(DATASET, GROUPED, "groupBy", "rollup", "cube", "groupingSets");
    returns(DATASET, KEY_VALUE_GROUPED, "groupByKey");
    returns(DATASET, RDD, "rdd", "javaRDD", "toJavaRDD");
    returns(DATASET, SESSION, "sparkSession");
    returns(DATASET, WRITER, "write", "writeTo");
    returns(DATASET, STREAM_WRITER, "writeStream");
    returns(GROUPED, DATASET, "agg", "count", "sum", "avg", "mean", "max", "min");
    returns(GROUPED, GROUPED, "pivot");
    returns(KEY_VALUE_GROUPED, DATASET,
        "agg", "count", "mapGroups", "flatMapGroups", "reduceGroups", "mapGroupsWithState",
        "flatMapGroupsWithState", "cogroup", "keys", "mapValues");
    returns(RDD, RDD,
        "map", "filter", "flatMap", "mapPartitions", "mapPartitionsWithIndex", "union", "distinct",
        "repartition", "coalesce", "sample", "sortBy", "sortByKey", "cache", "persist",
        "unpersist", "mapToPair", "flatMapToPair", "mapToDouble", "flatMapToDouble", "keyBy",
        "reduceByKey", "groupByKey", "groupBy", "aggregateByKey", "combineByKey", "foldByKey",
        "join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup", "cartesian",
        "mapValues", "flatMapValues", "keys", "values", "subtract", "subtractByKey",
        "intersection", "zip", "zipWithIndex", "zipWithUniqueId", "glom", "pipe",
        "partitionBy", "repartitionAndSortWithinPartitions", "setName", "checkpoint",
        "localCheckpoint", "rdd", "wrapRDD", "toJavaRDD");
    returns(SESSION, DATASET,
        "sql", "table", "createDataFrame", "createDataset", "range", "emptyDataFrame",
        "emptyDataset");
    returns(SESSION, READER, "read");
    returns(SESSION, STREAM_READER, "readStream");
    returns(SESSION, SPARK_CONTEXT, "sparkContext");
    returns(SESSION, RUNTIME_CONFIG, "conf");
    returns(SESSION, SQL_CONTEXT, "sqlContext");
    returns(SESSION, SESSION, "newSession");
    returns(SESSION_BUILDER, SESSION_BUILDER, "appName", "master", "config", "enableHiveSupport",
        "remote", "withExtensions");
    returns(SESSION_BUILDER, SESSION, "getOrCreate", "create");
    returns(SQL_CONTEXT, DATASET, "sql", "table", "createDataFrame", "createDataset", "range");
    returns(SQL_CONTEXT, READER, "read");
    returns(SQL_CONTEXT, SESSION, "sparkSession");
    returns(SPARK_CONTEXT, RDD,
        "parallelize", "parallelizePairs", "parallelizeDoubles", "makeRDD", "textFile",
        "wholeTextFiles", "binaryFiles", "objectFile", "sequenceFile", "hadoopFile",
        "newAPIHadoopFile", "newAPIHadoopRDD", "hadoopRDD", "emptyRDD", "union", "range");
    returns(SPARK_CONTEXT, SPARK_CONTEXT, "sc");
    returns(SPARK_CONTEXT, SPARK_CONF, "getConf");
    returns(SPARK_CONTEXT, BROADCAST, "broadcast");
    returns(SPARK_CONF, SPARK_CONF,
        "set", "setAppName", "setMaster", "setAll", "setIfMissing", "setExecutorEnv",
        "setJars", "setSparkHome", "remove", "registerKryoClasses", "clone");
    returns(READER, READER, "format", "option", "options", "schema");
    returns(READER, DATASET, "load", "json", "csv", "parquet", "orc", "text", "textFile",
        "table", "jdbc", "xml");
    returns(STREAM_READER, STREAM_READER, "format", "option", "options", "schema");
    returns(STREAM_READER, DATASET, "load", "json", "csv", "parquet", "orc", "text", "textFile",
        "table");
    returns(STREAM_WRITER, STREAM_WRITER, "format", "option", "options", "outputMode",
        "trigger", "queryName", "partitionBy", "foreach", "foreachBatch");
    returns(WRITER, WRITER, "format", "option", "options", "mode", "partitionBy", "bucketBy",
        "sortBy");
    staticReturns(SESSION, SESSION_BUILDER, "builder");
    staticReturns(SESSION, SESSION, "active", "getActiveSession", "getDefaultSession");
    staticReturns(SPARK_CONTEXT, SPARK_CONTEXT, "getOrCreate", "fromSparkContext");
    staticReturns(FUNCTIONS, DATASET, "broadcast");
    SparkDStreams.addReturns(SparkApi::returns, SparkApi::staticReturns);
  }

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

  /** Transformations whose output can be much larger than their input. */
  private static final Set<String> MULTIPLYING_TRANSFORMS =
      Set.of("flatMap", "flatMapToPair", "flatMapValues", "flatMapToDouble", "join", "crossJoin",
          "joinWith", "cartesian", "explode");

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

  /** Dataset methods whose result has a small, fixed number of rows (summary statistics). */
  private static final Set<String> FIXED_SIZE_RESULTS = Set.of("describe", "summary");

  /** Methods returning a driver-side iterator over every row. */
  private static final Set<String> LOCAL_ITERATORS = Set.of("toLocalIterator");

  /** The method running SQL text. */
  private static final String SQL = "sql";

  private static void returns(SparkKind owner, SparkKind result, String... methods) {
    SparkTables.put(RETURNS, owner, result, methods);
  }

  private static void staticReturns(SparkKind owner, SparkKind result, String... methods) {
    SparkTables.put(STATIC_RETURNS, owner, result, methods);
  }

  /** The kind of a Spark class given by its qualified name ({@code Outer.Inner} or {@code $}). */
  public static Optional<SparkKind> kindOfClass(String qualifiedName) {
    String name = qualifiedName.replace('$', '.');
    return Optional.ofNullable(CLASSES.get(name))
        .or(() -> Optional.ofNullable(STATE_CLASSES.get(name)))
        .or(() -> SparkDStreams.kindOfClass(name));
  }

  /** True when {@code qualifiedName} is a Spark class this table knows. */
  public static boolean isKnownClass(String qualifiedName) {
    return kindOfClass(qualifiedName).isPresent();
  }

  /** Every Spark class this table knows, by qualified name. */
  public static Set<String> knownClasses() {
    Set<String> all = new HashSet<>(CLASSES.keySet());
    all.addAll(STATE_CLASSES.keySet());
    all.addAll(SparkDStreams.classes());
    return Set.copyOf(all);
  }

  /** What an instance method of {@code owner} returns, when it is a Spark kind. */
  public static Optional<SparkKind> returnKind(SparkKind owner, String method) {
    return Optional.ofNullable(RETURNS.getOrDefault(owner, Map.of()).get(method));
  }

  /** What a static method of the Spark class {@code owner} returns, when it is a Spark kind. */
  public static Optional<SparkKind> staticReturnKind(SparkKind owner, String method) {
    return Optional.ofNullable(STATIC_RETURNS.getOrDefault(owner, Map.of()).get(method));
  }

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

  /** True for transformations that may multiply the row count (flatMap, joins, cartesian). */
  public static boolean isMultiplyingTransform(String method) {
    return MULTIPLYING_TRANSFORMS.contains(method);
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

  /** Spark classes holding state on the driver or in a streaming query ({@link SparkState}). */
  private static final Map<String, SparkKind> STATE_CLASSES =
      Map.of(
          "org.apache.spark.util.AccumulatorV2", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.LongAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.DoubleAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.CollectionAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.sql.streaming.GroupStateTimeout", SparkKind.STATE_TIMEOUT,
          "org.apache.spark.sql.catalog.Catalog", SparkKind.CATALOG);

  static {
    returns(SESSION, SparkKind.UDF_REGISTRATION, "udf");
    returns(SQL_CONTEXT, SparkKind.UDF_REGISTRATION, "udf");
    returns(SPARK_CONTEXT, SparkKind.ACCUMULATOR,
        "longAccumulator", "doubleAccumulator", "collectionAccumulator");
    returns(SESSION, SparkKind.CATALOG, "catalog");
    staticReturns(SparkKind.STATE_TIMEOUT, SparkKind.STATE_TIMEOUT,
        "NoTimeout", "ProcessingTimeTimeout", "EventTimeTimeout");
  }

  // Facts added after measuring precision on real Spark code (docs/precision.md): RDD and grouped
  // methods the first table missed, and the driver-data sources by name for receivers of a type
  // the engine cannot see (a SparkSession subclass, a wrapper field).

  static {
    returns(RDD, RDD, "filterByRange", "sampleByKey", "sampleByKeyExact", "mapPartitionsToPair",
        "mapPartitionsToDouble", "zipPartitions");
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
