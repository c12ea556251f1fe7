package io.github.sparklint.core.rules;

import io.github.sparklint.core.FixTester;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkExcessiveUiRetentionTest {
  private final RuleTester tester = RuleTester.forRule(new SparkExcessiveUiRetention());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.Map;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          void run(SparkConf conf, SparkSession spark, Map<String, String> overrides, int jobs) {
            conf.set("spark.ui.retainedJobs", "5000");
            conf.set("spark.ui.retainedTasks", "1000000");
            conf.set("spark.ui.retainedStages", "200");
            conf.set("spark.ui.retainedJobs", String.valueOf(jobs));
            conf.set("spark.ui.retainedJobs", "lots");
            conf.set("spark.ui.port", "4040000");
            conf.getInt("spark.ui.retainedJobs", 1000000);
            overrides.put("spark.ui.retainedJobs", "1000000");
            spark.sql("SET spark.sql.ui.retainedExecutions");
          }
        }
        """)
        .addSource("Positives.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              private static final int KEEP_EVERYTHING = 1_000_000;

              void run(SparkSession spark) {
                SparkConf conf = new SparkConf()
                    // BUG: Diagnostic contains: `spark.ui.retainedJobs` is set to 1000000, more than 10 times Spark's default of 1000
                    .set("spark.ui.retainedJobs", String.valueOf(KEEP_EVERYTHING))
                    // BUG: Diagnostic contains: Fix: keep it near the default (at most 1000000)
                    .set("spark.ui.retainedTasks", "2000000");
                SparkSession.builder()
                    .config(conf)
                    // BUG: Diagnostic contains: `spark.sql.ui.retainedExecutions` is set to 50000
                    .config("spark.sql.ui.retainedExecutions", 50_000L)
                    // BUG: Diagnostic contains: `spark.streaming.ui.retainedBatches`
                    .config("spark.streaming.ui.retainedBatches", 100_000)
                    .getOrCreate();
                // BUG: Diagnostic contains: default of 100
                spark.conf().set("spark.sql.streaming.numRecentProgressUpdates", 5000L);
                // BUG: Diagnostic contains: `spark.ui.retainedDeadExecutors`
                spark.sql("SET spark.ui.retainedDeadExecutors=100000");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void configFiles() {
    tester.addSource("spark-defaults.conf", """
        spark.ui.retainedJobs     2000
        # BUG: Diagnostic contains: `spark.ui.retainedStages` is set to 100000
        spark.ui.retainedStages   100000
        spark.eventLog.enabled    true
        """)
        .expectMatches();
  }

  @Test
  void factorIsAnOption() {
    tester.option("maxFactor", "2")
        .addSource("Strict.java", """
            import org.apache.spark.SparkConf;
            class Strict {
              void run(SparkConf conf) {
                conf.set("spark.ui.retainedJobs", "2000");
                // BUG: Diagnostic contains: more than 2 times Spark's default of 1000
                conf.set("spark.ui.retainedJobs", "2001");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void fixSetsLiteralValuesBackToSparksDefault() {
    FixTester.forRule(new SparkExcessiveUiRetention()).input("""
        import org.apache.spark.SparkConf;

        class Job {
          SparkConf conf() {
            return new SparkConf()
                .set("spark.ui.retainedJobs", "100000")
                .set("spark.ui.retainedTasks", "1000000000");
          }
        }
        """).expectOutput("""
        import org.apache.spark.SparkConf;

        class Job {
          SparkConf conf() {
            return new SparkConf()
                .set("spark.ui.retainedJobs", "1000")
                .set("spark.ui.retainedTasks", "100000");
          }
        }
        """);
  }

  @Test
  void noFixForAValueThatIsNotALiteral() {
    FixTester.forRule(new SparkExcessiveUiRetention()).input("""
        import org.apache.spark.SparkConf;

        class Job {
          static final int JOBS = 100000;
          static final String JOBS_TEXT = "100000";

          SparkConf conf() {
            return new SparkConf().set("spark.ui.retainedJobs", JOBS_TEXT)
                .set("spark.ui.retainedStages", "" + JOBS);
          }
        }
        """).expectFindingsWithoutFix();
  }
}
