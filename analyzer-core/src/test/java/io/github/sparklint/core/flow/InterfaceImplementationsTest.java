package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A call of an interface or abstract method that exactly one class of the analyzed sources
 * implements runs that class's method: a loader injected as its interface returns what its one
 * implementation reads, and a sink that collects what it is given is judged at the calls through
 * the interface. With several implementations (a reader and a test's fake) the object decides, so
 * the call stays unknown, like a lambda implementing the interface.
 */
class InterfaceImplementationsTest {
  private static final String LOADER = """
      package etl;

      import org.apache.spark.api.java.JavaRDD;

      public interface Loader {
        JavaRDD<String> load(String path);
      }
      """;

  private static final String TEXT_LOADER = """
      package etl;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.api.java.JavaSparkContext;

      public class TextLoader implements Loader {
        private final JavaSparkContext jsc;

        public TextLoader(JavaSparkContext jsc) {
          this.jsc = jsc;
        }

        @Override
        public JavaRDD<String> load(String path) {
          return jsc.textFile(path);
        }
      }
      """;

  @Test
  void aCallThroughAnInterfaceReturnsWhatItsOneImplementationReads() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("etl/Loader.java", LOADER)
        .addSource("etl/TextLoader.java", TEXT_LOADER)
        .addSource("etl/LoaderTest.java", """
            package etl;

            class LoaderTest {
              private Loader loader;

              void loads() {
                // BUG: Diagnostic contains: unbounded RDD
                loader.load("employees.csv").collect();
                loader.load("employees.csv").take(3);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anInterfaceWithSeveralImplementationsOrOnlyLambdasStaysQuiet() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("etl/Loader.java", LOADER)
        .addSource("etl/TextLoader.java", TEXT_LOADER)
        .addSource("etl/Fixtures.java", """
            package etl;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            abstract class Fixtures implements Loader {
              abstract JavaSparkContext jsc();
            }

            class LiteralLoader extends Fixtures {
              JavaSparkContext jsc() { return null; }

              @Override
              public JavaRDD<String> load(String path) {
                return jsc().parallelize(List.of("a", "b"));
              }
            }
            """)
        .addSource("etl/Job.java", """
            package etl;

            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(Loader loader, Runnable other, JavaSparkContext jsc) {
                loader.load("x").collect();
                Loader lambda = path -> jsc.parallelize(List.of(path));
                lambda.load("y").collect();
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void aSinkThatCollectsWhatItIsGivenIsJudgedAtTheCallsThroughItsInterface() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("etl/Sink.java", """
            package etl;

            import org.apache.spark.api.java.JavaRDD;

            public interface Sink {
              void write(JavaRDD<String> rows);
            }
            """)
        .addSource("etl/PrintSink.java", """
            package etl;

            import org.apache.spark.api.java.JavaRDD;

            public class PrintSink implements Sink {
              @Override
              public void write(JavaRDD<String> rows) {
                rows.collect().forEach(System.out::println);
              }
            }
            """)
        .addSource("etl/Job.java", """
            package etl;

            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(Sink sink, JavaSparkContext jsc, String path) {
                sink.write(jsc.parallelize(List.of("a", "b")));
                // BUG: Diagnostic contains: brings every row of its argument
                sink.write(jsc.textFile(path));
              }
            }
            """)
        .expectMatches();
  }
}
