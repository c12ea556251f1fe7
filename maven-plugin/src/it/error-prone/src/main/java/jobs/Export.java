package jobs;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

public final class Export {
  private Export() {}

  static List<Row> all(Dataset<Row> table) {
    return table.collectAsList();
  }

  static List<Row> many(Dataset<Row> table) {
    return table.takeAsList(50_000);
  }
}
