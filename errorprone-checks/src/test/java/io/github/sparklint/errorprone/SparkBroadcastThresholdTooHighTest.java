package io.github.sparklint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkBroadcastThresholdTooHighTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkBroadcastThresholdTooHigh.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("JoinTuning.java", """
        import java.util.Properties;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class JoinTuning {
          static final String THRESHOLD = "spark.sql.autoBroadcastJoinThreshold";

          void negatives(SparkSession spark, Properties props) {
            spark.conf().set(THRESHOLD, "64m");
            spark.conf().set(THRESHOLD, -1L);
            spark.sql("SET spark.sql.autoBroadcastJoinThreshold=-1");
            String current = spark.conf().get(THRESHOLD);
            props.setProperty(THRESHOLD, "100g");
            SparkConf fixture = new SparkConf().set(THRESHOLD, "8g");
            String readBack = fixture.get(THRESHOLD);
          }

          void positives(SparkSession spark) {
            SparkConf conf = new SparkConf()
                // BUG: Diagnostic contains: [SparkBroadcastThresholdTooHigh]
                .set(THRESHOLD, "8g");
            // BUG: Diagnostic contains: autoBroadcastJoinThreshold
            spark.sql("SET spark.sql.autoBroadcastJoinThreshold = 4294967296");
            SparkSession.builder().config(conf).getOrCreate();
          }
        }
        """)
        .doTest();
  }

  @Test
  void limitIsAnOption() {
    helper.setArgs("-XepOpt:SparkBroadcastThresholdTooHigh:maxBytes=32m")
        .addSourceLines("Tuned.java", """
            import org.apache.spark.sql.SparkSession;
            class Tuned {
              void run(SparkSession spark) {
                // BUG: Diagnostic contains: autoBroadcastJoinThreshold
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "64m");
              }
            }
            """)
        .doTest();
  }

  @Test
  void suggestedFixSetsSparksDefault() {
    BugCheckerRefactoringTestHelper.newInstance(SparkBroadcastThresholdTooHigh.class, getClass())
        .addInputLines("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              void tune(SparkSession spark) {
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", 4294967296L);
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "2g");
              }
            }
            """)
        .addOutputLines("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              void tune(SparkSession spark) {
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", 10485760L);
                spark.conf().set("spark.sql.autoBroadcastJoinThreshold", "10m");
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }
}
