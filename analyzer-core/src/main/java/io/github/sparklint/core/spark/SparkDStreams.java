package io.github.sparklint.core.spark;

import static io.github.sparklint.core.spark.SparkKind.DSTREAM;
import static io.github.sparklint.core.spark.SparkKind.RDD;
import static io.github.sparklint.core.spark.SparkKind.SPARK_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STATE_SPEC;
import static io.github.sparklint.core.spark.SparkKind.STREAMING_CONTEXT;
import static io.github.sparklint.core.spark.SparkKind.STREAM_SOURCE;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The type facts of the legacy Spark Streaming (DStream) API, checked against the
 * spark-streaming 3.5 jar: which classes are streams, contexts and state specs, and what their
 * methods return. {@link SparkClasses} reads and merges them; which DStream functions run where
 * is in {@link SparkClosures}, {@code mapWithState}'s state in {@link SparkState}.
 *
 * <p>Every DStream transformation returns a DStream, including {@code count}, {@code reduce} and
 * {@code countByValue}, which are actions on an RDD but per-batch streams here: nothing reaches
 * the driver until an output operation ({@code foreachRDD}, {@code print}) runs.
 */
final class SparkDStreams {
  private SparkDStreams() {}

  private static final String JAVA_API = "org.apache.spark.streaming.api.java.";

  private static final Map<String, SparkKind> CLASSES =
      Map.ofEntries(
          Map.entry(JAVA_API + "JavaDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaPairDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaInputDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaReceiverInputDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaPairInputDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaPairReceiverInputDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaMapWithStateDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaDStreamLike", DSTREAM),
          Map.entry(JAVA_API + "AbstractJavaDStreamLike", DSTREAM),
          Map.entry("org.apache.spark.streaming.dstream.DStream", DSTREAM),
          Map.entry("org.apache.spark.streaming.dstream.InputDStream", DSTREAM),
          Map.entry(JAVA_API + "JavaStreamingContext", STREAMING_CONTEXT),
          Map.entry("org.apache.spark.streaming.StreamingContext", STREAMING_CONTEXT),
          Map.entry("org.apache.spark.streaming.StateSpec", STATE_SPEC),
          // spark-streaming-kafka-0-10 (checked against its 3.5.1 jar)
          Map.entry("org.apache.spark.streaming.kafka010.KafkaUtils", STREAM_SOURCE));

  /** Records that {@code methods} of {@code owner} return {@code result}. */
  @FunctionalInterface
  interface Returns {
    void put(SparkKind owner, SparkKind result, String... methods);
  }

  /**
   * Adds what the DStream API's instance methods ({@code returns}) and static methods ({@code
   * staticReturns}) return to {@link SparkClasses}' tables.
   */
  static void addReturns(Returns returns, Returns staticReturns) {
    returns.put(DSTREAM, DSTREAM,
        // JavaDStreamLike
        "map", "flatMap", "filter", "mapPartitions", "mapToPair", "flatMapToPair",
        "mapPartitionsToPair", "glom", "reduce", "reduceByWindow", "count", "countByWindow",
        "countByValue", "countByValueAndWindow", "transform", "transformToPair", "transformWith",
        "transformWithToPair", "checkpoint", "dstream",
        // JavaDStream, JavaPairDStream, their input variants, JavaMapWithStateDStream
        "cache", "persist", "repartition", "union", "window", "toJavaDStream", "reduceByKey",
        "reduceByKeyAndWindow", "groupByKey", "groupByKeyAndWindow", "combineByKey", "mapValues",
        "flatMapValues", "join", "leftOuterJoin", "rightOuterJoin", "fullOuterJoin", "cogroup",
        "updateStateByKey", "mapWithState", "stateSnapshots", "inputDStream",
        "receiverInputDStream");
    returns.put(DSTREAM, RDD, "compute", "wrapRDD");
    returns.put(DSTREAM, STREAMING_CONTEXT, "context");
    staticReturns.put(DSTREAM, DSTREAM,
        "fromDStream", "fromJavaDStream", "fromPairDStream", "fromInputDStream",
        "fromReceiverInputDStream");
    returns.put(STREAMING_CONTEXT, DSTREAM,
        "socketTextStream", "socketStream", "rawSocketStream", "receiverStream",
        "textFileStream", "binaryRecordsStream", "fileStream", "queueStream", "union",
        "transform", "transformToPair");
    returns.put(STREAMING_CONTEXT, SPARK_CONTEXT, "sparkContext");
    returns.put(STREAMING_CONTEXT, STREAMING_CONTEXT, "ssc");
    staticReturns.put(STREAMING_CONTEXT, STREAMING_CONTEXT, "getOrCreate");
    staticReturns.put(STATE_SPEC, STATE_SPEC, "function");
    returns.put(STATE_SPEC, STATE_SPEC,
        "timeout", "numPartitions", "partitioner", "initialState");
    staticReturns.put(STREAM_SOURCE, DSTREAM, "createDirectStream");
    staticReturns.put(STREAM_SOURCE, RDD, "createRDD");
  }

  /** The kind of a DStream API class given by its qualified name (dots only). */
  static Optional<SparkKind> kindOfClass(String qualifiedName) {
    return Optional.ofNullable(CLASSES.get(qualifiedName));
  }

  /** Every DStream API class this table knows, by qualified name. */
  static Set<String> classes() {
    return CLASSES.keySet();
  }
}
