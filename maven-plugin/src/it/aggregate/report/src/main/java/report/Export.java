package report;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** New since the baseline: fails the build, once, in sparklint:aggregate. */
public final class Export {
  private Export() {}

  static List<Row> rows(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("table");
    return table.collectAsList();
  }
}
