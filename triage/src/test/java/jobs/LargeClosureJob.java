package jobs;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/** A closure captures a big driver-side map, so every task carries a copy of it. */
public final class LargeClosureJob {
  private LargeClosureJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("large-closure", args).getOrCreate();
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Map<Integer, String> names = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      names.put(i, "name-" + i);
    }
    JavaRDD<Integer> ids = sc.parallelize(java.util.List.of(1, 2, 3, 4), 4);
    long known = ids.filter(id -> names.containsKey(id)).count();
    System.out.println(known);
    spark.stop();
  }
}
