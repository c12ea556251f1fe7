package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

public final class Export {
  private Export() {}

  static List<Row> accepted(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("table");
    return table.collectAsList();
  }

  static List<Row> fresh(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("table");
    return table.takeAsList(5_000_000);
  }
}
