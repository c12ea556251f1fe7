package io.github.sparklint.core.spark;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The roles Spark classes play in the rules; {@link SparkApi} maps class names to them. */
public enum SparkKind {
  /** {@code Dataset<T>} / DataFrame: distributed, rows reach the driver only through actions. */
  DATASET,
  /** {@code RDD}, {@code JavaRDD}, {@code JavaPairRDD}, {@code JavaDoubleRDD}. */
  RDD,
  /** {@code SparkSession}. */
  SESSION,
  /** {@code SparkSession.Builder}. */
  SESSION_BUILDER,
  /** {@code SparkContext} and {@code JavaSparkContext}. */
  SPARK_CONTEXT,
  /** {@code SQLContext}. */
  SQL_CONTEXT,
  /** {@code SparkConf}. */
  SPARK_CONF,
  /** {@code RuntimeConfig} ({@code spark.conf()}). */
  RUNTIME_CONFIG,
  /** {@code DataFrameReader}. */
  READER,
  /** {@code DataStreamReader}: its datasets are streaming. */
  STREAM_READER,
  /** {@code RelationalGroupedDataset} (groupBy/rollup/cube/pivot). */
  GROUPED,
  /** {@code KeyValueGroupedDataset} (groupByKey). */
  KEY_VALUE_GROUPED,
  /** {@code DataFrameNaFunctions} ({@code ds.na()}): drops or fills missing values of its Dataset. */
  NA_FUNCTIONS,
  /** {@code DataFrameStatFunctions} ({@code ds.stat()}): samples and statistics of its Dataset. */
  STAT_FUNCTIONS,
  /** {@code DataFrameWriter} / {@code DataFrameWriterV2}. */
  WRITER,
  /** {@code DataStreamWriter}. */
  STREAM_WRITER,
  /** {@code Broadcast<T>}. */
  BROADCAST,
  /** {@code org.apache.spark.sql.functions}. */
  FUNCTIONS,
  /**
   * {@code org.apache.spark.sql.Column}: an expression over a row. Named by facts only (what a
   * condition or projection means), never a type whose values the engine follows.
   */
  COLUMN,
  /** {@code UDFRegistration} ({@code spark.udf()}): registers functions that run on executors. */
  UDF_REGISTRATION,
  /** {@code AccumulatorV2} and its Spark subclasses (long, double, collection accumulators). */
  ACCUMULATOR,
  /** {@code GroupStateTimeout}: the timeout setting of {@code *GroupsWithState}. */
  STATE_TIMEOUT,
  /** {@code org.apache.spark.sql.catalog.Catalog} ({@code spark.catalog()}). */
  CATALOG,
  /**
   * A legacy Spark Streaming stream: {@code JavaDStream}, {@code JavaPairDStream}, their input
   * variants and {@code dstream.DStream}. Driver-side: one RDD per batch.
   */
  DSTREAM,
  /** {@code JavaStreamingContext} and {@code StreamingContext}. */
  STREAMING_CONTEXT,
  /** {@code StateSpec}: the function and settings of {@code mapWithState}. */
  STATE_SPEC,
  /**
   * A class of static factories for DStreams and RDDs over an external system ({@code
   * KafkaUtils}).
   */
  STREAM_SOURCE,
  /**
   * An MLlib distributed matrix held in an RDD ({@code mllib.linalg.distributed}): {@code
   * RowMatrix}, {@code IndexedRowMatrix}, {@code CoordinateMatrix} and their interface {@code
   * DistributedMatrix}. Its rows are the matrix's rows (a coordinate matrix's entries).
   */
  DISTRIBUTED_MATRIX,
  /** MLlib's {@code BlockMatrix}: a distributed matrix whose rows are its blocks. */
  BLOCK_MATRIX;

  private static final Map<String, SparkKind> BY_TEXT = new HashMap<>();

  static {
    for (SparkKind kind : values()) {
      BY_TEXT.put(kind.text, kind);
    }
  }

  private final String text = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The kind as fact rows write it: lower case with hyphens, e.g. {@code key-value-grouped}. */
  public String text() {
    return text;
  }

  /** The kind {@link #text()} names. */
  public static Optional<SparkKind> ofText(String text) {
    return Optional.ofNullable(BY_TEXT.get(text));
  }

  /**
   * True for the kinds whose data lives on executors: Datasets, RDDs and the MLlib distributed
   * matrices that wrap an RDD.
   */
  public boolean isDistributed() {
    return this == DATASET || this == RDD || this == DISTRIBUTED_MATRIX || this == BLOCK_MATRIX;
  }
}
