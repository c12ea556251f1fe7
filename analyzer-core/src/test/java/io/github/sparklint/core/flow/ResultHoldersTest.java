package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A field of an object a project method returns, which that method filled ({@code result.graph =
 * graph; return result;}), holds what the call's own arguments make of it ({@link FieldRows}):
 * one call passing a table read is unbounded although other calls pass few rows.
 */
class ResultHoldersTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A result holder, a partitioner filling it from its argument, in other files. */
  private RuleTester partitioner() {
    return tester.addSource("Result.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Result {
          public JavaRDD<String> graph;
          public JavaRDD<String> summary;
          public long runTime;
        }
        """)
        .addSource("Partitioner.java", """
            import java.util.Arrays;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            public class Partitioner {
              public Result partition(JavaRDD<String> input) {
                Result result = new Result();
                JavaRDD<String> graph = input.map(line -> line.trim());
                result.graph = graph.repartition(16);
                result.summary = JavaSparkContext.fromSparkContext(input.context())
                    .parallelize(Arrays.asList("16 partitions", "balanced"));
                return result;
              }
            }
            """);
  }

  @Test
  void theFieldOfAReturnedHolderHoldsWhatTheCallsArgumentMakes() {
    partitioner().addSource("Job.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc, String path) {
            Partitioner partitioner = new Partitioner();
            Result whole = partitioner.partition(sc.textFile(path));
            // BUG: Diagnostic contains: unbounded
            List<String> all = whole.graph.collect();
            Result few = partitioner.partition(sc.parallelize(Arrays.asList("a", "b")));
            List<String> some = few.graph.collect();
            JavaRDD<String> direct = partitioner.partition(sc.textFile(path)).graph;
            // BUG: Diagnostic contains: unbounded
            List<String> rows = direct.collect();
            JavaRDD<String> sampled = partitioner.partition(sc.textFile(path)).summary;
            List<String> fewRows = sampled.collect();
          }
        }
        """).expectMatches();
  }

  @Test
  void aHolderRefilledFromItselfAndFromAnotherHoldersFieldHoldsTheArgumentsRows() {
    tester.addSource("Result.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Result {
          public JavaRDD<String> graph;
        }
        """)
        .addSource("Swap.java", """
            import org.apache.spark.api.java.JavaRDD;

            public class Swap {
              public final JavaRDD<String> graph;
              public final long swaps;

              Swap(JavaRDD<String> graph, long swaps) {
                this.graph = graph;
                this.swaps = swaps;
              }
            }
            """)
        .addSource("Rounds.java", """
            import java.util.Arrays;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            public class Rounds {
              public Result partition(JavaRDD<String> input) {
                Result solution = new Result();
                solution.graph = JavaSparkContext.fromSparkContext(input.context())
                    .parallelize(Arrays.asList("seed"));
                solution.graph = solution.graph.repartition(8);
                while (true) {
                  Swap swapped = swap(solution.graph.union(input));
                  solution.graph = swapped.graph;
                  if (swapped.swaps == 0) {
                    break;
                  }
                }
                return solution;
              }

              Swap swap(JavaRDD<String> graph) {
                return new Swap(graph.map(line -> line.toUpperCase()), graph.count());
              }
            }
            """)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, String path) {
                Result result = new Rounds().partition(sc.textFile(path));
                // BUG: Diagnostic contains: unbounded
                List<String> all = result.graph.collect();
              }
            }
            """).expectMatches();
  }

  @Test
  void aHolderFilledOutOfSightOrAFieldTheMethodDoesNotWriteStaysAsBefore() {
    tester.addSource("Result.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Result {
          public JavaRDD<String> graph;
        }
        """)
        .addSource("Other.java", """
            import org.apache.spark.api.java.JavaRDD;

            public class Other {
              public JavaRDD<String> graph;
            }
            """)
        .addSource("Maker.java", """
            import org.apache.spark.api.java.JavaRDD;

            public class Maker {
              public Result make(JavaRDD<String> input) {
                Other other = new Other();
                other.graph = input;
                return new Result();
              }
            }
            """)
        .addSource("Job.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, String path, Maker maker) {
                List<String> none = maker.make(sc.textFile(path)).graph.collect();
              }
            }
            """).expectMatches();
  }
}
