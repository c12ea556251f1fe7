package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The two model facts a {@code sparklint.yaml} may state for library code beyond Spark kinds: a
 * returned library class, followed through a chain the file does not type, and {@code rows input
 * N}, a row-wise step that keeps its argument's rows.
 */
class UserModelChainsTest {
  private static final String[] MODELS = {
      "models:",
      "  version: 1",
      "  methods:",
      "    - {class: com.acme.Tables, method: open, fact: returns, argument: com.acme.Reader}",
      "    - {class: com.acme.Reader, method: read, arity: 1, fact: returns, argument: dataset}",
      "    - {class: com.acme.Reader, method: read, arity: 1, fact: rows, argument: unbounded}",
      "    - {class: Scorer, method: score, arity: 2, fact: returns, argument: dataset}",
      "    - {class: Scorer, method: score, arity: 2, fact: rows, argument: input 1}",
  };

  @Test
  void aReturnedClassLeadsTheChainToItsModels() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import com.acme.Tables;

            class Job {
              void run(Tables tables) {
                // BUG: Diagnostic contains: rows come from `Reader.read()` (sparklint.yaml:6)
                Tables.open().read("events").collectAsList();
                // BUG: Diagnostic contains: rows come from `Reader.read()`
                tables.open().read("events").collectAsList();
                Tables.open().read("events").limit(3).collectAsList();
                Tables.open().read("events", "eu").collectAsList();
                Archive.open().read("events").collectAsList();
                Tables.close().read("events").collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void rowsInputKeepTheRowsOfTheNamedArgument() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(MODELS)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark, Scorer scorer, List<Row> rows) {
                Dataset<Row> events = spark.table("events");
                Dataset<Row> few = spark.createDataFrame(rows, events.schema());
                // BUG: Diagnostic contains: rows come from `Scorer.score()`
                scorer.score(few, events).collectAsList();
                scorer.score(events, few).collectAsList();
                scorer.score(few, events.limit(10)).collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
