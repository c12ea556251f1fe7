package jobs;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Collects twenty million generated rows into a driver with a small heap. */
public final class CollectJob {
  private CollectJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("collect", args).getOrCreate();
    List<Row> rows = spark.range(0, 20_000_000, 1, 100).selectExpr("id", "uuid() AS tag")
        .collectAsList();
    System.out.println(rows.size());
    spark.stop();
  }
}
