package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkBroadcastLargeSource;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Models whose rows depend on the class of an argument ({@code when: argument N is Class}): a job
 * framework's {@code execute(operation)} returns what the operation reads. The built-in Gaffer rows
 * and user rows, with the class told by {@code new}, a builder chain, a cast, a local (reassigned
 * between operations) or a declared type; seeded lookups, unknown operation classes and a project
 * {@code Graph} of its own as negatives.
 */
class OperationModelsTest {
  private static final String GAFFER_IMPORTS = """
      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.rdd.RDD;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import uk.gov.gchq.gaffer.data.element.Element;
      import uk.gov.gchq.gaffer.graph.Graph;
      import uk.gov.gchq.gaffer.operation.data.EdgeSeed;
      import uk.gov.gchq.gaffer.spark.operation.dataframe.GetDataFrameOfElements;
      import uk.gov.gchq.gaffer.spark.operation.javardd.GetJavaRDDOfAllElements;
      import uk.gov.gchq.gaffer.spark.operation.javardd.GetJavaRDDOfElements;
      import uk.gov.gchq.gaffer.spark.operation.scalardd.GetRDDOfAllElements;
      import uk.gov.gchq.gaffer.user.User;
      """;

  @Test
  void gafferReadsOfTheWholeStoreAreUnbounded() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("StoreTest.java", GAFFER_IMPORTS + """

            class StoreTest {
              void all(Graph graph, User user) throws Exception {
                JavaRDD<Element> rdd = graph.execute(new GetJavaRDDOfAllElements.Builder().build(), user);
                // BUG: Diagnostic contains: rows come from `Graph.execute()` (a built-in model)
                rdd.collect();
                final GetDataFrameOfElements dfOperation = new GetDataFrameOfElements.Builder()
                    .view(null)
                    .build();
                Dataset<Row> frame = graph.execute(dfOperation, new User());
                // BUG: Diagnostic contains: rows come from `Graph.execute()`
                frame.filter("count > 800").collectAsList();
                frame.limit(10).collectAsList();
                frame.count();
              }

              void given(final Graph graph, final GetRDDOfAllElements getRDD) throws Exception {
                final RDD<Element> rdd = graph.execute(getRDD, new User());
                // BUG: Diagnostic contains: rows come from `Graph.execute()`
                rdd.collect();
              }

              void cast(Graph graph, Object op) throws Exception {
                RDD<Element> rdd = graph.execute((GetRDDOfAllElements) op, new User());
                // BUG: Diagnostic contains: rows come from `Graph.execute()`
                rdd.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void seededLookupsAndUnknownOperationsStayQuiet() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("LookupTest.java", GAFFER_IMPORTS + """

            class LookupTest {
              void seeded(Graph graph, User user, Object anything) throws Exception {
                GetJavaRDDOfElements query = new GetJavaRDDOfElements.Builder()
                    .input(new EdgeSeed("1", "B"))
                    .build();
                JavaRDD<Element> one = graph.execute(query, user);
                one.collect();
                JavaRDD<Element> unknown = graph.execute(Operations.named("all"), user);
                unknown.collect();
                JavaRDD<Element> object = graph.execute((GetJavaRDDOfElements) anything, user);
                object.collect();
                // an all-elements operation given to another method of the graph
                JavaRDD<Element> other = graph.executeLater(new GetJavaRDDOfAllElements(), user);
                other.collect();
                // a whole-store operation handed to a store that is not Gaffer's Graph
                JavaRDD<Element> cached = cache.execute(new GetJavaRDDOfAllElements(), user);
                cached.collect();
              }

              Cache cache;
            }
            """)
        .expectMatches();
  }

  @Test
  void rowsGivenToAnotherExecuteKeepTheirBound() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("TransformJob.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class TransformJob {
              void run(JavaSparkContext sc, Object process) {
                JavaRDD<String> lines = sc.textFile("hdfs:///data.csv");
                JavaRDD<String> processed = TransformExecutor.execute(lines, process);
                // BUG: Diagnostic contains: `collect()`
                processed.collect();
                JavaRDD<String> few = TransformExecutor.execute(sc.parallelize(List.of("a")), process);
                few.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aLocalReassignedBetweenOperationsIsReadAtEachUse() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("ReassignedTest.java", GAFFER_IMPORTS + """

            class ReassignedTest {
              void run(Graph graph, User user) throws Exception {
                Object op = new GetJavaRDDOfAllElements.Builder().build();
                JavaRDD<Element> rdd = graph.execute(op, user);
                // BUG: Diagnostic contains: rows come from `Graph.execute()`
                rdd.collect();
                op = new GetJavaRDDOfElements.Builder().input(new EdgeSeed("1", "B")).build();
                rdd = graph.execute(op, user);
                rdd.collect();
                op = new GetJavaRDDOfAllElements();
                rdd = graph.execute(op, user);
                // BUG: Diagnostic contains: rows come from `Graph.execute()`
                rdd.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aGraphTheSourcesDeclareIsReadFromItsSource() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Graph.java", """
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            class Graph {
              JavaSparkContext jsc;

              JavaRDD<String> execute(Object operation, Object user) {
                return jsc.parallelize(java.util.List.of("a", "b"));
              }
            }
            """)
        .addSource("Job.java", """
            import org.apache.spark.api.java.JavaRDD;

            class Job {
              void run(Graph graph) {
                JavaRDD<String> rdd = graph.execute(new GetRDDOfAllElements(), null);
                rdd.collect();
              }
            }
            """)
        .expectMatches();
  }

  private static final String[] USER_MODELS = {
      "models:",
      "  version: 2",
      "  methods:",
      "    - {class: com.acme.jobs.Runner, method: run, arity: 1, fact: returns, argument: dataset}",
      "    - {class: Runner, method: run, arity: 1, fact: rows, argument: unbounded, when: argument 0 is com.acme.jobs.ReadAll}",
      "    - {class: Runner, method: run, arity: 1, fact: rows, argument: bounded 10, when: argument 0 is Sample}",
      "    - {class: Runner, method: run, arity: 1, fact: rows, argument: unbounded, when: argument 0 is LookUp}",
      "    - {class: Runner, method: run, arity: 1, fact: rows, argument: driver}",
      "    - {class: Shipper, method: ship, fact: broadcasts, argument: 0}",
  };

  @Test
  void userRowsPickTheRowsByTheArgumentsClass() {
    RuleTester.forRule(new SparkUnboundedCollect()).sparklintYaml(USER_MODELS)
        .addSource("Job.java", """
            import com.acme.jobs.ReadAll;
            import com.acme.jobs.Runner;

            class Job {
              void run(Runner runner, Object unknown) {
                // BUG: Diagnostic contains: the rows come from `Runner.run()` (sparklint.yaml:5)
                runner.run(new ReadAll("events")).collectAsList();
                runner.run(new Sample("events")).collectAsList();
                // no row for this class: the unconditional row (driver data) holds
                runner.run(new Other()).collectAsList();
                runner.run(unknown).collectAsList();
                // BUG: Diagnostic contains: the rows come from `Runner.run()`
                runner.run(ReadAll.builder().table("t").build()).collectAsList();
                runner.run(new ReadAll("events")).limit(5).collectAsList();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aBroadcastOfCollectedRowsOfAnUnboundedOperationIsReported() {
    RuleTester.forRule(new SparkBroadcastLargeSource()).sparklintYaml(USER_MODELS)
        .addSource("Job.java", """
            import com.acme.jobs.Runner;
            import java.util.List;
            import org.apache.spark.sql.Row;

            class Job {
              void run(Runner runner) {
                List<Row> all = runner.run(new LookUp()).collectAsList();
                // BUG: Diagnostic contains: collect
                Shipper.ship(all);
                List<Row> few = runner.run(new Sample("t")).collectAsList();
                Shipper.ship(few);
              }
            }
            """)
        .expectMatches();
  }
}
