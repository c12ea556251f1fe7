package io.github.sparklint.core.rules;

import io.github.sparklint.core.FixTester;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkDriverMemoryInCodeTest {
  private final RuleTester tester = RuleTester.forRule(new SparkDriverMemoryInCode());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.Properties;
        import org.apache.spark.SparkConf;
        import org.apache.spark.launcher.SparkLauncher;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class Config { Config set(String k, String v) { return this; } }

          void run(SparkConf conf, SparkSession spark, Properties props) throws Exception {
            conf.set("spark.executor.memory", "8g");
            conf.set("spark.executor.extraJavaOptions", "-XX:+UseG1GC");
            String memory = conf.get("spark.driver.memory");
            conf.getSizeAsMb("spark.driver.memory", "1g");
            spark.conf().get("spark.driver.memoryOverhead");
            spark.sql("SET spark.driver.memory");
            props.setProperty("spark.driver.memory", "8g");
            new Config().set("spark.driver.memory", "8g");
            new SparkLauncher().setConf(SparkLauncher.DRIVER_MEMORY, "8g").launch();
            // conf.set("spark.driver.memory", "8g");
          }
        }
        """)
        .addSource("spark-defaults.conf", """
            spark.driver.memory            8g
            spark.driver.memoryOverhead    2g
            spark.driver.extraJavaOptions  -XX:+UseG1GC
            """)
        .addSource("Positives.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              private static final String DRIVER_MEMORY = "spark.driver.memory";

              void run(SparkSession spark, String options) {
                SparkConf conf = new SparkConf()
                    .setAppName("report")
                    // BUG: Diagnostic contains: `spark.driver.memory` is set in code with `SparkConf.set`, but the driver JVM
                    .set(DRIVER_MEMORY, "8g");
                SparkSession session = SparkSession.builder()
                    // BUG: Diagnostic contains: Fix: remove it from the code and give it when the driver is launched: `spark-submit --conf spark.driver.memoryOverhead=2g`
                    .config("spark.driver.memoryOverhead", "2g")
                    // BUG: Diagnostic contains: `spark-submit --driver-java-options <value>`
                    .config("spark.driver.extraJavaOptions", options)
                    .getOrCreate();
                // BUG: Diagnostic contains: with `spark.conf().set`
                spark.conf().set("spark.driver.memoryOverheadFactor", 0.2);
                // BUG: Diagnostic contains: with a SQL `SET` statement
                spark.sql("SET spark.driver.memory=4g");
                // BUG: Diagnostic contains: `spark-submit --driver-memory 16g`
                System.setProperty(DRIVER_MEMORY, "16g");
                // BUG: Diagnostic contains: `spark.driver.memory` is set in code
                conf.setIfMissing("spark.driver.memory", "4g");
                new org.apache.spark.api.java.JavaSparkContext(conf);
              }

              @SuppressWarnings("SparkDriverMemoryInCode")
              SparkConf forLocalTests() {
                return new SparkConf().set(DRIVER_MEMORY, "2g");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void fixRemovesTheSettingFromChainsAndStatements() {
    FixTester.forRule(new SparkDriverMemoryInCode()).input("""
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark, SparkConf conf) {
            SparkSession session = SparkSession.builder()
                .appName("report") // the report
                .config("spark.driver.memory", "8g")
                .config("spark.executor.memory", "8g").getOrCreate();
            SparkConf other = new SparkConf().set("spark.driver.memoryOverhead", "2g").setAppName("x");
            conf.set("spark.driver.memory", "4g"); // too late
            int n = 1; conf.set("spark.driver.extraJavaOptions", "-Xss4m");
            spark.conf().set("spark.driver.memoryOverheadFactor", 0.2);
            spark.sql("SET spark.driver.memory=4g");
            System.setProperty("spark.driver.memory", "16g");
            new org.apache.spark.api.java.JavaSparkContext(conf);
            new org.apache.spark.api.java.JavaSparkContext(other);
          }
        }
        """).expectOutput("""
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark, SparkConf conf) {
            SparkSession session = SparkSession.builder()
                .appName("report") // the report
                .config("spark.executor.memory", "8g").getOrCreate();
            SparkConf other = new SparkConf().setAppName("x");
            int n = 1;\s
            new org.apache.spark.api.java.JavaSparkContext(conf);
            new org.apache.spark.api.java.JavaSparkContext(other);
          }
        }
        """);
  }

  @Test
  void noFixWhereRemovingChangesMoreThanTheSetting() {
    String[] bodies = {
        "if (big) conf.set(\"spark.driver.memory\", \"8g\");",
        "conf.set(\"spark.driver.memory\", memory());",
        "String old = System.setProperty(\"spark.driver.memory\", \"8g\");",
        "Runnable r = () -> conf.set(\"spark.driver.memory\", \"8g\");",
        "conf.set(\"spark.driver.memory\", \"8g\"); log(conf.get(\"spark.driver.memory\"));",
        "SparkSession.builder().getOrCreate().conf().set(\"spark.driver.memory\", \"8g\");",
        "conf.set(\"spark.driver.memory\", \"8g\"); // a Unicode escape: caf\\u00e9",
    };
    for (String body : bodies) {
      FixTester.forRule(new SparkDriverMemoryInCode()).input("""
          import org.apache.spark.SparkConf;
          import org.apache.spark.sql.SparkSession;

          class Job {
            void run(SparkConf conf, boolean big) {
              %s
              new org.apache.spark.api.java.JavaSparkContext(conf);
            }
            String memory() { return "8g"; }
            void log(String s) {}
          }
          """.formatted(body)).expectFindingsWithoutFix();
    }
  }
}
