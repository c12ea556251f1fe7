package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Pulls a whole table, then a million rows, into driver memory.
 *
 * <p>Refactored since the baseline was recorded: a helper came first and the statements moved
 * down, so every finding is on another line now.
 */
public final class ExportJob {
  private ExportJob() {}

  static String describe(Object sample, List<Row> all) {
    return all.size() + " " + sample;
  }

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("export").getOrCreate();
    Dataset<Row> ds = spark.read().parquet(args[0]);

    Object sample = ds.take(1_000_000);
    List<Row> all = ds.collectAsList();
    System.out.println(describe(sample, all));
    spark.stop();
  }
}
