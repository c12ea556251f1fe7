package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * {@code countByValue()} of elements each looked up in a driver-side map (a captured {@code Map},
 * or the map a {@code Broadcast} ships) or a constant has no more entries than that map; elements
 * computed from the input, a map's keys, a default computed from the element, or pairs keyed by a
 * lookup keep one entry per distinct input.
 */
class LookedUpValuesTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void valuesLookedUpInADriverMapAreAtMostThatMap() {
    tester.addSource("Regions.java", """
        import java.util.Map;
        import java.util.Optional;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;

        class Regions {
          private Map<String, String> regionOf;

          void run(JavaSparkContext sc, Map<String, String> postcodes) {
            Broadcast<Map<String, String>> lookup = sc.broadcast(postcodes);
            JavaRDD<String> lines = sc.textFile("hdfs:///makerspaces.csv");
            JavaRDD<String> regions = lines.filter(l -> !l.startsWith("Timestamp")).map(l -> {
              String prefix = l.split(",")[4];
              if (lookup.value().containsKey(prefix)) {
                return lookup.value().get(prefix);
              }
              return "Unknown";
            });
            regions.countByValue();
            lines.map(l -> postcodes.getOrDefault(l.split(",")[4], "Unknown")).distinct()
                .countByValue();
            lines.map(l -> {
              String region = regionOf.get(l);
              return region;
            }).countByValue();
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void valuesComputedFromTheInputOrKeyedByALookupAreNot() {
    tester.addSource("Words.java", """
        import java.util.List;
        import java.util.Map;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;
        import scala.Tuple2;

        class Words {
          void run(JavaSparkContext sc, Map<String, String> stems, Broadcast<List<String>> stop,
              Broadcast<String> suffix) {
            JavaRDD<String> words = sc.textFile("hdfs:///corpus").flatMap(l -> List.of(l.split(" ")).iterator());
            // BUG: Diagnostic contains: one entry per distinct value
            words.map(w -> stems.getOrDefault(w, w)).countByValue();
            // BUG: Diagnostic contains: one entry per distinct value
            words.map(w -> stems.containsKey(w) ? stems.get(w) : w.toLowerCase()).countByValue();
            // BUG: Diagnostic contains: one entry per distinct value
            words.map(w -> stop.value().get(0) + w).countByValue();
            // BUG: Diagnostic contains: one entry per distinct value
            words.map(w -> stems.containsKey(w) ? w : suffix.value()).countByValue();
            // BUG: Diagnostic contains: one entry per distinct value
            words.mapToPair(w -> new Tuple2<>(stems.get(w), w)).countByValue();
            // BUG: Diagnostic contains: one entry per distinct value
            words.countByValue();
          }
        }
        """)
        .expectMatches();
  }
}
