package jobs;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/** Collects a whole RDD, but the check is skipped for this build. */
public final class Snapshot {
  private Snapshot() {}

  public static void main(String[] args) {
    try (JavaSparkContext sc = new JavaSparkContext("local", "snapshot")) {
      JavaRDD<String> lines = sc.textFile(args[0]);
      System.out.println(lines.collect().size());
    }
  }
}
