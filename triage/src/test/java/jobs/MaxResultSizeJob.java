package jobs;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Collects more serialized result bytes than spark.driver.maxResultSize allows. */
public final class MaxResultSizeJob {
  private MaxResultSizeJob() {}

  public static void main(String[] args) {
    SparkSession spark = JobSession.builder("max-result-size", args)
        .config("spark.driver.maxResultSize", "1m")
        .getOrCreate();
    List<Row> rows = spark.range(0, 400_000, 1, 8).selectExpr("id", "repeat('x', 20) AS pad")
        .collectAsList();
    System.out.println(rows.size());
    spark.stop();
  }
}
