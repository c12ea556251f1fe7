package io.github.sparklint.examples.configured.reference;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/** The sales regions, a short list kept in the code: its rows are bounded. */
public final class Regions {
  private Regions() {}

  public static Dataset<String> all(SparkSession spark) {
    return spark.createDataset(List.of("EMEA", "AMER", "APAC"), Encoders.STRING());
  }
}
