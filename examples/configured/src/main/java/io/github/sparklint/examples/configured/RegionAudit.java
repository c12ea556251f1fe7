package io.github.sparklint.examples.configured;

import io.github.sparklint.examples.configured.warehouse.Regions;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Audits the warehouse regions: collects the whole table of {@code warehouse.Regions}, a finding. */
public final class RegionAudit {
  private RegionAudit() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("region-audit").getOrCreate();
    List<String> rows = Regions.all(spark).collectAsList();
    System.out.println(rows.size() + " region rows");
  }
}
