package io.github.sparklint.examples.configured;

import io.github.sparklint.examples.configured.reference.Regions;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/** Prints the region labels: collects the short list of {@code reference.Regions}, no finding. */
public final class RegionLabels {
  private RegionLabels() {}

  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("region-labels").getOrCreate();
    List<String> labels = Regions.all(spark).collectAsList();
    System.out.println(String.join(", ", labels));
  }
}
