package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * The elements of a varargs parameter {@code Dataset<Row>... parts} (read by a for-each loop or by
 * index) hold the rows the call passes from the varargs position on, like a single Dataset
 * parameter: the method is judged at its calls.
 */
class VarargsDatasetsTest {
  private static final String CHECKS = """
      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      class Checks {
        static void printAll(String title, Dataset<Row>... parts) {
          for (Dataset<Row> part : parts) {
            List<Row> rows = part.collectAsList();
          }
        }

        static List<Row> first(Dataset<Row>... parts) {
          return parts[0].collectAsList();
        }

        static void firstTen(Dataset<Row>... parts) {
          for (Dataset<Row> part : parts) {
            List<Row> rows = part.limit(10).collectAsList();
          }
        }

        static List<Row> reassigned(Dataset<Row>... parts) {
          parts[0] = parts[0].limit(5);
          return parts[0].collectAsList();
        }
      }
      """;

  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void theElementsOfAVarargsDatasetParameterHoldTheRowsOfTheCallsArguments() {
    tester.addSource("Checks.java", CHECKS)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class Job {
              void run(SparkSession spark, List<Row> local, StructType schema) {
                Dataset<Row> small = spark.createDataFrame(local, schema);
                Checks.printAll("small", small, small.limit(3));
                // BUG: Diagnostic contains: `printAll(...)` brings every row of its argument
                Checks.printAll("mixed", small, spark.table("events"));
                // BUG: Diagnostic contains: `first(...)` brings every row of its argument
                Checks.first(spark.table("events"));
                Checks.first(small);
                Checks.firstTen(spark.table("events"), spark.table("clicks"));
                Checks.reassigned(spark.table("events"));
              }
            }
            """)
        .expectMatches();
  }
}
