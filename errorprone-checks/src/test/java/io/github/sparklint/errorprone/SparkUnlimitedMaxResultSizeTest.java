package io.github.sparklint.errorprone;

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
}
