package jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Half-edited: the parameter list is never closed. */
public final class Broken {
  long size(Dataset<Row> ds {
    return ds.count();
  }
}
