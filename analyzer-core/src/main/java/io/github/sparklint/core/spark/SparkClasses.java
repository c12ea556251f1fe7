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
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Spark API facts about types: which Spark classes are Datasets, RDDs, sessions, contexts,
 * configs, readers and writers (by qualified name), and which Spark kind each of their methods
 * returns, so that call chains can be followed without the Spark jars. The legacy DStream API's
 * classes and methods come from {@link SparkDStreams}.
 */
public final class SparkClasses {
  private SparkClasses() {}

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
    SparkDStreams.addReturns(SparkClasses::returns, SparkClasses::staticReturns);
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
}
