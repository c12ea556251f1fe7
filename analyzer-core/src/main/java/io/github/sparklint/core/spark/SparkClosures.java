package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.DATASET;
import static io.github.sparklint.core.spark.SparkKind.DSTREAM;
import static io.github.sparklint.core.spark.SparkKind.FUNCTIONS;
import static io.github.sparklint.core.spark.SparkKind.KEY_VALUE_GROUPED;
import static io.github.sparklint.core.spark.SparkKind.RDD;
import static io.github.sparklint.core.spark.SparkKind.SESSION;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.SQL_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STREAM_WRITER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spark API facts about functions passed to Spark: which methods serialize their function arguments
 * into tasks that run on executors, and which run them on the driver (a lambda given to
 * {@code foreachBatch} or to a DStream's {@code foreachRDD} is ordinary driver code).
 */
public final class SparkClosures {
  private SparkClosures() {}

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
          FUNCTIONS, Set.of("udf"),
          DSTREAM, Set.of("map", "flatMap", "filter", "mapPartitions", "mapToPair",
              "flatMapToPair", "mapPartitionsToPair", "reduce", "reduceByWindow", "reduceByKey",
              "reduceByKeyAndWindow", "combineByKey", "mapValues", "flatMapValues",
              "updateStateByKey"),
          SparkKind.STATE_SPEC, Set.of("function"));

  private static final Set<String> EXECUTOR_FUNCTION_NAMES = SparkTables.names(EXECUTOR_FUNCTIONS);

  /**
   * Methods whose function arguments run on the driver (once per batch, once per Dataset); a
   * DStream's {@code foreachRDD} and {@code transform*} get each batch's RDD there.
   */
  private static final Map<SparkKind, Set<String>> DRIVER_FUNCTIONS =
      Map.of(
          DATASET, Set.of("transform"),
          STREAM_WRITER, Set.of("foreachBatch"),
          DSTREAM, Set.of("foreachRDD", "transform", "transformToPair", "transformWith",
              "transformWithToPair"),
          SparkKind.STREAMING_CONTEXT, Set.of("transform", "transformToPair"));

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
    return EXECUTOR_FUNCTION_NAMES.contains(method);
  }

  /**
   * True for the kinds that exist only on the driver and cannot be used inside an executor-side
   * function (SPARK-5063): Datasets, RDDs, DStreams, sessions and contexts.
   */
  public static boolean isDriverOnly(SparkKind kind) {
    return kind.isDistributed() || kind == SESSION || kind == SPARK_CONTEXT
        || kind == SQL_CONTEXT || kind == DSTREAM || kind == SparkKind.STREAMING_CONTEXT;
  }

  /**
   * The kinds of the leading parameters Spark passes to a driver-side function, e.g.
   * foreachBatch's Dataset, or the batch RDDs of a DStream's {@code foreachRDD((rdd, time) -> ..)}
   * and {@code transformWith(other, (rdd, otherRdd, time) -> ..)}.
   */
  private static final Map<SparkKind, Map<String, List<SparkKind>>> DRIVER_FUNCTION_ARGUMENTS =
      Map.of(
          DATASET, Map.of("transform", List.of(DATASET)),
          STREAM_WRITER, Map.of("foreachBatch", List.of(DATASET)),
          DSTREAM, Map.of("foreachRDD", List.of(RDD), "transform", List.of(RDD),
              "transformToPair", List.of(RDD), "transformWith", List.of(RDD, RDD),
              "transformWithToPair", List.of(RDD, RDD)));

  /**
   * The kind of parameter {@code index} of a lambda given to {@code method} on {@code owner}
   * ({@code foreachBatch((batch, id) -> ...)}: {@code batch} is a Dataset).
   */
  public static Optional<SparkKind> functionParameterKind(SparkKind owner, String method,
      int index) {
    List<SparkKind> kinds =
        DRIVER_FUNCTION_ARGUMENTS.getOrDefault(owner, Map.of()).getOrDefault(method, List.of());
    return index >= 0 && index < kinds.size() ? Optional.of(kinds.get(index)) : Optional.empty();
  }
}
