package io.github.sparklint.core.rules;

import io.github.sparklint.core.FixTester;
import io.github.sparklint.core.RuleTester;
import org.junit.jupiter.api.Test;

class SparkUnlimitedMaxResultSizeTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnlimitedMaxResultSize());

  @Test
  void identification() {
    tester.addSource("Negatives.java", """
        import java.util.Properties;
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Negatives {
          static class JobSettings { void set(String key, String value) {} }

          void run(SparkConf conf, SparkSession spark, JobSettings settings, String size) {
            conf.set("spark.driver.maxResultSize", "2g");
            conf.set("spark.driver.maxResultSize", "4g");
            conf.set("spark.driver.maxResultSize", size);
            conf.set("spark.driver.memory", "0");
            long limit = conf.getSizeAsBytes("spark.driver.maxResultSize");
            String shown = spark.conf().get("spark.driver.maxResultSize");
            conf.get("spark.driver.maxResultSize", "0");
            settings.set("spark.driver.maxResultSize", "0");
            new Properties().put("spark.driver.maxResultSize", "0");
            /* spark.conf().set("spark.driver.maxResultSize", "0"); */
          }
        }
        """)
        .addSource("Positives.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.SparkSession;

            class Positives {
              static final String MAX_RESULT = "spark.driver." + "maxResultSize";
              static final int UNLIMITED = 0;

              void run(SparkSession spark) {
                SparkConf conf = new SparkConf()
                    // BUG: Diagnostic contains: is set to `0`, which removes the cap on results
                    .set("spark.driver.maxResultSize", "0");
                JavaSparkContext sc = new JavaSparkContext(conf);
                SparkSession.builder()
                    // BUG: Diagnostic contains: Fix: keep a cap well below the driver heap (Spark's default is 1g
                    .config(MAX_RESULT, UNLIMITED)
                    .getOrCreate();
                // BUG: Diagnostic contains: is set to `8g` (8 GiB), above the limit of 4 GiB
                spark.conf().set(MAX_RESULT, "8g");
                // BUG: Diagnostic contains: removes the cap
                spark.sql("SET spark.driver.maxResultSize=0");
                // BUG: Diagnostic contains: is set to `-1`, which removes the cap
                conf.setIfMissing("spark.driver.maxResultSize", "-1");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void configFiles() {
    tester.addSource("spark-defaults.conf", """
        spark.driver.memory          16g
        # BUG: Diagnostic contains: `spark.driver.maxResultSize` is set to `0`
        spark.driver.maxResultSize   0
        """)
        .addSource("ok/job.properties", """
            spark.driver.maxResultSize=3g
            """)
        .expectMatches();
  }

  @Test
  void limitIsAnOption() {
    tester.option("maxBytes", "1g")
        .addSource("Strict.java", """
            import org.apache.spark.SparkConf;
            class Strict {
              void run(SparkConf conf) {
                conf.set("spark.driver.maxResultSize", "1g");
                // BUG: Diagnostic contains: above the limit of 1 GiB
                conf.set("spark.driver.maxResultSize", "1536m");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aConfNoDriverEverReadsIsNotReported() {
    tester.addSource("ConfTest.java", """
        import static org.junit.jupiter.api.Assertions.assertEquals;
        import static org.junit.jupiter.api.Assertions.assertNotNull;
        import static org.mockito.Mockito.mock;
        import static org.mockito.Mockito.verify;
        import static org.mockito.Mockito.when;

        import org.apache.spark.SparkConf;
        import org.apache.spark.SparkContext;

        class ConfTest {
          void readBack() {
            SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
            assertEquals("0", conf.get("spark.driver.maxResultSize"));
            System.out.println(conf.toDebugString());
          }

          void handedToAMock() {
            SparkConf conf = new SparkConf();
            conf.set("spark.driver.maxResultSize", "0");
            SparkContext sc = mock(SparkContext.class);
            when(sc.getConf()).thenReturn(conf.clone());
          }

          void verifiedOnAMock(Boot boot) {
            SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
            assertNotNull(conf);
            verify(boot).start(conf);
          }

          void neverUsed() {
            new SparkConf().set("spark.driver.maxResultSize", "0");
            SparkConf unused = new SparkConf().setAppName("t").set("spark.driver.maxResultSize", "0");
          }

          void checkedByAHelper() {
            SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
            Checks.expectUnlimited(conf);
          }

          void startsADriver() {
            // BUG: Diagnostic contains: removes the cap
            SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
            assertEquals("0", conf.get("spark.driver.maxResultSize"));
            new SparkContext(conf);
          }

          void startsADriverThroughAHelper() {
            SparkConf conf = new SparkConf();
            // BUG: Diagnostic contains: removes the cap
            conf.set("spark.driver.maxResultSize", "0");
            Boot.start(conf);
          }

          SparkConf returned() {
            // BUG: Diagnostic contains: removes the cap
            return new SparkConf().set("spark.driver.maxResultSize", "0");
          }

          void passedToUnknownCode(Object runner) {
            SparkConf conf = new SparkConf();
            // BUG: Diagnostic contains: removes the cap
            conf.set("spark.driver.maxResultSize", "0");
            Runner.of(conf);
          }

          void aliasedThenStarted() {
            // BUG: Diagnostic contains: removes the cap
            SparkConf conf = new SparkConf().set("spark.driver.maxResultSize", "0");
            SparkConf same = conf;
            Runnable later = () -> new SparkContext(same);
          }

          void parameter(SparkConf given) {
            // BUG: Diagnostic contains: removes the cap
            given.set("spark.driver.maxResultSize", "0");
          }
        }
        """)
        .addSource("Checks.java", """
            import static org.junit.jupiter.api.Assertions.assertEquals;
            import org.apache.spark.SparkConf;

            class Checks {
              static void expectUnlimited(SparkConf conf) {
                assertEquals("0", conf.get("spark.driver.maxResultSize"));
                also(conf);
              }

              private static void also(SparkConf conf) {
                System.out.println(conf.toDebugString());
              }
            }
            """)
        .addSource("Boot.java", """
            import org.apache.spark.SparkConf;
            import org.apache.spark.sql.SparkSession;

            class Boot {
              static SparkSession start(SparkConf conf) {
                return SparkSession.builder().config(conf).getOrCreate();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void fixSetsLiteralValuesBackToSparksDefault() {
    FixTester.forRule(new SparkUnlimitedMaxResultSize()).input("""
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Job {
          SparkSession run(SparkConf conf) {
            conf.set("spark.driver.maxResultSize", "0");
            return SparkSession.builder().config(conf)
                .config("spark.driver.maxResultSize", 0L)
                .getOrCreate();
          }
        }
        """).expectOutput("""
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Job {
          SparkSession run(SparkConf conf) {
            conf.set("spark.driver.maxResultSize", "1g");
            return SparkSession.builder().config(conf)
                .config("spark.driver.maxResultSize", 1073741824L)
                .getOrCreate();
          }
        }
        """);
  }

  @Test
  void noFixForComputedValuesSqlOrALimitBelowTheDefault() {
    String job = """
        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        class Job {
          static final String UNLIMITED = "0";

          SparkSession run(SparkConf conf, SparkSession spark) {
            conf.set("spark.driver.maxResultSize", UNLIMITED);
            spark.sql("SET spark.driver.maxResultSize=0");
            return SparkSession.builder().config(conf).getOrCreate();
          }
        }
        """;
    FixTester.forRule(new SparkUnlimitedMaxResultSize()).input(job).expectFindingsWithoutFix();
    FixTester.forRule(new SparkUnlimitedMaxResultSize())
        .input(job.replace("UNLIMITED)", "\"8g\")")).option("maxBytes", "512m")
        .expectFindingsWithoutFix();
  }
}
