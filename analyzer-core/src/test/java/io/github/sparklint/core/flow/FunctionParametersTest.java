package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A per-partition function that reaches Spark through a method parameter, a field or a local
 * holds what its callers pass or what its class assigns: when every value emits at most one
 * element per partition the collected rows are one per partition, and one caller, or one
 * assignment, of a function that emits a partition's rows keeps the finding.
 */
class FunctionParametersTest {
  private static final String STORE = """
      import java.util.Iterator;
      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;
      import org.apache.spark.api.java.function.Function2;

      class Store {
        static List<Integer> save(JavaSparkContext sc, String path,
            Function2<Integer, Iterator<String>, Iterator<Integer>> storage) {
          JavaRDD<String> rows = sc.textFile(path);
          return rows.mapPartitionsWithIndex(storage, true).collect();
        }
      }
      """;

  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void aParameterEveryCallerFillsWithAOneElementFunctionIsOneRowPerPartition() {
    tester.addSource("CountRows.java", PartitionFunctions.counting("CountRows"))
        .addSource("Store.java", STORE)
        .addSource("Job.java", """
            import java.util.Iterator;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.Function2;

            class Job {
              void run(JavaSparkContext sc) {
                Store.save(sc, "/logs", new CountRows());
                Function2<Integer, Iterator<String>, Iterator<Integer>> counter = new CountRows();
                Store.save(sc, "/more", counter);
                Store.save(sc, "/last", (index, rows) -> java.util.Collections.singletonList(index).iterator());
                relay(sc, new CountRows());
              }

              /** Passes its parameter on: it holds what its own callers pass. */
              static void relay(JavaSparkContext sc,
                  Function2<Integer, Iterator<String>, Iterator<Integer>> counting) {
                Store.save(sc, "/relayed", counting);
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void oneCallerPassingARowKeepingOrUnknownFunctionKeepsTheFinding() {
    tester.addSource("CountRows.java", PartitionFunctions.counting("CountRows"))
        .addSource("KeepRows.java", PartitionFunctions.keeping("KeepRows"))
        .addSource("Store.java", """
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.Function2;

            class Store {
              static List<Integer> save(JavaSparkContext sc,
                  Function2<Integer, Iterator<String>, Iterator<Integer>> storage) {
                JavaRDD<String> rows = sc.textFile("/logs");
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(storage, true).collect();
              }

              static List<Integer> forward(JavaSparkContext sc,
                  Function2<Integer, Iterator<String>, Iterator<Integer>> storage) {
                JavaRDD<String> rows = sc.textFile("/logs");
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(storage, true).collect();
              }

              static List<Integer> uncalled(JavaSparkContext sc,
                  Function2<Integer, Iterator<String>, Iterator<Integer>> storage) {
                JavaRDD<String> rows = sc.textFile("/logs");
                // BUG: Diagnostic contains: unbounded RDD
                return rows.mapPartitionsWithIndex(storage, true).collect();
              }
            }
            """)
        .addSource("Job.java", """
            import java.util.Iterator;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.api.java.function.Function2;

            class Job {
              void run(JavaSparkContext sc,
                  Function2<Integer, Iterator<String>, Iterator<Integer>> given) {
                Store.save(sc, "/logs", new CountRows());
                Store.save(sc, "/logs", new KeepRows());
                Store.forward(sc, new CountRows());
                Store.forward(sc, given);
              }
            }
            """)
        .expectMatches();
  }
}
