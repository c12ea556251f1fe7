package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.BROADCAST;
import static io.github.sparklint.core.spark.SparkKind.DATASET;
import static io.github.sparklint.core.spark.SparkKind.DSTREAM;
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
import static io.github.sparklint.core.spark.SparkKind.STATE_SPEC;
import static io.github.sparklint.core.spark.SparkKind.STREAMING_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STREAM_READER;
import static io.github.sparklint.core.spark.SparkKind.STREAM_SOURCE;
import static io.github.sparklint.core.spark.SparkKind.STREAM_WRITER;
import static io.github.sparklint.core.spark.SparkKind.WRITER;


import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Spark API facts about types: which Spark classes are Datasets, RDDs, sessions, contexts,
 * configs, readers, writers and DStreams (by qualified name), and which Spark kind each of their
 * methods returns ({@code returns} rows of {@code spark-methods.txt}), so that call chains can be
 * followed without the Spark jars.
 */
public final class SparkClasses {
  private SparkClasses() {}

  /** Packages whose wildcard imports can bring Spark classes into scope. */
  public static final String ROOT_PACKAGE = "org.apache.spark";
  /** Spark SQL's column expression, a class named by facts only ({@link SparkKind#COLUMN}). */
  public static final String COLUMN_CLASS = "org.apache.spark.sql.Column";

  private static final String DISTRIBUTED_MATRICES = "org.apache.spark.mllib.linalg.distributed.";

  private static final Map<String, SparkKind> CLASSES =
      Map.ofEntries(
          Map.entry("org.apache.spark.sql.Dataset", DATASET),
          Map.entry("org.apache.spark.rdd.RDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaPairRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaDoubleRDD", RDD),
          // What hadoopRDD / newAPIHadoopRDD and hadoopFile / newAPIHadoopFile make, kept in
          // variables or casts of these types by helpers that read Hadoop input formats.
          Map.entry("org.apache.spark.api.java.JavaHadoopRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaNewHadoopRDD", RDD),
          Map.entry("org.apache.spark.rdd.HadoopRDD", RDD),
          Map.entry("org.apache.spark.rdd.NewHadoopRDD", RDD),
          Map.entry("org.apache.spark.api.java.JavaRDDLike", RDD),
          Map.entry("org.apache.spark.api.java.AbstractJavaRDDLike", RDD),
          Map.entry("org.apache.spark.sql.SparkSession", SESSION),
          Map.entry("org.apache.spark.sql.SparkSession.Builder", SESSION_BUILDER),
          Map.entry("org.apache.spark.SparkContext", SPARK_CONTEXT),
          Map.entry("org.apache.spark.api.java.JavaSparkContext", SPARK_CONTEXT),
          Map.entry("org.apache.spark.sql.SQLContext", SQL_CONTEXT),
          // Spark 1.x: DataFrame was a class of its own (a Dataset<Row> since 2.0), HiveContext a
          // SQLContext, GroupedData the result of groupBy.
          Map.entry("org.apache.spark.sql.DataFrame", DATASET),
          Map.entry("org.apache.spark.sql.hive.HiveContext", SQL_CONTEXT),
          Map.entry("org.apache.spark.sql.GroupedData", GROUPED),
          Map.entry("org.apache.spark.sql.UDFRegistration", SparkKind.UDF_REGISTRATION),
          Map.entry("org.apache.spark.SparkConf", SPARK_CONF),
          Map.entry("org.apache.spark.sql.RuntimeConfig", RUNTIME_CONFIG),
          Map.entry("org.apache.spark.sql.DataFrameReader", READER),
          Map.entry("org.apache.spark.sql.streaming.DataStreamReader", STREAM_READER),
          Map.entry("org.apache.spark.sql.RelationalGroupedDataset", GROUPED),
          Map.entry("org.apache.spark.sql.KeyValueGroupedDataset", KEY_VALUE_GROUPED),
          Map.entry("org.apache.spark.sql.DataFrameNaFunctions", SparkKind.NA_FUNCTIONS),
          Map.entry("org.apache.spark.sql.DataFrameStatFunctions", SparkKind.STAT_FUNCTIONS),
          Map.entry("org.apache.spark.sql.DataFrameWriter", WRITER),
          Map.entry("org.apache.spark.sql.DataFrameWriterV2", WRITER),
          Map.entry("org.apache.spark.sql.streaming.DataStreamWriter", STREAM_WRITER),
          Map.entry("org.apache.spark.broadcast.Broadcast", BROADCAST),
          Map.entry("org.apache.spark.sql.functions", FUNCTIONS),
          // MLlib's distributed matrices (checked against the spark-mllib_2.13 3.5.6 jar)
          Map.entry(DISTRIBUTED_MATRICES + "DistributedMatrix", SparkKind.DISTRIBUTED_MATRIX),
          Map.entry(DISTRIBUTED_MATRICES + "RowMatrix", SparkKind.DISTRIBUTED_MATRIX),
          Map.entry(DISTRIBUTED_MATRICES + "IndexedRowMatrix", SparkKind.DISTRIBUTED_MATRIX),
          Map.entry(DISTRIBUTED_MATRICES + "CoordinateMatrix", SparkKind.DISTRIBUTED_MATRIX),
          Map.entry(DISTRIBUTED_MATRICES + "BlockMatrix", SparkKind.BLOCK_MATRIX));

  /** Spark classes holding state on the driver or in a streaming query ({@link SparkState}). */
  private static final Map<String, SparkKind> STATE_CLASSES =
      Map.of(
          "org.apache.spark.util.AccumulatorV2", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.LongAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.DoubleAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.util.CollectionAccumulator", SparkKind.ACCUMULATOR,
          "org.apache.spark.sql.streaming.GroupStateTimeout", SparkKind.STATE_TIMEOUT,
          "org.apache.spark.sql.catalog.Catalog", SparkKind.CATALOG);

  private static final String STREAMING_JAVA_API = "org.apache.spark.streaming.api.java.";

  /**
   * The legacy Spark Streaming (DStream) API, checked against the spark-streaming 3.5 jar: every
   * DStream transformation returns a DStream, including {@code count}, {@code reduce} and {@code
   * countByValue}, which are actions on an RDD but per-batch streams here.
   */
  private static final Map<String, SparkKind> DSTREAM_CLASSES =
      Map.ofEntries(
          Map.entry(STREAMING_JAVA_API + "JavaDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaPairDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaInputDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaReceiverInputDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaPairInputDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaPairReceiverInputDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaMapWithStateDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaDStreamLike", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "AbstractJavaDStreamLike", DSTREAM),
          Map.entry("org.apache.spark.streaming.dstream.DStream", DSTREAM),
          Map.entry("org.apache.spark.streaming.dstream.InputDStream", DSTREAM),
          Map.entry(STREAMING_JAVA_API + "JavaStreamingContext", STREAMING_CONTEXT),
          Map.entry("org.apache.spark.streaming.StreamingContext", STREAMING_CONTEXT),
          Map.entry("org.apache.spark.streaming.StateSpec", STATE_SPEC),
          // spark-streaming-kafka-0-10 (checked against its 3.5.1 jar)
          Map.entry("org.apache.spark.streaming.kafka010.KafkaUtils", STREAM_SOURCE));

  private static final SparkMethods.Table<SparkKind> RETURNS =
      SparkMethods.table(MethodFact.RETURNS, SparkClasses::kind);
  private static final SparkMethods.Table<SparkKind> STATIC_RETURNS =
      SparkMethods.table(MethodFact.STATIC_RETURNS, SparkClasses::kind);

  private static SparkKind kind(String text) {
    return SparkKind.ofText(text).orElseThrow();
  }

  /** The kind of a Spark class given by its qualified name ({@code Outer.Inner} or {@code $}). */
  public static Optional<SparkKind> kindOfClass(String qualifiedName) {
    String name = qualifiedName.replace('$', '.');
    return Optional.ofNullable(CLASSES.get(name))
        .or(() -> Optional.ofNullable(STATE_CLASSES.get(name)))
        .or(() -> Optional.ofNullable(DSTREAM_CLASSES.get(name)));
  }

  /** True when {@code qualifiedName} is a Spark class this table knows. */
  public static boolean isKnownClass(String qualifiedName) {
    return kindOfClass(qualifiedName).isPresent();
  }

  /** Every Spark class this table knows, by qualified name. */
  public static Set<String> knownClasses() {
    Set<String> all = new HashSet<>(CLASSES.keySet());
    all.addAll(STATE_CLASSES.keySet());
    all.addAll(DSTREAM_CLASSES.keySet());
    return Set.copyOf(all);
  }

  /** What an instance method of {@code owner} returns, when it is a Spark kind. */
  public static Optional<SparkKind> returnKind(SparkKind owner, String method) {
    return RETURNS.get(owner, method);
  }

  /** What a static method of the Spark class {@code owner} returns, when it is a Spark kind. */
  public static Optional<SparkKind> staticReturnKind(SparkKind owner, String method) {
    return STATIC_RETURNS.get(owner, method);
  }
}
