package jobs;

import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;

/** Counts keys on the driver: the result map has one entry per distinct key. */
public final class KeyCounts {
  private KeyCounts() {}

  static Map<String, Long> counts(JavaPairRDD<String, Integer> pairs) {
    return pairs.countByKey();
  }
}
