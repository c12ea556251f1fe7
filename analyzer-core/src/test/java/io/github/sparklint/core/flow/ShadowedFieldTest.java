package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A simple name declared in the file (a local, a parameter, a field of its own) is that
 * declaration, whatever a superclass or a static import of another file declares under the same
 * name: only an undeclared name is looked up in the project index ({@code SparkTypes}).
 */
class ShadowedFieldTest {
  private static final String BASE = """
      package base;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public class JobBase {
        protected Dataset<Row> events = spark.table("events");
        protected static SparkSession spark;
      }
      """;

  @Test
  void anUndeclaredNameIsTheInheritedOrImportedSparkField() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("base/JobBase.java", BASE)
        .addSource("jobs/Report.java", """
            package jobs;

            import static base.JobBase.*;

            import base.JobBase;

            class Report extends JobBase {
              void run() {
                // BUG: Diagnostic contains: unbounded Dataset
                events.collectAsList();
              }

              static void all() {
                // BUG: Diagnostic contains: unbounded Dataset
                spark.table("events").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aLocalParameterOrOwnFieldOfAnotherTypeShadowsThem() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("base/JobBase.java", BASE)
        .addSource("jobs/Report.java", """
            package jobs;

            import static base.JobBase.*;

            import base.JobBase;
            import java.util.List;

            class Report extends JobBase {
              private Frames spark = new Frames();

              void run(Frames given) {
                Frames events = new Frames();
                events.collectAsList();
                spark.table("events").collectAsList();
              }

              void other(Frames events) {
                events.collectAsList();
              }

              static class Frames {
                List<String> collectAsList() { return List.of(); }
                Frames table(String name) { return this; }
              }
            }
            """)
        .expectNoFindings();
  }
}
