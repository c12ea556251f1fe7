package io.github.sparklint.errorprone;

import com.google.errorprone.BugCheckerRefactoringTestHelper;
import com.google.errorprone.BugCheckerRefactoringTestHelper.TestMode;
import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

class SparkUnlimitedMaxResultSizeTest {
  private final CompilationTestHelper helper =
      CompilationTestHelper.newInstance(SparkUnlimitedMaxResultSize.class, getClass());

  @Test
  void identification() {
    helper.addSourceLines("Results.java", """
        import java.util.HashMap;
        import java.util.Map;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Results {
          private static final String MAX_RESULT = "spark.driver.maxResultSize";

          void negatives(SparkConf conf, Map<String, String> settings) {
            conf.set(MAX_RESULT, "2g");
            String configured = conf.get(MAX_RESULT, "1g");
            settings.put(MAX_RESULT, "0");
            // spark.driver.maxResultSize = 0 in a comment is not code
          }

          SparkSession positives() {
            return SparkSession.builder()
                .appName("report")
                // BUG: Diagnostic contains: [SparkUnlimitedMaxResultSize]
                .config(MAX_RESULT, "0")
                .getOrCreate();
          }

          void tooLarge(SparkConf conf) {
            // BUG: Diagnostic contains: maxResultSize
            conf.set("spark.driver.maxResultSize", "16g");
          }
        }
        """)
        .doTest();
  }

  @Test
  void confOfATestFixtureThatNoDriverReadsIsQuiet() {
    helper.addSourceLines("Boot.java", """
        import org.apache.spark.SparkConf;
        import org.apache.spark.api.java.JavaSparkContext;

        class Boot {
          static JavaSparkContext start(SparkConf conf) {
            return new JavaSparkContext(conf);
          }

          static String describe(SparkConf conf) {
            return conf.toDebugString();
          }
        }
        """)
        .addSourceLines("Fixture.java", """
            import org.apache.spark.SparkConf;

            class Fixture {
              String described() {
                SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
                return Boot.describe(conf);
              }

              void started() {
                // BUG: Diagnostic contains: removes the cap
                SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
                Boot.start(conf);
              }
            }
            """)
        .doTest();
  }

  @Test
  void suggestedFixSetsSparksDefault() {
    BugCheckerRefactoringTestHelper.newInstance(SparkUnlimitedMaxResultSize.class, getClass())
        .addInputLines("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              SparkSession start() {
                return SparkSession.builder()
                    .config("spark.driver.maxResultSize", "0")
                    .config("spark.driver.maxResultSize", 0L)
                    .getOrCreate();
              }
            }
            """)
        .addOutputLines("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              SparkSession start() {
                return SparkSession.builder()
                    .config("spark.driver.maxResultSize", "1g")
                    .config("spark.driver.maxResultSize", 1073741824L)
                    .getOrCreate();
              }
            }
            """)
        .doTest(TestMode.TEXT_MATCH);
  }
}
