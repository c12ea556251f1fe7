package io.github.sparklint.examples.configured.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * Every region row the warehouse holds, one per store and day: a whole table. Same simple name
 * as {@code reference.Regions}; each call resolves to the class its file imports.
 */
public final class Regions {
  private Regions() {}

  public static Dataset<String> all(SparkSession spark) {
    return spark.read().table("warehouse.store_regions").as(Encoders.STRING());
  }
}
