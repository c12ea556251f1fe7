package report;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** New since the baseline: fails the build, once, in sparklint:aggregate. */
public final class Export {
  private Export() {}

  static List<Row> rows(Dataset<Row> table) {
    return table.collectAsList();
  }
}
