package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.DATASET;
import static io.github.sparklint.core.spark.SparkKind.FUNCTIONS;
import static io.github.sparklint.core.spark.SparkKind.GROUPED;
import static io.github.sparklint.core.spark.SparkKind.KEY_VALUE_GROUPED;
import static io.github.sparklint.core.spark.SparkKind.RDD;
import static io.github.sparklint.core.spark.SparkKind.READER;
import static io.github.sparklint.core.spark.SparkKind.SESSION;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.SQL_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STREAM_READER;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Spark API facts about state the driver or a streaming query holds: broadcast hints and variables,
 * table reads, caching, accumulators and streaming state.
 */
public final class SparkState {
  private SparkState() {}

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

  /** The methods marking a Dataset, or shipping a value, for broadcast. */
  private static final String BROADCAST = "broadcast";
  private static final String HINT = "hint";

  /** A DStream's per-key state across batches, expired only by its spec's timeout. */
  private static final String MAP_WITH_STATE = "mapWithState";

  /** Every method name a streaming-state check can match (a cheap pre-filter). */
  private static final Set<String> STREAMING_STATE_NAMES = SparkTables.union(
      SparkTables.names(STATEFUL_AGGREGATIONS), STATEFUL_DEDUPLICATIONS, STREAM_JOINS,
      ARBITRARY_STATE, Set.of(MAP_WITH_STATE));

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
    return owner == FUNCTIONS && method.equals(BROADCAST);
  }

  /** True for {@code df.hint(name, ...)}. */
  public static boolean isHint(SparkKind owner, String method) {
    return owner == DATASET && method.equals(HINT);
  }

  /** True for {@code sc.broadcast(value)}, which ships a driver-side value to every executor. */
  public static boolean isBroadcastVariable(SparkKind owner, String method) {
    return owner == SPARK_CONTEXT && method.equals(BROADCAST);
  }

  /**
   * True for the names of {@link #isBroadcastFunction}, {@link #isHint} and {@link
   * #isBroadcastVariable} (a cheap pre-filter before resolving the owner).
   */
  public static boolean isBroadcastMarkingName(String method) {
    return method.equals(BROADCAST) || method.equals(HINT);
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

  /** The names of {@link #isTempViewRegistration} (a cheap pre-filter). */
  public static boolean isTempViewRegistrationName(String method) {
    return TEMP_VIEW_REGISTRATIONS.contains(method);
  }

  /** True for {@code cache()} / {@code persist(...)} on a Dataset or RDD. */
  public static boolean isCaching(SparkKind owner, String method) {
    return owner.isDistributed() && CACHING.contains(method);
  }

  /** The names of {@link #isCaching} (a cheap pre-filter). */
  public static boolean isCachingName(String method) {
    return CACHING.contains(method);
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

  /** The names of {@link #isGrowingAccumulatorFactory} (a cheap pre-filter). */
  public static boolean isGrowingAccumulatorFactoryName(String method) {
    return GROWING_ACCUMULATOR_FACTORIES.contains(method);
  }

  /**
   * The names of {@link #isStatefulAggregation}, {@link #isStatefulDeduplication}, {@link #isJoin},
   * {@link #isArbitraryState} and {@link #isStateSpecState} (a cheap pre-filter).
   */
  public static boolean isStreamingStateName(String method) {
    return STREAMING_STATE_NAMES.contains(method);
  }

  /** True for a method of a streaming source reader that yields a streaming Dataset. */
  public static boolean isStreamingSource(SparkKind owner, String method) {
    return owner == STREAM_READER
        && SparkClasses.returnKind(owner, method).filter(k -> k == DATASET).isPresent();
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

  /**
   * True for a DStream's {@code mapWithState(spec)}: per-key state kept across batches, expired
   * only by the spec's {@code timeout(...)} or the function's {@code state.remove()}.
   */
  public static boolean isStateSpecState(SparkKind owner, String method) {
    return owner == SparkKind.DSTREAM && method.equals(MAP_WITH_STATE);
  }

  /** True for {@code StateSpec.function(f)}, which creates a spec without a timeout. */
  public static boolean isStateSpecFactory(SparkKind owner, String method) {
    return owner == SparkKind.STATE_SPEC && method.equals("function");
  }

  /**
   * True for {@code spec.timeout(duration)}, after which idle keys expire; it sets the timeout on
   * the spec it is called on (and returns it).
   */
  public static boolean isStateSpecTimeout(SparkKind owner, String method) {
    return owner == SparkKind.STATE_SPEC && method.equals("timeout");
  }
}
