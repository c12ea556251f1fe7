package jobs;

import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;

/** Counts keys on the driver: the result map has one entry per distinct key. */
public final class KeyCounts {
  private KeyCounts() {}

  static Map<String, Long> counts(org.apache.spark.api.java.JavaSparkContext sc) { JavaPairRDD<String, Integer> pairs = JavaPairRDD.fromJavaRDD(sc.objectFile("/pairs"));
    return pairs.countByKey();
  }
}
