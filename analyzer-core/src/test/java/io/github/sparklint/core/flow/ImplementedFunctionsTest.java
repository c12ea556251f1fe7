package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A function given to Spark that calls an interface (or abstract) method of the project runs one
 * of its implementations: when every implementation in the analyzed sources makes its output from
 * its input, so does the function, and driver data stays driver data; one implementation that
 * reads a file, or an interface no analyzed class implements, leaves the output unbounded. (An
 * implementation in a file that never mentions Spark is not seen: the first pass skips such
 * files, and the output stays unbounded, as before.)
 */
class ImplementedFunctionsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  private static final String MATCH = """
      import java.io.Serializable;
      import java.util.ArrayList;
      import java.util.Iterator;
      import java.util.List;
      import org.apache.spark.api.java.function.PairFlatMapFunction;
      import scala.Tuple2;

      class Match implements PairFlatMapFunction<Integer, Integer, Double> {
        interface Matcher extends Serializable {
          void call(int from, int to, List<Tuple2<Integer, Double>> out);
        }

        private final List<Integer> targets;
        private final Matcher matcher;

        Match(List<Integer> targets, Matcher matcher) {
          this.targets = targets;
          this.matcher = matcher;
        }

        @Override
        public Iterator<Tuple2<Integer, Double>> call(Integer from) {
          List<Tuple2<Integer, Double>> out = new ArrayList<>();
          for (Integer to : targets) {
            matcher.call(from, to, out);
          }
          return out.iterator();
        }
      }
      """;

  /**
   * {@code Matchers.java}: a class in a file that mentions Spark (the first pass skips the others)
   * holding the implementation {@code Nearest} and {@code other}, with the extra {@code imports}.
   */
  private static String matchers(String imports, String other) {
    return imports + """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import scala.Tuple2;

        class Matchers {
          static class Nearest implements Match.Matcher {
            @Override
            public void call(int from, int to, List<Tuple2<Integer, Double>> out) {
              if (from == to) {
                out.add(new Tuple2<>(to, 1.0));
              }
            }
          }

          static JavaRDD<Integer> cells(JavaRDD<Integer> all) {
            return all.filter(c -> c >= 0);
          }

        """ + other.indent(2) + "}\n";
  }

  @Test
  void everyImplementationTransformingItsInputKeepsDriverData() {
    tester.addSource("Match.java", MATCH)
        .addSource("Matchers.java", matchers("", """
            static class Linear implements Match.Matcher {
              @Override
              public void call(int from, int to, List<Tuple2<Integer, Double>> out) {
                if (Math.abs(from - to) <= 1) {
                  out.add(new Tuple2<>(to, 0.5));
                }
              }
            }
            """))
        .addSource("Grid.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Grid {
              void run(JavaSparkContext sc, List<Integer> cells, List<Integer> targets) {
                sc.parallelize(cells).flatMapToPair(new Match(targets, new Matchers.Linear()))
                    .reduceByKey(Double::sum).collect();
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void oneReadingImplementationOrNoneInSightStaysUnbounded() {
    tester.addSource("Match.java", MATCH)
        .addSource("Matchers.java", matchers("""
            import java.io.IOException;
            import java.io.UncheckedIOException;
            import java.nio.file.Files;
            import java.nio.file.Paths;
            """, """
            static class FromFile implements Match.Matcher {
              @Override
              public void call(int from, int to, List<Tuple2<Integer, Double>> out) {
                try {
                  for (String line : Files.readAllLines(Paths.get("/weights/" + from))) {
                    out.add(new Tuple2<>(to, Double.parseDouble(line)));
                  }
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }
            }
            """))
        .addSource("Grid.java", """
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Grid {
              interface Expander extends java.io.Serializable {
                Iterator<Integer> expand(Integer cell);
              }

              void run(JavaSparkContext sc, List<Integer> cells, List<Integer> targets,
                  Expander expander) {
                sc.parallelize(cells).flatMapToPair(new Match(targets, new Matchers.Nearest()))
                    // BUG: Diagnostic contains: unbounded RDD
                    .reduceByKey(Double::sum).collect();
                // BUG: Diagnostic contains: unbounded RDD
                sc.parallelize(cells).flatMap(expander::expand).collect();
              }
            }
            """)
        .expectMatches();
  }
}
