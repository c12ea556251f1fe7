package jobs;

import org.apache.spark.sql.SparkSession;

/** Counts rows; the build fails before analysis because of its configuration. */
public final class Counter {
  private Counter() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("counter").getOrCreate();
    System.out.println(spark.read().parquet(args[0]).count());
    spark.stop();
  }
}
