package io.github.sparklint.examples.configured;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Nightly export, checked under this project's sparklint.yaml (raised, lowered and off rules). */
public final class ExportJob {
  private ExportJob() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("nightly-export")
        .config("spark.driver.memory", "8g")
        .getOrCreate();
    Dataset<Row> orders = spark.read().parquet(args[0]).filter(col("status").equalTo("open"));

    List<Row> everything = orders.collectAsList();
    System.out.println("open orders: " + everything.size());

    List<Row> sample = orders.takeAsList(5000);
    List<Row> preview = orders.takeAsList(500);
    System.out.println(sample.size() + " sampled, first: " + preview.get(0));

    Dataset<Row> current = orders;
    for (int day = 0; day < 7; day++) {
      current = current.filter(col("age").gt(day)).cache();
      System.out.println("day " + day + ": " + current.count());
    }

    orders.repartition(20000).write().parquet(args[1]);
    orders.repartition(5000).write().parquet(args[2]);
    spark.stop();
  }
}
