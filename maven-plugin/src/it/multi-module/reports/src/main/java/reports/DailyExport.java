package reports;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Exports a day's rows by bringing all of them to the driver first. */
public final class DailyExport {
  private DailyExport() {}

  static List<Row> rows(org.apache.spark.sql.SparkSession spark) { Dataset<Row> day = spark.table("day");
    return day.collectAsList();
  }
}
