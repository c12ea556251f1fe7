package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Getters a class has without declaring them, Lombok's and a record's, answer like the getter
 * written out: {@code getSpark()} of a {@code @Getter SparkSession spark} field returns a session,
 * {@code getEvents()} of a {@code @Data} class returns the rows its field holds.
 */
class GeneratedAccessorsTest {
  private static final String CONTEXT = """
      package lib;

      import lombok.AccessLevel;
      import lombok.Getter;
      import org.apache.spark.sql.SparkSession;

      public class AnalyticsContext {
        @Getter private final SparkSession spark;
        @Getter(AccessLevel.NONE) private final SparkSession hidden;
        @Getter private static SparkSession shared;

        public AnalyticsContext(SparkSession spark) {
          this.spark = spark;
          this.hidden = spark;
        }
      }
      """;

  @Test
  void aLombokGetterOfASessionFieldReturnsASession() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("lib/AnalyticsContext.java", CONTEXT)
        .addSource("app/Export.java", """
            package app;

            import lib.AnalyticsContext;

            class Export {
              void run(AnalyticsContext context, String path) {
                // BUG: Diagnostic contains: unbounded Dataset
                context.getSpark().read().format("delta").load(path).select("id").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void noGetterForAFieldSwitchedOffStaticOrMisnamed() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("lib/AnalyticsContext.java", CONTEXT)
        .addSource("app/Export.java", """
            package app;

            import lib.AnalyticsContext;

            class Export {
              void run(AnalyticsContext context, String path) {
                context.getHidden().read().parquet(path).collectAsList();
                AnalyticsContext.getShared().read().parquet(path).collectAsList();
                context.spark().read().parquet(path).collectAsList();
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void aDataClassGetterReturnsTheRowsItsFieldHoldsUnlessWrittenOut() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("lib/Tables.java", """
            package lib;

            import java.util.List;
            import lombok.Data;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            @Data
            public class Tables {
              private final Dataset<Row> events;
              private final Dataset<Row> fixture;
              private final Dataset<Row> orders;

              public Tables(SparkSession spark) {
                events = spark.table("events");
                orders = spark.table("orders");
                fixture = spark.createDataFrame(List.of(), Row.class);
              }

              /** Written out: wins over Lombok's. */
              public Dataset<Row> getEvents() {
                return events.limit(10);
              }
            }
            """)
        .addSource("app/Report.java", """
            package app;

            import lib.Tables;

            class Report {
              void run(Tables tables) {
                tables.getEvents().collectAsList();
                tables.getFixture().collectAsList();
                // BUG: Diagnostic contains: unbounded Dataset
                tables.getOrders().collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFluentDataClassGetterOfATableRead() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("lib/Tables.java", """
            package lib;

            import lombok.Data;
            import lombok.experimental.Accessors;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            @Data
            @Accessors(fluent = true)
            public class Tables {
              private final Dataset<Row> events;

              public Tables(SparkSession spark) {
                events = spark.table("events");
              }
            }
            """)
        .addSource("app/Report.java", """
            package app;

            import lib.Tables;

            class Report {
              void run(Tables tables) {
                // BUG: Diagnostic contains: unbounded Dataset
                tables.events().collectAsList();
                tables.getEvents().collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aRecordComponentAccessorReturnsItsKind() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("lib/Job.java", """
            package lib;

            import org.apache.spark.sql.SparkSession;

            public record Job(SparkSession session, String table) {}
            """)
        .addSource("app/Report.java", """
            package app;

            import lib.Job;

            class Report {
              void run(Job job) {
                // BUG: Diagnostic contains: unbounded Dataset
                job.session().table(job.table()).collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
