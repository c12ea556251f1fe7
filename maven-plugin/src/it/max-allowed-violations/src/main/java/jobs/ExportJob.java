package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Pulls a whole table, then a million rows, into driver memory. */
public final class ExportJob {
  private ExportJob() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("export").getOrCreate();
    Dataset<Row> ds = spark.read().parquet(args[0]);
    List<Row> all = ds.collectAsList();
    Object sample = ds.take(1_000_000);
    System.out.println(all.size() + " " + sample);
    spark.stop();
  }
}
