package jobs;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;

/** Caches a growing RDD on every round and never unpersists the previous round's. */
public final class CacheInLoopJob {
  private CacheInLoopJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("cache-in-loop", args).getOrCreate();
    JavaRDD<String> batch = spark.range(0, 1_000_000, 1, 4).toJavaRDD()
        .map(i -> "event-" + i + "-" + i * 31);
    JavaRDD<String> all = batch;
    for (int round = 0; round < 5; round++) {
      all = all.union(batch).cache();
      System.out.println(all.count());
    }
    spark.stop();
  }
}
