package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A project method that returns a local collection of RDDs or Datasets (a test runner's {@code
 * Map<String, JavaRDDLike> go()}) hands its callers what it stored in it: an element a caller
 * reads has those rows; driver data, a field, one value of unknown origin or a collection changed
 * by its caller in a way not followed ({@code clear}) keep the element bounded or unknown.
 */
class ReturnedCollectionsTest {
  private static final String RUNNER = """
      import java.util.HashMap;
      import java.util.List;
      import java.util.Map;
      import org.apache.spark.api.java.JavaRDDLike;
      import org.apache.spark.api.java.JavaSparkContext;

      class Runner {
        private final JavaSparkContext context;
        private final List<String> inputs;
        private final Map<String, JavaRDDLike> kept = new HashMap<>();
        private JavaRDDLike external;

        Runner(JavaSparkContext context, List<String> inputs) {
          this.context = context;
          this.inputs = inputs;
        }

        Map<String, JavaRDDLike> go() {
          Map<String, JavaRDDLike> rdds = new HashMap<>();
          for (String input : inputs) {
            rdds.put(input, context.textFile(input));
          }
          new Chain().process(rdds);
          return rdds;
        }

        Map<String, JavaRDDLike> again() {
          Map<String, JavaRDDLike> result = go();
          return result;
        }

        Map<String, JavaRDDLike> literals(List<String> lines) {
          Map<String, JavaRDDLike> rdds = new HashMap<>();
          rdds.put("lines", context.parallelize(lines));
          return rdds;
        }

        Map<String, JavaRDDLike> mixed(List<String> lines) {
          Map<String, JavaRDDLike> rdds = new HashMap<>();
          rdds.put("lines", context.parallelize(lines));
          rdds.put("external", external);
          return rdds;
        }

        Map<String, JavaRDDLike> held() {
          kept.put("file", context.textFile("data"));
          return kept;
        }

        Map<String, JavaRDDLike> wrapped() {
          Map<String, JavaRDDLike> rdds = new HashMap<>();
          rdds.put("file", context.textFile("data"));
          return java.util.Collections.unmodifiableMap(rdds);
        }
      }
      """;

  private static final String CHAIN = """
      import java.util.Map;
      import org.apache.spark.api.java.JavaRDDLike;

      class Chain {
        void process(Map<String, JavaRDDLike> rdds) {
        }
      }
      """;

  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void anElementOfAReturnedCollectionHoldsWhatTheMethodStoredInIt() {
    tester.addSource("Runner.java", RUNNER).addSource("Chain.java", CHAIN)
        .addSource("RunnerTest.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaRDDLike;
            import org.apache.spark.api.java.JavaSparkContext;

            class RunnerTest {
              void check(JavaSparkContext sc, List<String> paths) {
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> ret = runner.go();
                // BUG: Diagnostic contains: collect
                List<Object> signals = ret.get("signals").collect();
                // BUG: Diagnostic contains: collect
                List<Object> keys = ((JavaRDD<Object>) ret.get("signals")).map(String::valueOf).collect();
                List<Object> few = ret.get("signals").take(5);
              }

              void throughAnotherMethod(JavaSparkContext sc, List<String> paths) {
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> ret = runner.again();
                // BUG: Diagnostic contains: collect
                ret.get("signals").collect();
              }

              void wrappedCopy(JavaSparkContext sc, List<String> paths) {
                // An out-of-sight wrapper holds what it is given (the rows of the map it wraps).
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> wrapped = runner.wrapped();
                // BUG: Diagnostic contains: collect
                wrapped.get("file").collect();
              }

              void readFromTheCall(JavaSparkContext sc, List<String> paths) {
                Runner runner = new Runner(sc, paths);
                JavaRDD<Object> source = (JavaRDD<Object>) runner.go().get("source");
                // BUG: Diagnostic contains: collect
                source.map(String::valueOf).collect();
              }

              void guarded(JavaSparkContext sc, List<String> paths) {
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> ret = runner.go();
                JavaRDDLike signals = ret.get("signals");
                if (signals.count() != 3) {
                  throw new AssertionError();
                }
                signals.collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void driverDataAFieldAnUnknownValueOrAnUnfollowedChangeStayQuiet() {
    tester.addSource("Runner.java", RUNNER).addSource("Chain.java", CHAIN)
        .addSource("RunnerTest.java", """
            import java.util.List;
            import java.util.Map;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaRDDLike;
            import org.apache.spark.api.java.JavaSparkContext;

            class RunnerTest {
              void check(JavaSparkContext sc, List<String> paths, List<String> lines) {
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> small = runner.literals(lines);
                small.get("lines").collect();
                Map<String, JavaRDDLike> mixed = runner.mixed(lines);
                mixed.get("external").collect();
                Map<String, JavaRDDLike> held = runner.held();
                held.get("file").collect();
              }

              void readFromTheCall(JavaSparkContext sc, List<String> paths, List<String> lines) {
                Runner runner = new Runner(sc, paths);
                ((JavaRDD<Object>) runner.literals(lines).get("lines")).collect();
              }

              void overwritten(JavaSparkContext sc, List<String> paths) {
                Runner runner = new Runner(sc, paths);
                Map<String, JavaRDDLike> ret = runner.go();
                ret.clear();
                ret.get("signals").collect();
              }
            }
            """)
        .expectNoFindings();
  }
}
