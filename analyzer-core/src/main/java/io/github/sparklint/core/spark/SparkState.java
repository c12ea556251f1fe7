package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.DATASET;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Spark API facts about state the driver or a streaming query holds: broadcast hints and variables,
 * table reads, caching, accumulators and streaming state. Method facts are rows of {@code
 * spark-methods.txt}; the hint names and accumulator classes are not methods and stay here.
 */
public final class SparkState {
  private SparkState() {}

  /** Join hint names that make Spark broadcast the hinted side (matched ignoring case). */
  private static final Set<String> BROADCAST_HINTS = Set.of("broadcast", "broadcastjoin", "mapjoin");

  /** Spark accumulator classes whose value grows with every element added. */
  private static final Set<String> GROWING_ACCUMULATORS =
      Set.of("org.apache.spark.util.CollectionAccumulator");

  /** The base class of user-defined accumulators; its second type argument is the value type. */
  private static final String ACCUMULATOR_BASE = "org.apache.spark.util.AccumulatorV2";

  private static final SparkMethods.Table<String> BROADCAST_HINTED =
      SparkMethods.table(MethodFact.BROADCAST_HINT);
  private static final SparkMethods.Table<String> BROADCASTS =
      SparkMethods.table(MethodFact.BROADCASTS);
  private static final Set<String> BROADCAST_MARKING_NAMES =
      union(BROADCAST_HINTED.names(), BROADCASTS.names());
  private static final SparkMethods.Table<String> TABLE_READS = SparkApi.rows("unbounded");
  private static final SparkMethods.Table<String> STREAMING_SOURCES = SparkApi.rows("streaming");
  private static final SparkMethods.Table<String> WHOLE_INPUT_KEEPING =
      SparkMethods.table(MethodFact.KEEPS_INPUT);
  private static final SparkMethods.Table<String> TEMP_VIEWS =
      SparkMethods.table(MethodFact.TEMP_VIEW);
  private static final String MEMORY_SINK = "memory";
  private static final SparkMethods.Table<String> CACHING = SparkMethods.table(MethodFact.CACHES);
  private static final SparkMethods.Table<String> UNPERSISTING =
      SparkMethods.table(MethodFact.UNPERSISTS);
  private static final SparkMethods.Table<String> CACHE_CLEARING =
      SparkMethods.table(MethodFact.CLEARS_CACHE);
  private static final SparkMethods.Table<String> GROWING_ACCUMULATOR_FACTORIES =
      SparkMethods.table(MethodFact.GROWING_ACCUMULATOR);
  private static final SparkMethods.Table<String> STREAMING_STATE =
      SparkMethods.table(MethodFact.STATE);
  private static final SparkMethods.Table<String> WATERMARKS =
      SparkMethods.table(MethodFact.WATERMARK);
  private static final SparkMethods.Table<String> TIMEOUTS =
      SparkMethods.table(MethodFact.TIMEOUT);

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
    return BROADCAST_HINTED.get(owner, method).filter("0"::equals).isPresent();
  }

  /** True for {@code df.hint(name, ...)}. */
  public static boolean isHint(SparkKind owner, String method) {
    return BROADCAST_HINTED.get(owner, method).filter(SparkApi.RECEIVER::equals).isPresent();
  }

  /** True for {@code sc.broadcast(value)}, which ships a driver-side value to every executor. */
  public static boolean isBroadcastVariable(SparkKind owner, String method) {
    return BROADCASTS.has(owner, method);
  }

  /**
   * True for the names of {@link #isBroadcastFunction}, {@link #isHint} and {@link
   * #isBroadcastVariable} (a cheap pre-filter before resolving the owner).
   */
  public static boolean isBroadcastMarkingName(String method) {
    return BROADCAST_MARKING_NAMES.contains(method);
  }

  /** True when {@code method} on {@code owner} reads a whole table or set of files. */
  public static boolean isTableRead(SparkKind owner, String method) {
    return TABLE_READS.has(owner, method);
  }

  /** True for Dataset transformations that keep every row and column of their input. */
  public static boolean keepsWholeInput(SparkKind owner, String method) {
    return WHOLE_INPUT_KEEPING.has(owner, method);
  }

  /** True when {@code method} on a Dataset registers it as a temporary view. */
  public static boolean isTempViewRegistration(SparkKind owner, String method) {
    return TEMP_VIEWS.has(owner, method);
  }

  /**
   * True for the stream sink format that keeps a query's output in an in-memory table named by
   * the query ({@code format("memory").queryName(name)}): SQL reads it like a temporary view.
   */
  public static boolean isMemorySinkFormat(String format) {
    return format.equalsIgnoreCase(MEMORY_SINK);
  }

  /** The names of {@link #isTempViewRegistration} (a cheap pre-filter). */
  public static boolean isTempViewRegistrationName(String method) {
    return TEMP_VIEWS.names().contains(method);
  }

  /** True for {@code cache()} / {@code persist(...)} on a Dataset or RDD. */
  public static boolean isCaching(SparkKind owner, String method) {
    return CACHING.has(owner, method);
  }

  /** The names of {@link #isCaching} (a cheap pre-filter). */
  public static boolean isCachingName(String method) {
    return CACHING.names().contains(method);
  }

  /** True for {@code unpersist(...)} on a Dataset or RDD. */
  public static boolean isUnpersist(SparkKind owner, String method) {
    return UNPERSISTING.has(owner, method);
  }

  /** True for calls that drop every cached Dataset ({@code spark.catalog().clearCache()}). */
  public static boolean isCacheClearing(SparkKind owner, String method) {
    return CACHE_CLEARING.has(owner, method);
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
    return GROWING_ACCUMULATOR_FACTORIES.has(owner, method);
  }

  /** The names of {@link #isGrowingAccumulatorFactory} (a cheap pre-filter). */
  public static boolean isGrowingAccumulatorFactoryName(String method) {
    return GROWING_ACCUMULATOR_FACTORIES.names().contains(method);
  }

  /**
   * The names of {@link #isStatefulAggregation}, {@link #isStatefulDeduplication}, {@link #isJoin},
   * {@link #isArbitraryState} and {@link #isStateSpecState} (a cheap pre-filter).
   */
  public static boolean isStreamingStateName(String method) {
    return STREAMING_STATE.names().contains(method);
  }

  /** True for a method of a streaming source reader that yields a streaming Dataset. */
  public static boolean isStreamingSource(SparkKind owner, String method) {
    return STREAMING_SOURCES.has(owner, method);
  }

  /** True for {@code withWatermark(column, delay)} on a Dataset. */
  public static boolean isWatermark(SparkKind owner, String method) {
    return WATERMARKS.has(owner, method);
  }

  /** True for grouped aggregations that keep one state entry per group on a stream. */
  public static boolean isStatefulAggregation(SparkKind owner, String method) {
    return state(owner, method, "aggregation");
  }

  /** True for deduplication that remembers every key seen on a stream. */
  public static boolean isStatefulDeduplication(SparkKind owner, String method) {
    return state(owner, method, "deduplication");
  }

  /** True for Dataset joins (stateful when both sides are streams). */
  public static boolean isJoin(SparkKind owner, String method) {
    return state(owner, method, "join");
  }

  /** True for joins and unions, whose rows come from the receiver and a Dataset argument. */
  public static boolean isCombining(SparkKind owner, String method) {
    return owner == DATASET && (SparkApi.isUnion(owner, method) || SparkApi.isJoin(owner, method));
  }

  /** True for {@code mapGroupsWithState} / {@code flatMapGroupsWithState}. */
  public static boolean isArbitraryState(SparkKind owner, String method) {
    return state(owner, method, "per-key");
  }

  /** True for {@code GroupStateTimeout.NoTimeout()}, under which state never expires. */
  public static boolean isNoTimeout(SparkKind owner, String method) {
    return timeout(owner, method, "none");
  }

  /**
   * True for a DStream's {@code mapWithState(spec)}: per-key state kept across batches, expired
   * only by the spec's {@code timeout(...)} or the function's {@code state.remove()}.
   */
  public static boolean isStateSpecState(SparkKind owner, String method) {
    return state(owner, method, "spec");
  }

  /** True for {@code StateSpec.function(f)}, which creates a spec without a timeout. */
  public static boolean isStateSpecFactory(SparkKind owner, String method) {
    return timeout(owner, method, "unset");
  }

  /**
   * True for {@code spec.timeout(duration)}, after which idle keys expire; it sets the timeout on
   * the spec it is called on (and returns it).
   */
  public static boolean isStateSpecTimeout(SparkKind owner, String method) {
    return timeout(owner, method, "set");
  }

  private static boolean state(SparkKind owner, String method, String kind) {
    return STREAMING_STATE.get(owner, method).filter(kind::equals).isPresent();
  }

  private static boolean timeout(SparkKind owner, String method, String setting) {
    return TIMEOUTS.get(owner, method).filter(setting::equals).isPresent();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
