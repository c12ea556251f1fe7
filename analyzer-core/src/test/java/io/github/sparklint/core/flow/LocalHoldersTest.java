package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A field of a record-like object a method makes and fills itself ({@code Result r = new
 * Result(); r.graph = ..}) holds the values that method stores there, joined, what the calls on
 * the object store and what the project methods it is given store ({@link LocalHolders}, {@link
 * FieldRows}); a holder that escapes, or is reassigned, is left unknown as before.
 */
class LocalHoldersTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A record-like holder, in another file, whose fields the analyzed methods fill. */
  private RuleTester holder() {
    return tester.addSource("Result.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Result {
          public JavaRDD<String> graph;
          public JavaRDD<String> summary;
          public long runTime;

          public void setGraph(JavaRDD<String> graph) {
            this.graph = graph;
          }
        }
        """);
  }

  @Test
  void aHolderFilledWithFewRowsOrOnlyFromItselfStaysQuiet() {
    holder().addSource("Job.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc, String path) {
            Result few = new Result();
            few.graph = sc.parallelize(Arrays.asList("a", "b"));
            few.graph = few.graph.map(line -> line.trim());
            few.summary = sc.textFile(path);
            few.runTime = System.currentTimeMillis();
            List<String> rows = few.graph.collect();
            Result limited = new Result();
            limited.graph = sc.parallelize(sc.textFile(path).take(10));
            limited.graph = limited.graph.union(limited.graph.sample(false, 0.5));
            List<String> first = limited.graph.collect();
            if (limited != null) {
              System.out.println("filled " + limited);
            }
          }
        }
        """).expectMatches();
  }

  @Test
  void aHolderFilledWithATableHoldsItThroughItsOwnRereads() {
    holder().addSource("Job.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          Result run(JavaSparkContext sc, String path) {
            Result result = new Result();
            result.graph = sc.parallelize(Arrays.asList("seed"));
            for (int round = 0; round < 3; round++) {
              result.graph = result.graph.union(sc.textFile(path + round));
              result.graph = result.graph.distinct();
            }
            result.summary = sc.parallelize(Arrays.asList("3 rounds"));
            // BUG: Diagnostic contains: unbounded
            List<String> all = result.graph.collect();
            List<String> summary = result.summary.collect();
            return result;
          }
        }
        """).expectMatches();
  }

  @Test
  void twoHoldersOfOneTypeInOneMethodAreTwoObjects() {
    holder().addSource("Job.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc, String path) {
            Result small = new Result();
            Result large = new Result();
            small.graph = sc.parallelize(Arrays.asList("a", "b"));
            large.graph = sc.textFile(path);
            List<String> few = small.graph.collect();
            // BUG: Diagnostic contains: unbounded
            List<String> all = large.graph.collect();
            Result copy = new Result();
            copy.graph = large.graph.map(line -> line.trim());
            // BUG: Diagnostic contains: unbounded
            List<String> copied = copy.graph.collect();
          }
        }
        """).expectMatches();
  }

  @Test
  void aHolderThatEscapesOrIsReassignedIsNotFollowed() {
    holder().addSource("Wrapper.java", """
        public class Wrapper {
          private final Result result;

          public Wrapper(Result result) {
            this.result = result;
          }
        }
        """)
        .addSource("Job.java", """
            import java.util.Arrays;
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void aliased(JavaSparkContext sc, String path) {
                Result result = new Result();
                result.graph = sc.textFile(path);
                Result alias = result;
                alias.graph = sc.parallelize(Arrays.asList("a"));
                List<String> rows = result.graph.collect();
              }

              void wrapped(JavaSparkContext sc, String path) {
                Result result = new Result();
                result.graph = sc.textFile(path);
                Wrapper wrapper = new Wrapper(result);
                List<String> rows = result.graph.collect();
              }

              void reassigned(JavaSparkContext sc, String path) {
                Result result = new Result();
                result.graph = sc.textFile(path);
                result = new Result();
                result.graph = sc.parallelize(Arrays.asList("a"));
                List<String> rows = result.graph.collect();
              }
            }
            """).expectMatches();
  }

  @Test
  void whatASetterOnTheHolderOrAMethodGivenItStoresCounts() {
    holder().addSource("Loader.java", """
        import org.apache.spark.api.java.JavaSparkContext;

        public class Loader {
          public void fill(Result target, JavaSparkContext sc, String path) {
            target.graph = sc.textFile(path);
          }

          public void log(Result target) {
            System.out.println(target.runTime);
          }
        }
        """)
        .addSource("Job.java", """
            import java.util.Arrays;
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void filled(JavaSparkContext sc, String path, Loader loader) {
                Result result = new Result();
                result.graph = sc.parallelize(Arrays.asList("seed"));
                loader.fill(result, sc, path);
                // BUG: Diagnostic contains: unbounded
                List<String> rows = result.graph.collect();
              }

              void set(JavaSparkContext sc, String path) {
                Result result = new Result();
                result.graph = sc.parallelize(Arrays.asList("seed"));
                result.setGraph(sc.textFile(path));
                // BUG: Diagnostic contains: unbounded
                List<String> rows = result.graph.collect();
              }

              void logged(JavaSparkContext sc, Loader loader) {
                Result result = new Result();
                result.graph = sc.parallelize(Arrays.asList("seed"));
                loader.log(result);
                result.setGraph(result.graph.filter(line -> !line.isEmpty()));
                List<String> rows = result.graph.collect();
              }
            }
            """).expectMatches();
  }

  @Test
  void aHolderFilledInAMethodNoCodeCallsIsNotReadAsWhatASetterIsGiven() {
    holder().addSource("Job.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Job {
          public void run(JavaSparkContext sc, String path) {
            Result result = new Result();
            result.graph = sc.textFile(path);
            List<String> all = result.graph.collect();
          }
        }
        """);
    assertThat(tester.findings()).extracting(f -> f.file() + ":" + f.line())
        .containsExactly("Job.java:8");
    assertThat(tester.findings())
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.HIGH))
        .noneSatisfy(f -> assertThat(f.message()).contains("which its object is given"));
  }
}
