package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Two large samples: one under the raised maxRows, one still above it. */
public final class Sampler {
  private static final int HUGE = 5_000_000;

  private Sampler() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("sampler").getOrCreate();
    Dataset<Row> ds = spark.read().parquet(args[0]);
    List<Row> million = ds.takeAsList(1_000_000);
    Dataset<Row> huge = ds.limit(HUGE);
    System.out.println(million.size() + " " + huge.collectAsList().size());
    spark.stop();
  }
}
