package jobs;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Asks for millions of partitions: the driver builds and tracks one task for each. */
public final class ManyPartitionsJob {
  private ManyPartitionsJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("many-partitions", args).getOrCreate();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long rows = sc.parallelize(List.of(1, 2, 3), 5_000_000).count();
    System.out.println(rows);
    spark.stop();
  }
}
