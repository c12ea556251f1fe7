package jobs;

import static org.apache.spark.sql.functions.broadcast;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Forces a broadcast join of a table far too big for the driver's heap. */
public final class BroadcastHintJob {
  private BroadcastHintJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("broadcast-hint", args).getOrCreate();
    Dataset<Row> facts = spark.range(0, 1_000).toDF("id");
    Dataset<Row> big = spark.range(0, 30_000_000).selectExpr("id", "uuid() AS tag");
    long matched = facts.join(broadcast(big), "id").count();
    System.out.println(matched);
    spark.stop();
  }
}
