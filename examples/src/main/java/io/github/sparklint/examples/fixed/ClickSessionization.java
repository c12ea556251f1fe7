package io.github.sparklint.examples.fixed;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.window;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsWithStateFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.streaming.GroupState;
import org.apache.spark.sql.streaming.GroupStateTimeout;

/**
 * Streaming sessionization whose state expires: both streams carry a watermark, deduplication and
 * counts are bounded by it, sessions time out after 30 idle minutes, and each micro-batch is merged
 * into the user table on the driver with foreachBatch.
 */
public final class ClickSessionization {
  private static final String LATENESS = "10 minutes";

  private ClickSessionization() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("click-sessionization").getOrCreate();
    Dataset<Row> clicks = spark.readStream().format("kafka")
        .option("kafka.bootstrap.servers", args[0])
        .option("subscribe", "clicks")
        .load()
        .selectExpr("CAST(key AS STRING) AS user", "CAST(value AS STRING) AS click_id",
            "timestamp AS click_time")
        .withWatermark("click_time", LATENESS);
    Dataset<Row> impressions = spark.readStream().format("kafka")
        .option("kafka.bootstrap.servers", args[0])
        .option("subscribe", "impressions")
        .load()
        .selectExpr("CAST(value AS STRING) AS ad_click_id", "timestamp AS shown_time")
        .withWatermark("shown_time", "1 hour");

    Dataset<Row> uniqueClicks = clicks.dropDuplicatesWithinWatermark("click_id");
    Dataset<Row> perUser =
        uniqueClicks.groupBy(window(col("click_time"), "5 minutes"), col("user")).count();

    Dataset<String> sessions = uniqueClicks
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroupsWithState(new CountClicks(), Encoders.LONG(), Encoders.STRING(),
            GroupStateTimeout.ProcessingTimeTimeout());

    Dataset<Row> attributed = uniqueClicks.join(impressions, expr(
        "click_id = ad_click_id AND click_time BETWEEN shown_time AND shown_time + interval 1 hour"));

    perUser.writeStream().outputMode("update").foreachBatch((batch, batchId) -> {
      batch.createOrReplaceTempView("clicks_per_user_batch");
      spark.sql("MERGE INTO analytics.clicks_per_user t USING clicks_per_user_batch s "
          + "ON t.user = s.user AND t.window = s.window "
          + "WHEN MATCHED THEN UPDATE SET * WHEN NOT MATCHED THEN INSERT *");
    }).start();
    sessions.writeStream().outputMode("update").format("console").start();
    attributed.writeStream().format("parquet").option("path", args[1])
        .option("checkpointLocation", args[2]).start();
    spark.streams().awaitAnyTermination();
  }

  /** Counts the clicks of a user's session and ends the session after 30 idle minutes. */
  static final class CountClicks implements MapGroupsWithStateFunction<String, Row, Long, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String user, Iterator<Row> clicks, GroupState<Long> state) {
      if (state.hasTimedOut()) {
        long total = state.get();
        state.remove();
        return user + "," + total + ",closed";
      }
      long count = state.exists() ? state.get() : 0L;
      while (clicks.hasNext()) {
        clicks.next();
        count++;
      }
      state.update(count);
      state.setTimeoutDuration("30 minutes");
      return user + "," + count + ",open";
    }
  }
}
