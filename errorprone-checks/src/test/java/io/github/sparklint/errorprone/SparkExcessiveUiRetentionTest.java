package io.github.sparklint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkExcessiveUiRetentionTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkExcessiveUiRetention.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("UiSettings.java", """
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class UiSettings {
          void negatives(SparkConf conf) {
            conf.set("spark.ui.retainedJobs", "2000");
            conf.set("spark.ui.retainedTasks", "100000");
            String tasks = conf.get("spark.ui.retainedTasks", "100000");
          }

          void positives(SparkConf conf, SparkSession spark) {
            // BUG: Diagnostic contains: [SparkExcessiveUiRetention]
            conf.set("spark.ui.retainedTasks", "50000000");
            // BUG: Diagnostic contains: spark.sql.ui.retainedExecutions
            spark.sql("SET spark.sql.ui.retainedExecutions=100000");
          }
        }
        """)
        .doTest();
  }

  @Test
  void factorIsAnOption() {
    helper.setArgs("-XepOpt:SparkExcessiveUiRetention:maxFactor=2")
        .addSourceLines("Strict.java", """
            import org.apache.spark.SparkConf;
            class Strict {
              void run(SparkConf conf) {
                conf.set("spark.ui.retainedJobs", "2000");
                // BUG: Diagnostic contains: spark.ui.retainedJobs
                conf.set("spark.ui.retainedJobs", "2001");
              }
            }
            """)
        .doTest();
  }

  @Test
  void suggestedFixSetsSparksDefault() {
    BugCheckerRefactoringTestHelper.newInstance(SparkExcessiveUiRetention.class, getClass())
        .addInputLines("Job.java", """
            import org.apache.spark.SparkConf;

            class Job {
              SparkConf conf() {
                return new SparkConf().set("spark.sql.ui.retainedExecutions", "500000");
              }
            }
            """)
        .addOutputLines("Job.java", """
            import org.apache.spark.SparkConf;

            class Job {
              SparkConf conf() {
                return new SparkConf().set("spark.sql.ui.retainedExecutions", "1000");
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }
}
