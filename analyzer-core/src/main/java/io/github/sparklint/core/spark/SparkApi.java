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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The one table of Spark API facts. Every rule reads what it knows about Spark from here: which
 * classes are Datasets, RDDs or sessions, what each method returns, which actions bring data to the
 * driver, which calls bound a result's size.
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

  private static final Map<SparkKind, Map<String, SparkKind>> RETURNS = new EnumMap<>(SparkKind.class);
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
  }

  /** Actions that bring every row of the receiver to the driver. */
  private static final Map<SparkKind, Set<String>> COLLECTING_ACTIONS =
      Map.of(
          DATASET, Set.of("collect", "collectAsList"),
          RDD, Set.of("collect", "collectAsMap", "countByKey", "countByValue"));

  /** Actions that bring the first/last n rows to the driver, with the index of the n argument. */
  private static final Map<SparkKind, Map<String, Integer>> ROW_COUNT_ACTIONS =
      Map.of(
          DATASET, Map.of("take", 0, "head", 0, "takeAsList", 0, "tail", 0, "show", 0),
          RDD, Map.of("take", 0, "takeOrdered", 0, "top", 0, "takeSample", 1));

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
          SPARK_CONTEXT, Set.of("parallelize", "parallelizePairs", "parallelizeDoubles", "makeRDD"));

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

  private static void returns(SparkKind owner, SparkKind result, String... methods) {
    Map<String, SparkKind> m = RETURNS.computeIfAbsent(owner, k -> new HashMap<>());
    for (String method : methods) {
      m.put(method, result);
    }
  }

  private static void staticReturns(SparkKind owner, SparkKind result, String... methods) {
    Map<String, SparkKind> m = STATIC_RETURNS.computeIfAbsent(owner, k -> new HashMap<>());
    for (String method : methods) {
      m.put(method, result);
    }
  }

  /** The kind of a Spark class given by its qualified name ({@code Outer.Inner} or {@code $}). */
  public static Optional<SparkKind> kindOfClass(String qualifiedName) {
    String name = qualifiedName.replace('$', '.');
    return Optional.ofNullable(CLASSES.get(name)).or(() -> Optional.ofNullable(STATE_CLASSES.get(name)));
  }

  /** True when {@code qualifiedName} is a Spark class this table knows. */
  public static boolean isKnownClass(String qualifiedName) {
    return kindOfClass(qualifiedName).isPresent();
  }

  /** Every Spark class this table knows, by qualified name. */
  public static Set<String> knownClasses() {
    Set<String> all = new HashSet<>(CLASSES.keySet());
    all.addAll(STATE_CLASSES.keySet());
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
    return (owner == SESSION || owner == SQL_CONTEXT) && method.equals("sql");
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
    return COLLECTING_ACTIONS.values().stream().anyMatch(s -> s.contains(method));
  }

  /** Every method name that is a take-like action on some kind (a cheap pre-filter). */
  public static boolean isRowCountActionName(String method) {
    return ROW_COUNT_ACTIONS.values().stream().anyMatch(m -> m.containsKey(method));
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

  // ---------------------------------------------------------------------------------------------
  // Closures: which methods take functions that Spark serializes and runs on executors, and which
  // take functions that run on the driver (a lambda there is ordinary driver code).
  // ---------------------------------------------------------------------------------------------

  static {
    returns(SESSION, SparkKind.UDF_REGISTRATION, "udf");
    returns(SQL_CONTEXT, SparkKind.UDF_REGISTRATION, "udf");
  }

  /** Methods whose function arguments are serialized into tasks and run on executors. */
  private static final Map<SparkKind, Set<String>> EXECUTOR_FUNCTIONS =
      Map.of(
          DATASET, Set.of("map", "flatMap", "mapPartitions", "filter", "foreach",
              "foreachPartition", "reduce", "groupByKey"),
          RDD, Set.of("map", "flatMap", "filter", "mapPartitions", "mapPartitionsWithIndex",
              "mapPartitionsToPair", "mapPartitionsToDouble", "mapToPair", "flatMapToPair",
              "mapToDouble", "flatMapToDouble", "mapValues", "flatMapValues", "foreach",
              "foreachPartition", "foreachAsync", "foreachPartitionAsync", "reduce", "treeReduce",
              "fold", "aggregate", "treeAggregate", "reduceByKey", "foldByKey", "aggregateByKey",
              "combineByKey", "groupBy", "keyBy", "sortBy", "zipPartitions"),
          KEY_VALUE_GROUPED, Set.of("mapGroups", "flatMapGroups", "reduceGroups", "mapValues",
              "mapGroupsWithState", "flatMapGroupsWithState", "flatMapSortedGroups", "cogroup",
              "cogroupSorted"),
          STREAM_WRITER, Set.of("foreach"),
          SparkKind.UDF_REGISTRATION, Set.of("register"),
          FUNCTIONS, Set.of("udf"));

  /** Methods whose function arguments run on the driver (once per batch, once per Dataset). */
  private static final Map<SparkKind, Set<String>> DRIVER_FUNCTIONS =
      Map.of(
          DATASET, Set.of("transform"),
          STREAM_WRITER, Set.of("foreachBatch"));

  /** True when the function arguments of {@code method} on {@code owner} run on executors. */
  public static boolean isExecutorFunction(SparkKind owner, String method) {
    return EXECUTOR_FUNCTIONS.getOrDefault(owner, Set.of()).contains(method)
        && !isDriverFunction(owner, method);
  }

  /** True when the function arguments of {@code method} on {@code owner} run on the driver. */
  public static boolean isDriverFunction(SparkKind owner, String method) {
    return DRIVER_FUNCTIONS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True when {@code method} takes executor-side functions on some kind (a cheap pre-filter). */
  public static boolean isExecutorFunctionName(String method) {
    return EXECUTOR_FUNCTIONS.values().stream().anyMatch(s -> s.contains(method));
  }

  /**
   * True for the kinds that exist only on the driver and cannot be used inside an executor-side
   * function (SPARK-5063): Datasets, RDDs, sessions and contexts.
   */
  public static boolean isDriverOnly(SparkKind kind) {
    return kind.isDistributed() || kind == SESSION || kind == SPARK_CONTEXT
        || kind == SQL_CONTEXT;
  }

  /** The kinds of the parameters Spark passes to a driver-side function, e.g. foreachBatch's. */
  private static final Map<SparkKind, Map<String, SparkKind>> DRIVER_FUNCTION_ARGUMENTS =
      Map.of(
          DATASET, Map.of("transform", DATASET),
          STREAM_WRITER, Map.of("foreachBatch", DATASET));

  /**
   * The kind of parameter {@code index} of a lambda given to {@code method} on {@code owner}
   * ({@code foreachBatch((batch, id) -> ...)}: {@code batch} is a Dataset).
   */
  public static Optional<SparkKind> functionParameterKind(SparkKind owner, String method,
      int index) {
    return index == 0
        ? Optional.ofNullable(DRIVER_FUNCTION_ARGUMENTS.getOrDefault(owner, Map.of()).get(method))
        : Optional.empty();
  }

  // ---------------------------------------------------------------------------------------------
  // Driver-held state: broadcast hints and variables, caching, accumulators, streaming state.
  // ---------------------------------------------------------------------------------------------

  /** Spark classes that hold state on the driver or in a streaming query. */
  private static final Map<String, SparkKind> STATE_CLASSES =
      Map.of(
          "org.apache.spark.util.AccumulatorV2", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.LongAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.DoubleAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.CollectionAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.sql.streaming.GroupStateTimeout", SparkKind.STATE_TIMEOUT,
          "org.apache.spark.sql.catalog.Catalog", SparkKind.CATALOG);

  static {
    returns(SPARK_CONTEXT, SparkKind.ACCUMULATOR,
        "longAccumulator", "doubleAccumulator", "collectionAccumulator");
    returns(SESSION, SparkKind.CATALOG, "catalog");
    staticReturns(SparkKind.STATE_TIMEOUT, SparkKind.STATE_TIMEOUT,
        "NoTimeout", "ProcessingTimeTimeout", "EventTimeTimeout");
  }

  /** Join hint names that make Spark broadcast the hinted side (matched ignoring case). */
  private static final Set<String> BROADCAST_HINTS = Set.of("broadcast", "broadcastjoin", "mapjoin");

  /** Calls that read a whole table or set of files into a Dataset. */
  private static final Map<SparkKind, Set<String>> TABLE_READS =
      Map.of(
          READER, Set.of("load", "json", "csv", "parquet", "orc", "text", "textFile", "table",
              "jdbc", "xml"),
          SESSION, Set.of("table"),
          SQL_CONTEXT, Set.of("table"));

  /** Dataset transformations that keep every row and column of their input. */
  private static final Set<String> WHOLE_INPUT_KEEPING =
      Set.of("as", "alias", "toDF", "hint", "cache", "persist", "unpersist", "repartition",
          "repartitionByRange", "coalesce", "withColumn", "withColumns", "withColumnRenamed",
          "withColumnsRenamed", "orderBy", "sort", "sortWithinPartitions", "checkpoint",
          "localCheckpoint", "withMetadata", "to");

  /** Dataset methods that register a Dataset under a name usable in SQL text. */
  private static final Set<String> TEMP_VIEW_REGISTRATIONS =
      Set.of("createOrReplaceTempView", "createTempView", "createGlobalTempView",
          "createOrReplaceGlobalTempView", "registerTempTable");

  /** Methods that keep a Dataset/RDD in executor memory (and its blocks tracked by the driver). */
  private static final Set<String> CACHING = Set.of("cache", "persist");

  /** Methods that drop every cached Dataset at once. */
  private static final Map<SparkKind, Set<String>> CACHE_CLEARING =
      Map.of(SparkKind.CATALOG, Set.of("clearCache"), SQL_CONTEXT, Set.of("clearCache"));

  /** Spark accumulator classes whose value grows with every element added. */
  private static final Set<String> GROWING_ACCUMULATORS =
      Set.of("org.apache.spark.util.CollectionAccumulator");

  /** The base class of user-defined accumulators; its second type argument is the value type. */
  private static final String ACCUMULATOR_BASE = "org.apache.spark.util.AccumulatorV2";

  /** Factory methods creating an accumulator whose value grows with every element added. */
  private static final Set<String> GROWING_ACCUMULATOR_FACTORIES = Set.of("collectionAccumulator");

  /** Streaming aggregations that keep one state entry per group. */
  private static final Map<SparkKind, Set<String>> STATEFUL_AGGREGATIONS =
      Map.of(
          GROUPED, Set.of("agg", "count", "sum", "avg", "mean", "max", "min"),
          KEY_VALUE_GROUPED, Set.of("agg", "count", "reduceGroups"));

  /** Deduplication that keeps every key seen in the state store unless a watermark evicts it. */
  private static final Set<String> STATEFUL_DEDUPLICATIONS = Set.of("dropDuplicates");

  /** Joins that buffer both inputs in state when both sides are streams. */
  private static final Set<String> STREAM_JOINS = Set.of("join", "joinWith");

  /** Dataset methods whose result mixes the rows of the receiver and of a Dataset argument. */
  private static final Set<String> COMBINING =
      Set.of("join", "joinWith", "crossJoin", "union", "unionAll", "unionByName");

  /** User-managed per-key state; its timeout argument decides whether state can expire. */
  private static final Set<String> ARBITRARY_STATE =
      Set.of("mapGroupsWithState", "flatMapGroupsWithState");

  /** The {@code GroupStateTimeout} under which state never expires on its own. */
  private static final String NO_TIMEOUT = "NoTimeout";

  /** The Dataset method declaring event-time lateness, which lets Spark drop old state. */
  private static final String WATERMARK = "withWatermark";

  /** True for a join hint name that broadcasts ({@code broadcast}, {@code broadcastjoin}, ...). */
  public static boolean isBroadcastHintName(String hint) {
    return BROADCAST_HINTS.contains(hint.trim().toLowerCase(Locale.ROOT));
  }

  /** The broadcast hint names, lower case (for matching SQL hint comments). */
  public static Set<String> broadcastHintNames() {
    return BROADCAST_HINTS;
  }

  /** True for {@code functions.broadcast(df)}, which marks {@code df} for a broadcast join. */
  public static boolean isBroadcastFunction(SparkKind owner, String method) {
    return owner == FUNCTIONS && method.equals("broadcast");
  }

  /** True for {@code df.hint(name, ...)}. */
  public static boolean isHint(SparkKind owner, String method) {
    return owner == DATASET && method.equals("hint");
  }

  /** True for {@code sc.broadcast(value)}, which ships a driver-side value to every executor. */
  public static boolean isBroadcastVariable(SparkKind owner, String method) {
    return owner == SPARK_CONTEXT && method.equals("broadcast");
  }

  /** True when {@code method} on {@code owner} reads a whole table or set of files. */
  public static boolean isTableRead(SparkKind owner, String method) {
    return TABLE_READS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for Dataset transformations that keep every row and column of their input. */
  public static boolean keepsWholeInput(SparkKind owner, String method) {
    return owner == DATASET && WHOLE_INPUT_KEEPING.contains(method);
  }

  /** True when {@code method} on a Dataset registers it as a temporary view. */
  public static boolean isTempViewRegistration(SparkKind owner, String method) {
    return owner == DATASET && TEMP_VIEW_REGISTRATIONS.contains(method);
  }

  /** True for {@code cache()} / {@code persist(...)} on a Dataset or RDD. */
  public static boolean isCaching(SparkKind owner, String method) {
    return owner.isDistributed() && CACHING.contains(method);
  }

  /** True for {@code unpersist(...)} on a Dataset or RDD. */
  public static boolean isUnpersist(SparkKind owner, String method) {
    return owner.isDistributed() && method.equals("unpersist");
  }

  /** True for calls that drop every cached Dataset ({@code spark.catalog().clearCache()}). */
  public static boolean isCacheClearing(SparkKind owner, String method) {
    return CACHE_CLEARING.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for Spark accumulator classes whose value is a growing collection. */
  public static boolean isGrowingAccumulatorClass(String qualifiedName) {
    return GROWING_ACCUMULATORS.contains(qualifiedName.replace('$', '.'));
  }

  /** True for {@code AccumulatorV2}, the base class of user-defined accumulators. */
  public static boolean isAccumulatorBase(String qualifiedName) {
    return ACCUMULATOR_BASE.equals(qualifiedName.replace('$', '.'));
  }

  /** The index of the value type among {@code AccumulatorV2}'s type arguments. */
  public static int accumulatorValueTypeIndex() {
    return 1;
  }

  /** True for {@code sc.collectionAccumulator(...)} and other growing accumulator factories. */
  public static boolean isGrowingAccumulatorFactory(SparkKind owner, String method) {
    return owner == SPARK_CONTEXT && GROWING_ACCUMULATOR_FACTORIES.contains(method);
  }

  /** True for a method of a streaming source reader that yields a streaming Dataset. */
  public static boolean isStreamingSource(SparkKind owner, String method) {
    return owner == STREAM_READER && returnKind(owner, method).filter(k -> k == DATASET).isPresent();
  }

  /** True for {@code withWatermark(column, delay)} on a Dataset. */
  public static boolean isWatermark(SparkKind owner, String method) {
    return owner == DATASET && method.equals(WATERMARK);
  }

  /** True for grouped aggregations that keep one state entry per group on a stream. */
  public static boolean isStatefulAggregation(SparkKind owner, String method) {
    return STATEFUL_AGGREGATIONS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for deduplication that remembers every key seen on a stream. */
  public static boolean isStatefulDeduplication(SparkKind owner, String method) {
    return owner == DATASET && STATEFUL_DEDUPLICATIONS.contains(method);
  }

  /** True for Dataset joins (stateful when both sides are streams). */
  public static boolean isJoin(SparkKind owner, String method) {
    return owner == DATASET && STREAM_JOINS.contains(method);
  }

  /** True for joins and unions, whose rows come from the receiver and a Dataset argument. */
  public static boolean isCombining(SparkKind owner, String method) {
    return owner == DATASET && COMBINING.contains(method);
  }

  /** True for {@code mapGroupsWithState} / {@code flatMapGroupsWithState}. */
  public static boolean isArbitraryState(SparkKind owner, String method) {
    return owner == KEY_VALUE_GROUPED && ARBITRARY_STATE.contains(method);
  }

  /** True for {@code GroupStateTimeout.NoTimeout()}, under which state never expires. */
  public static boolean isNoTimeout(SparkKind owner, String method) {
    return owner == SparkKind.STATE_TIMEOUT && method.equals(NO_TIMEOUT);
  }

  // ---------------------------------------------------------------------------------------------
  // Spark configuration: the calls that set a setting, the keys the config rules know, and the
  // Spark defaults of those keys (Spark 3.5).

  /** Prefix of every Spark setting; {@code new SparkConf()} also copies system properties with it. */
  public static final String CONFIG_PREFIX = "spark.";

  /** Broadcast joins of tables estimated below this size happen without a hint (default 10 MiB). */
  public static final String BROADCAST_THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

  /** The same threshold applied by adaptive query execution at run time (defaults to the above). */
  public static final String ADAPTIVE_BROADCAST_THRESHOLD =
      "spark.sql.adaptive.autoBroadcastJoinThreshold";

  /** Partitions of every SQL/Dataset shuffle (default 200). */
  public static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  /** Partitions of RDD shuffles and {@code parallelize} without a count (default: total cores). */
  public static final String DEFAULT_PARALLELISM = "spark.default.parallelism";

  /** Shuffle partitions before adaptive execution coalesces them (defaults to the above). */
  public static final String INITIAL_SHUFFLE_PARTITIONS =
      "spark.sql.adaptive.coalescePartitions.initialPartitionNum";

  /** Cap on the serialized results of one action (default 1g; 0 or less means no cap). */
  public static final String MAX_RESULT_SIZE = "spark.driver.maxResultSize";

  /** Instance methods taking {@code (key, value)} that set a Spark setting, per receiver kind. */
  private static final Map<SparkKind, Set<String>> CONFIG_SETTERS =
      Map.of(
          SPARK_CONF, Set.of("set", "setIfMissing"),
          SESSION_BUILDER, Set.of("config"),
          RUNTIME_CONFIG, Set.of("set"),
          SQL_CONTEXT, Set.of("setConf"));

  /** Settings read once, when the driver JVM or its container is launched, by memory role. */
  private static final Set<String> DRIVER_LAUNCH_KEYS =
      Set.of("spark.driver.memory", "spark.driver.memoryOverhead",
          "spark.driver.memoryOverheadFactor", "spark.driver.extraJavaOptions");

  /** The {@code spark-submit} options that set a driver launch setting. */
  private static final Map<String, String> SUBMIT_OPTIONS =
      Map.of(
          "spark.driver.memory", "--driver-memory",
          "spark.driver.extraJavaOptions", "--driver-java-options");

  /** Size settings of automatic broadcast joins; bare numbers are bytes, -1 disables them. */
  private static final Set<String> BROADCAST_THRESHOLD_KEYS =
      Set.of(BROADCAST_THRESHOLD, ADAPTIVE_BROADCAST_THRESHOLD);

  /** Settings that are a partition (and so task) count. */
  private static final Set<String> PARTITION_COUNT_KEYS =
      Set.of(SHUFFLE_PARTITIONS, DEFAULT_PARALLELISM, INITIAL_SHUFFLE_PARTITIONS);

  /** How many finished jobs, stages, tasks, queries... the driver keeps for the UI, by default. */
  private static final Map<String, Long> UI_RETENTION_DEFAULTS =
      Map.of(
          "spark.ui.retainedJobs", 1_000L,
          "spark.ui.retainedStages", 1_000L,
          "spark.ui.retainedTasks", 100_000L,
          "spark.ui.retainedDeadExecutors", 100L,
          "spark.sql.ui.retainedExecutions", 1_000L,
          "spark.streaming.ui.retainedBatches", 1_000L,
          "spark.sql.streaming.numRecentProgressUpdates", 100L,
          "spark.sql.streaming.ui.retainedQueries", 100L,
          "spark.sql.streaming.ui.retainedProgressUpdates", 100L);

  /** Spark's defaults of the sized settings above, as Spark writes them. */
  private static final Map<String, String> CONFIG_DEFAULTS =
      Map.of(
          BROADCAST_THRESHOLD, "10m",
          SHUFFLE_PARTITIONS, "200",
          MAX_RESULT_SIZE, "1g");

  /**
   * Where the partition count sits in a call that creates or reshapes partitions.
   *
   * @param index the argument index of the count
   * @param minArguments the call takes a count only with at least this many arguments
   * @param shuffleFlag the index of a boolean that must be {@code true} for the count to apply
   *     (RDD {@code coalesce(n, shuffle)}), or -1
   */
  public record PartitionCountArgument(int index, int minArguments, int shuffleFlag) {}

  private static final Map<SparkKind, Map<String, PartitionCountArgument>> PARTITION_COUNTS =
      Map.of(
          DATASET, Map.of(
              "repartition", new PartitionCountArgument(0, 1, -1),
              "repartitionByRange", new PartitionCountArgument(0, 1, -1)),
          RDD, Map.of(
              "repartition", new PartitionCountArgument(0, 1, -1),
              "coalesce", new PartitionCountArgument(0, 2, 1)),
          SPARK_CONTEXT, Map.of(
              "parallelize", new PartitionCountArgument(1, 2, -1),
              "parallelizePairs", new PartitionCountArgument(1, 2, -1),
              "parallelizeDoubles", new PartitionCountArgument(1, 2, -1),
              "makeRDD", new PartitionCountArgument(1, 2, -1),
              "textFile", new PartitionCountArgument(1, 2, -1),
              "wholeTextFiles", new PartitionCountArgument(1, 2, -1),
              "binaryFiles", new PartitionCountArgument(1, 2, -1),
              "objectFile", new PartitionCountArgument(1, 2, -1),
              "range", new PartitionCountArgument(3, 4, -1)),
          SESSION, Map.of("range", new PartitionCountArgument(3, 4, -1)));

  /** True when {@code method(key, value)} on {@code owner} sets a Spark setting. */
  public static boolean isConfigSetter(SparkKind owner, String method) {
    return CONFIG_SETTERS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True when {@code method} sets a Spark setting on some kind (a cheap pre-filter). */
  public static boolean isConfigSetterName(String method) {
    return CONFIG_SETTERS.values().stream().anyMatch(s -> s.contains(method));
  }

  /**
   * True for {@code System.setProperty}: a {@code spark.*} system property becomes a setting of
   * every {@code SparkConf} created afterwards.
   */
  public static boolean isSystemPropertySetter(String owner, String method) {
    return (owner.equals("System") || owner.equals("java.lang.System"))
        && method.equals("setProperty");
  }

  /** True for settings that only act when the driver JVM or its container is launched. */
  public static boolean isDriverLaunchKey(String key) {
    return DRIVER_LAUNCH_KEYS.contains(key);
  }

  /** The {@code spark-submit} option that sets a launch setting, e.g. {@code --driver-memory}. */
  public static Optional<String> submitOption(String key) {
    return Optional.ofNullable(SUBMIT_OPTIONS.get(key));
  }

  /** True for the automatic broadcast join size thresholds. */
  public static boolean isBroadcastThresholdKey(String key) {
    return BROADCAST_THRESHOLD_KEYS.contains(key);
  }

  /** True for settings that set a partition count. */
  public static boolean isPartitionCountKey(String key) {
    return PARTITION_COUNT_KEYS.contains(key);
  }

  /** Spark's default of a UI/progress retention setting, when {@code key} is one. */
  public static OptionalLong uiRetentionDefault(String key) {
    Long value = UI_RETENTION_DEFAULTS.get(key);
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** Spark's default of a sized setting, as Spark writes it ({@code 10m}, {@code 200}). */
  public static Optional<String> configDefault(String key) {
    return Optional.ofNullable(CONFIG_DEFAULTS.get(key));
  }

  /** Where the partition count of {@code method} on {@code owner} sits, if it takes one. */
  public static Optional<PartitionCountArgument> partitionCountArgument(
      SparkKind owner, String method) {
    return Optional.ofNullable(PARTITION_COUNTS.getOrDefault(owner, Map.of()).get(method));
  }

  /** True when {@code method} takes a partition count on some kind (a cheap pre-filter). */
  public static boolean isPartitionCountMethodName(String method) {
    return PARTITION_COUNTS.values().stream().anyMatch(m -> m.containsKey(method));
  }

  // ---------------------------------------------------------------------------------------------
  // Facts added after measuring precision on real Spark code (docs/precision.md): RDD and grouped
  // methods the first table missed, and the driver-data sources by name for receivers of a type
  // the engine cannot see (a SparkSession subclass, a wrapper field).
  // ---------------------------------------------------------------------------------------------

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
    return DRIVER_DATA_SOURCES.values().stream().anyMatch(s -> s.contains(method));
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

  /** True for {@code mapPartitions}-like calls: one function call (and its output) per partition. */
  public static boolean isPerPartitionTransform(SparkKind owner, String method) {
    return PER_PARTITION_TRANSFORMS.getOrDefault(owner, Set.of()).contains(method);
  }

  /** True for {@code flatMap}-like calls: one function call per row, its output flattened. */
  public static boolean isPerRowFlattening(SparkKind owner, String method) {
    return PER_ROW_FLATTENING.getOrDefault(owner, Set.of()).contains(method);
  }
}
