package jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Prints every row on the driver. */
public final class Dump {
  private Dump() {}

  static void dump(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("table");
    for (Row row : table.collectAsList()) {
      System.out.println(row);
    }
  }
}
