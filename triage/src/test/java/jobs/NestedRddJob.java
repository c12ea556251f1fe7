package jobs;

import java.util.Arrays;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** Uses one RDD inside another RDD's closure (SPARK-5063). */
public final class NestedRddJob {
  private NestedRddJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("nested-rdd", args).getOrCreate();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Integer> lookup = sc.parallelize(Arrays.asList(1, 2, 3));
    JavaRDD<Long> sizes = sc.parallelize(Arrays.asList(1, 2, 3, 4)).map(x -> lookup.count() + x);
    System.out.println(sizes.collect());
    spark.stop();
  }
}
