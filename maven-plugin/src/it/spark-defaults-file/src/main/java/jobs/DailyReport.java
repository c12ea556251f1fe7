package jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Aggregates on the executors and brings only a bounded preview back to the driver. */
public final class DailyReport {
  private DailyReport() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("daily-report").getOrCreate();
    Dataset<Row> events = spark.read().parquet(args[0]);
    Dataset<Row> perUser = events.groupBy(col("user")).agg(count("*").as("events"));
    perUser.write().mode("overwrite").parquet(args[1]);
    List<Row> preview = perUser.limit(20).collectAsList();
    List<Row> firstRows = events.takeAsList(50);
    long total = events.count();
    System.out.println(preview.size() + firstRows.size() + " of " + total);
    spark.stop();
  }
}
