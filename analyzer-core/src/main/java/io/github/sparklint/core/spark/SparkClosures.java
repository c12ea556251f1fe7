package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.DSTREAM;
import static io.github.sparklint.core.spark.SparkKind.SESSION;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.SQL_CONTEXT;

import java.util.Optional;

/**
 * Spark API facts about functions passed to Spark: which methods serialize their function arguments
 * into tasks that run on executors, and which run them on the driver (a lambda given to
 * {@code foreachBatch} or to a DStream's {@code foreachRDD} is ordinary driver code). The {@code
 * function} rows of {@code spark-methods.txt}.
 */
public final class SparkClosures {
  private SparkClosures() {}

  private static final String EXECUTOR = "executor";
  private static final String DRIVER = "driver";

  private static final SparkMethods.Table<String> EXECUTOR_FUNCTIONS =
      SparkMethods.table(MethodFact.FUNCTION, EXECUTOR);
  private static final SparkMethods.Table<String> FUNCTIONS =
      SparkMethods.table(MethodFact.FUNCTION);

  /** True when the function arguments of {@code method} on {@code owner} run on executors. */
  public static boolean isExecutorFunction(SparkKind owner, String method) {
    return EXECUTOR_FUNCTIONS.has(owner, method);
  }

  /** True when the function arguments of {@code method} on {@code owner} run on the driver. */
  public static boolean isDriverFunction(SparkKind owner, String method) {
    return driverFunction(owner, method).isPresent();
  }

  /** True when {@code method} takes executor-side functions on some kind (a cheap pre-filter). */
  public static boolean isExecutorFunctionName(String method) {
    return EXECUTOR_FUNCTIONS.names().contains(method);
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
   * The kind of parameter {@code index} of a lambda given to {@code method} on {@code owner}
   * ({@code foreachBatch((batch, id) -> ...)}: {@code batch} is a Dataset; the batch RDDs of a
   * DStream's {@code transformWith(other, (rdd, otherRdd, time) -> ..)}).
   */
  public static Optional<SparkKind> functionParameterKind(SparkKind owner, String method,
      int index) {
    Optional<String> function = driverFunction(owner, method);
    if (function.isEmpty() || index < 0) {
      return Optional.empty();
    }
    String[] words = function.get().split(" ");
    String[] kinds = words.length < 2 ? new String[0] : words[1].split(",");
    return index < kinds.length ? SparkKind.ofText(kinds[index]) : Optional.empty();
  }

  /** The argument of a {@code function driver ...} row. */
  private static Optional<String> driverFunction(SparkKind owner, String method) {
    return FUNCTIONS.get(owner, method).filter(f -> f.startsWith(DRIVER));
  }
}
