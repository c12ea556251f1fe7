package jobs;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;

/** Adds every row to a collection accumulator, which the driver merges in memory. */
public final class AccumulatorJob {
  private AccumulatorJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("collection-accumulator", args).getOrCreate();
    CollectionAccumulator<String> seen = spark.sparkContext().collectionAccumulator("seen");
    spark.range(0, 20_000_000, 1, 8).toJavaRDD()
        .foreach(id -> seen.add("row-" + id + "-" + java.util.UUID.randomUUID()));
    System.out.println(seen.value().size());
    spark.stop();
  }
}
