package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

public final class Export {
  private Export() {}

  static List<Row> accepted(Dataset<Row> table) {
    return table.collectAsList();
  }

  static List<Row> fresh(Dataset<Row> table) {
    return table.takeAsList(5_000_000);
  }
}
