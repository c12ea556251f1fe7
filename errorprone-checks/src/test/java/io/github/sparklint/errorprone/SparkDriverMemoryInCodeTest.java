package io.github.sparklint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkDriverMemoryInCodeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkDriverMemoryInCode.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Bootstrap.java", """
        import java.util.Properties;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Bootstrap {
          static class Settings {
            Settings set(String key, String value) {
              return this;
            }
          }

          void negatives(SparkConf conf, Properties props) {
            String memory = conf.get("spark.driver.memory", "1g");
            conf.set("spark.executor.memory", "8g");
            props.setProperty("spark.driver.memory", "8g");
            new Settings().set("spark.driver.memory", "8g");
          }

          SparkSession positives() {
            SparkConf conf = new SparkConf()
                // BUG: Diagnostic contains: [SparkDriverMemoryInCode]
                .set("spark.driver.memory", "8g");
            return SparkSession.builder().config(conf)
                // BUG: Diagnostic contains: spark.driver.extraJavaOptions
                .config("spark.driver.extraJavaOptions", "-XX:+UseG1GC")
                .getOrCreate();
          }
        }
        """)
        .doTest();
  }

  @Test
  void suggestedFixRemovesTheSettings() {
    BugCheckerRefactoringTestHelper.newInstance(SparkDriverMemoryInCode.class, getClass())
        .addInputLines("Job.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SparkSession;

            class Job {
              SparkSession start(SparkConf conf) {
                conf.set("spark.driver.memory", "8g");
                return SparkSession.builder()
                    .appName("job")
                    .config("spark.driver.extraJavaOptions", "-XX:+UseG1GC") // GC
                    .config(conf)
                    .getOrCreate();
              }
            }
            """)
        .addOutputLines("Job.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SparkSession;

            class Job {
              SparkSession start(SparkConf conf) {
                return SparkSession.builder()
                    .appName("job")
                    .config(conf)
                    .getOrCreate();
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }
}
