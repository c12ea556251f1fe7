package io.github.sparklint.core.rules;

import io.github.sparklint.core.FixTester;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkBroadcastThresholdTooHighTest {
  private final RuleTester tester = RuleTester.forRule(new SparkBroadcastThresholdTooHigh());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.HashMap;
        import java.util.Map;
        import java.util.Properties;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class Config { Config set(String k, String v) { return this; } }

          void run(SparkConf conf, SparkSession spark, String fromArgs) {
            conf.set("spark.sql.autoBroadcastJoinThreshold", "100m");
            conf.set("spark.sql.autoBroadcastJoinThreshold", "-1");
            conf.set("spark.sql.autoBroadcastJoinThreshold", "1g");
            conf.set("spark.sql.autoBroadcastJoinThreshold", fromArgs);
            conf.set("spark.sql.shuffle.partitions", "5g");
            String current = conf.get("spark.sql.autoBroadcastJoinThreshold");
            spark.conf().get("spark.sql.autoBroadcastJoinThreshold", "10g");
            spark.sql("SET spark.sql.autoBroadcastJoinThreshold");
            spark.sql("SELECT 'SET spark.sql.autoBroadcastJoinThreshold=10g' AS text");
            // conf.set("spark.sql.autoBroadcastJoinThreshold", "10g");
            new Properties().setProperty("spark.sql.autoBroadcastJoinThreshold", "10g");
            Map<String, String> settings = new HashMap<>();
            settings.put("spark.sql.autoBroadcastJoinThreshold", "10g");
            new Config().set("spark.sql.autoBroadcastJoinThreshold", "10g");
            System.setProperty("app.threshold", "10g");
          }
        }
        """)
        .addSource("Positives.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SQLContext;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              private static final String THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";
              private static final long GIB = 1024L * 1024 * 1024;

              void run(SparkSession spark, SQLContext sqlContext) {
                SparkConf conf = new SparkConf()
                    .setAppName("joins")
                    // BUG: Diagnostic contains: `spark.sql.autoBroadcastJoinThreshold` is set to `2g` (2 GiB), above the limit of 1 GiB
                    .set(THRESHOLD, "2g");
                // BUG: Diagnostic contains: is set to `3221225472` (3 GiB)
                conf.setIfMissing(THRESHOLD, String.valueOf(3 * GIB));
                SparkSession session = SparkSession.builder()
                    // BUG: Diagnostic contains: is set to `4294967296`
                    .config(THRESHOLD, 4 * GIB)
                    .getOrCreate();
                // BUG: Diagnostic contains: Fix: keep the threshold near Spark's default of 10m
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "5g");
                // BUG: Diagnostic contains: is set to `2g`
                spark.sql("SET spark.sql.autoBroadcastJoinThreshold = 2g");
                // BUG: Diagnostic contains: `spark.sql.adaptive.autoBroadcastJoinThreshold` is set
                spark.sql("set spark.sql.adaptive.autoBroadcastJoinThreshold=2147483648;");
                // BUG: Diagnostic contains: is set to `8g`
                sqlContext.setConf(THRESHOLD, "8g");
                // BUG: Diagnostic contains: is set to `1100m`
                System.setProperty(THRESHOLD, "1100m");
                SparkSession.builder().config(conf).getOrCreate();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void configFiles() {
    tester.addSource("conf/spark-defaults.conf", """
        # Spark's own defaults file: whitespace separates key and value
        spark.sql.autoBroadcastJoinThreshold    -1
        spark.sql.adaptive.autoBroadcastJoinThreshold  200m
        spark.master  yarn
        """)
        .addSource("prod/spark-defaults.conf", """
            spark.app.name  nightly
            # BUG: Diagnostic contains: `spark.sql.autoBroadcastJoinThreshold` is set to `2g`
            spark.sql.autoBroadcastJoinThreshold    2g
            """)
        .addSource("jobs/app.properties", """
            spark.sql.autoBroadcastJoinThreshold=8g
            other.threshold=10g
            # @SuppressWarnings("SparkBroadcastThresholdTooHigh") -- measured: the dimension fits
            spark.sql.adaptive.autoBroadcastJoinThreshold=3g
            # BUG: Diagnostic contains: is set to `4g` (4 GiB)
            spark.sql.autoBroadcastJoinThreshold : 4g
            """)
        .expectMatches();
  }

  @Test
  void limitIsAnOption() {
    tester.option("maxBytes", "100m")
        .addSource("Small.java", """
            import org.apache.spark.SparkConf;
            class Small {
              void run(SparkConf conf) {
                conf.set("spark.sql.autoBroadcastJoinThreshold", "100m");
                // BUG: Diagnostic contains: above the limit of 100 MiB
                conf.set("spark.sql.autoBroadcastJoinThreshold", "101m");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void fixSetsLiteralValuesBackToSparksDefault() {
    FixTester.forRule(new SparkBroadcastThresholdTooHigh()).input("""
        import org.apache.spark.sql.SparkSession;

        class Job {
          SparkSession run() {
            SparkSession spark = SparkSession.builder()
                .config("spark.sql.autoBroadcastJoinThreshold", 2147483647)
                .getOrCreate();
            spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "8g");
            return spark;
          }
        }
        """).expectOutput("""
        import org.apache.spark.sql.SparkSession;

        class Job {
          SparkSession run() {
            SparkSession spark = SparkSession.builder()
                .config("spark.sql.autoBroadcastJoinThreshold", 10485760)
                .getOrCreate();
            spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "10m");
            return spark;
          }
        }
        """);
  }

  @Test
  void noFixForTheAdaptiveThresholdWhichHasNoDefaultOfItsOwn() {
    FixTester.forRule(new SparkBroadcastThresholdTooHigh()).input("""
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark) {
            spark.conf().set("spark.sql.adaptive.autoBroadcastJoinThreshold", "8g");
            spark.conf().set("spark.sql.autoBroadcastJoinThreshold", 8.0e9);
          }
        }
        """).expectFindingsWithoutFix();
  }
}
