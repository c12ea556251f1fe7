package io.github.sparklint.core.spark;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Spark API facts about configuration: the calls that make a setting or a partition count (the
 * {@code sets-config} and {@code partitions} rows of {@code spark-methods.txt}), the keys the
 * config rules know, and the Spark defaults of those keys (Spark 3.5). Keys and defaults are not
 * about methods, so they are not method rows.
 */
public final class SparkConfigKeys {
  private SparkConfigKeys() {}

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

  private static final SparkMethods.Table<String> CONFIG_SETTERS =
      SparkMethods.table(MethodFact.SETS_CONFIG);

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

  private static final SparkMethods.Table<PartitionCountArgument> PARTITION_COUNTS =
      SparkMethods.table(MethodFact.PARTITIONS, SparkConfigKeys::partitionCount);

  /** A {@code partitions} row's argument: {@code 1}, or {@code 0 shuffle 1}. */
  private static PartitionCountArgument partitionCount(String argument) {
    String[] words = argument.split(" ");
    int index = Integer.parseInt(words[0]);
    int shuffleFlag = words.length == 3 ? Integer.parseInt(words[2]) : -1;
    return new PartitionCountArgument(index, Math.max(index, shuffleFlag) + 1, shuffleFlag);
  }

  /** True when {@code method(key, value)} on {@code owner} sets a Spark setting. */
  public static boolean isConfigSetter(SparkKind owner, String method) {
    return CONFIG_SETTERS.has(owner, method);
  }

  /** True when {@code method} sets a Spark setting on some kind (a cheap pre-filter). */
  public static boolean isConfigSetterName(String method) {
    return CONFIG_SETTERS.names().contains(method);
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
    return PARTITION_COUNTS.get(owner, method);
  }

  /** True when {@code method} takes a partition count on some kind (a cheap pre-filter). */
  public static boolean isPartitionCountMethodName(String method) {
    return PARTITION_COUNTS.names().contains(method);
  }
}
