package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkBroadcastLargeSource;
import io.github.sparklint.core.rules.SparkLocalIteratorAccumulation;
import io.github.sparklint.core.rules.SparkStreamingUnboundedState;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Methods declared in {@code sparklint.yaml} {@code models:} (code sparklint cannot see) are read
 * by the rules exactly like project methods: each fact, with the same method name on another
 * class, another arity and a bounding model as negatives.
 */
class UserModelsTest {
  private static final String[] MODELS = {
      "models:",
      "  version: 1",
      "  methods:",
      "    - {class: com.acme.platform.Tables, method: read, arity: 1, fact: returns, argument: dataset}",
      "    - {class: com.acme.platform.Tables, method: read, arity: 1, fact: rows, argument: unbounded}",
      "    - {class: Lookup, method: codes, arity: 0, fact: returns, argument: dataset}",
      "    - {class: Lookup, method: codes, arity: 0, fact: rows, argument: bounded 50}",
      "    - {class: Fixtures, method: people, fact: returns, argument: rdd}",
      "    - {class: Fixtures, method: people, fact: rows, argument: driver}",
      "    - {class: Exporter, method: toDriver, arity: 1, fact: collects, argument: 0}",
      "    - {class: Shipper, method: ship, fact: broadcasts, argument: 0}",
      "    - {class: com.acme.util.Iterators, method: materialize, arity: 1, fact: drains, argument: 0}",
      "    - {class: Sources, method: events, arity: 0, fact: rows, argument: streaming}",
  };

  @Test
  void returnedRowsOfAModelAreFollowedToTheCollect() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import com.acme.platform.Tables;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Job {
              void run(Tables tables) {
                // BUG: Diagnostic contains: the rows come from `Tables.read()` (sparklint.yaml:5)
                Tables.read("events").collectAsList();
                // BUG: Diagnostic contains: rows come from `Tables.read()`
                tables.read("events").collectAsList();
                Tables.read("events").limit(10).collectAsList();
                Archive.read("events").collectAsList();

                Dataset<Row> small = Lookup.codes();
                small.collectAsList();
                Dataset<Row> other = Lookup.codes("all");
                other.collectAsList();
                Tables.read("events", "eu").collectAsList();
                JavaRDD<Row> people = Fixtures.people(3);
                people.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aCallPassingUnboundedRowsToACollectingModelIsReportedAtTheCall() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark) {
                // BUG: Diagnostic contains: brings every row of its argument to the driver (in `Exporter.toDriver()` (sparklint.yaml:10))
                Exporter.toDriver(spark.table("events"));
                Exporter.toDriver(spark.table("events").limit(100));
                Exporter.toDriver(spark.table("events"), "csv");
                Archiver.toDriver(spark.table("events"));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aBoundedModelQuietsALocalIteratorDrainAndAnUnboundedOneDoesNot() {
    RuleTester.forRule(new SparkLocalIteratorAccumulation()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import com.acme.platform.Tables;
            import java.util.ArrayList;
            import java.util.List;
            import org.apache.spark.sql.Row;

            class Job {
              List<Row> codes() {
                List<Row> all = new ArrayList<>();
                Lookup.codes().toLocalIterator().forEachRemaining(all::add);
                return all;
              }

              List<Row> events() {
                List<Row> all = new ArrayList<>();
                // BUG: Diagnostic contains: forEachRemaining
                Tables.read("events").toLocalIterator().forEachRemaining(all::add);
                return all;
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aDrainingModelTakesTheWholeIteratorToTheDriver() {
    RuleTester.forRule(new SparkLocalIteratorAccumulation()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import com.acme.platform.Tables;
            import com.acme.util.Iterators;
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.sql.Row;

            class Job {
              List<Row> events() {
                // BUG: Diagnostic contains: (in `Iterators.materialize()` (sparklint.yaml:12)
                return Iterators.materialize(Tables.read("events").toLocalIterator());
              }

              List<Row> codes() {
                return Iterators.materialize(Lookup.codes().toLocalIterator());
              }

              List<Row> page() {
                Iterator<Row> rows = Tables.read("events").toLocalIterator();
                return Iterators.materialize(rows, 100);
              }

              List<Row> other() {
                return Guava.materialize(Tables.read("events").toLocalIterator());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aBroadcastingModelIsCheckedLikeSparkBroadcast() {
    RuleTester.forRule(new SparkBroadcastLargeSource()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark) {
                // BUG: Diagnostic contains: `ship(...)` of an unbounded `collectAsList()`
                Shipper.ship(spark.table("users").collectAsList());
                Shipper.ship(spark.table("users").limit(10).collectAsList());
                Courier.ship(spark.table("users").collectAsList());
                // BUG: Diagnostic contains: `ship(...)` marks a whole file read (`parquet("/data/users")`)
                Shipper.ship(spark.read().parquet("/data/users"));
                Shipper.ship(spark.read().parquet("/data/users").select("id"));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aStreamingModelIsASourceForStatefulOperations() {
    RuleTester.forRule(new SparkStreamingUnboundedState()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            class Job {
              void run() {
                // BUG: Diagnostic contains: streaming aggregation `groupBy(...).count(...)`
                Sources.events().groupBy("user").count();
                Sources.events().withWatermark("at", "10 minutes").groupBy("user").count();
                Batches.events().groupBy("user").count();
                Sources.events("eu").groupBy("user").count();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aModelOfABaseClassAppliesToInheritedCallsButNotToAnUnrelatedClass() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import com.acme.platform.Tables;

            class Job extends Tables {
              void run() {
                // BUG: Diagnostic contains: rows come from `Tables.read()`
                read("events").collectAsList();
              }
            }
            """)
        .addSource("Report.java", """
            import com.acme.platform.Tables;

            class Report {
              void run() {
                read("events").collectAsList();
              }

              Object read(String name) {
                return null;
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void projectSourceWinsOverAModelOfTheSameMethod() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Lookup.java", """
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Lookup {
              static SparkSession spark;

              static Dataset<Row> codes() {
                return spark.table("codes");
              }
            }
            """)
        .addSource("Job.java", """
            class Job {
              void run() {
                // BUG: Diagnostic contains: rows come from `Lookup.codes()` (Lookup.java:8)
                Lookup.codes().collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
