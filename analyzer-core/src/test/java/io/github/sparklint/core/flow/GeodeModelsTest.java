package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The Apache Geode connector's Java API: {@code javaFunctions(jsc).geodeRegion(path)} reads every
 * entry of a region, with or without the connector's own Java source among the analyzed files
 * (its {@code GeodeJavaRegionRDD} is a Scala class, so the source's return type names no Spark
 * kind and the model tells it); a region narrowed by an OQL {@code where} and the writers of pair
 * RDDs stay quiet.
 */
class GeodeModelsTest {
  private static final String JOB = """
      import static org.apache.geode.spark.connector.javaapi.GeodeJavaUtil.javaFunctions;

      import org.apache.geode.spark.connector.javaapi.GeodeJavaRegionRDD;
      import org.apache.geode.spark.connector.javaapi.GeodeJavaUtil;
      import org.apache.spark.api.java.JavaPairRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      class Job {
        void run(JavaSparkContext jsc, JavaPairRDD<String, Integer> pairs, String path) {
          // BUG: Diagnostic contains: rows come from `GeodeJavaSparkContextFunctions.geodeRegion()`
          javaFunctions(jsc).geodeRegion(path).collect();
          GeodeJavaRegionRDD<String, Integer> region =
              GeodeJavaUtil.javaFunctions(jsc).geodeRegion(path);
          // BUG: Diagnostic contains: rows come from `GeodeJavaSparkContextFunctions.geodeRegion()`
          region.collect();
          region.where("value.intValue() < 50").collect();
          javaFunctions(jsc).geodeRegion(path).count();
          javaFunctions(pairs).saveToGeode(path);
          javaFunctions(jsc).geodeRegion(path).take(10);
        }
      }
      """;

  @Test
  void regionReadsAreWholeRegions() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", JOB)
        .expectMatches();
  }

  @Test
  void theConnectorsOwnJavaSourceEndsInItsScalaRddClassAndTheModelStillTells() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("org/apache/geode/spark/connector/javaapi/GeodeJavaUtil.java", """
            package org.apache.geode.spark.connector.javaapi;

            import org.apache.spark.api.java.JavaSparkContext;

            public final class GeodeJavaUtil {
              public static GeodeJavaSparkContextFunctions javaFunctions(JavaSparkContext jsc) {
                return new GeodeJavaSparkContextFunctions(jsc.sc());
              }
            }
            """)
        .addSource("org/apache/geode/spark/connector/javaapi/GeodeJavaSparkContextFunctions.java",
            """
            package org.apache.geode.spark.connector.javaapi;

            import org.apache.geode.spark.connector.internal.rdd.GeodeRegionRDD;
            import org.apache.spark.SparkContext;

            public class GeodeJavaSparkContextFunctions {
              private final SparkContext sc;

              public GeodeJavaSparkContextFunctions(SparkContext sc) {
                this.sc = sc;
              }

              public <K, V> GeodeJavaRegionRDD<K, V> geodeRegion(String regionPath) {
                return new GeodeJavaRegionRDD<>(GeodeRegionRDD.apply(sc, regionPath));
              }
            }
            """)
        .addSource("Job.java", JOB)
        .expectMatches();
  }
}
