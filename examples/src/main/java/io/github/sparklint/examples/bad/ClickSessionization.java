package io.github.sparklint.examples.bad;

import static org.apache.spark.sql.functions.expr;

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
 * Streaming sessionization of web clicks: deduplicates clicks, counts clicks per user, keeps a
 * running session per user and attributes clicks to ad impressions. None of its state ever expires.
 */
public final class ClickSessionization {
  private ClickSessionization() {}

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().appName("click-sessionization").getOrCreate();
    Dataset<Row> clicks = spark.readStream().format("kafka")
        .option("kafka.bootstrap.servers", args[0])
        .option("subscribe", "clicks")
        .load()
        .selectExpr("CAST(key AS STRING) AS user", "CAST(value AS STRING) AS click_id",
            "timestamp AS click_time");
    Dataset<Row> impressions = spark.readStream().format("kafka")
        .option("kafka.bootstrap.servers", args[0])
        .option("subscribe", "impressions")
        .load()
        .selectExpr("CAST(value AS STRING) AS ad_click_id", "timestamp AS shown_time");

    Dataset<Row> uniqueClicks = clicks.dropDuplicates("click_id");
    Dataset<Row> perUser = uniqueClicks.groupBy("user").count();

    Dataset<String> sessions = uniqueClicks
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .mapGroupsWithState(new CountClicks(), Encoders.LONG(), Encoders.STRING(),
            GroupStateTimeout.NoTimeout());

    Dataset<Row> attributed = uniqueClicks.join(impressions, expr("click_id = ad_click_id"));

    perUser.writeStream().outputMode("complete").format("console").start();
    sessions.writeStream().outputMode("update").format("console").start();
    attributed.writeStream().format("parquet").option("path", args[1])
        .option("checkpointLocation", args[2]).start();
    spark.streams().awaitAnyTermination();
  }

  /** Counts the clicks of a user's session; the session never ends. */
  static final class CountClicks implements MapGroupsWithStateFunction<String, Row, Long, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String call(String user, Iterator<Row> clicks, GroupState<Long> state) {
      long count = state.exists() ? state.get() : 0L;
      while (clicks.hasNext()) {
        clicks.next();
        count++;
      }
      state.update(count);
      return user + "," + count;
    }
  }
}
