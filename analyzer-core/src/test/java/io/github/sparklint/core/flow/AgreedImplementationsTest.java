package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A call of an abstract method with several implementations in the analyzed sources (a template
 * method whose subclasses supply the work) is judged at the call when every implementation does
 * the same with its parameters: all collect the rows they are given. When they disagree, or none
 * exists, the call stays unknown, and what the implementations return is never joined. A mock
 * whose body only throws never returns, so it is no implementation to agree with.
 */
class AgreedImplementationsTest {
  private static final String BASE = """
      package codes;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public abstract class AbstractMaps<T> {
        protected SparkSession spark;

        protected abstract void addToMap(T map, Dataset<Row> rows);

        public T getMap(T map, String path) {
          Dataset<Row> rows = spark.read().parquet(path);
          // BUG: Diagnostic contains: brings every row of its argument `rows`
          addToMap(map, rows);
          addToMap(map, rows.limit(10));
          return map;
        }
      }
      """;

  private static final String SORTED_MAPS = """
      package codes.r4;

      import codes.AbstractMaps;
      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public class SortedMaps extends AbstractMaps<List<Row>> {
        @Override
        protected void addToMap(List<Row> map, Dataset<Row> rows) {
          map.addAll(rows.sort("source").collectAsList());
        }
      }
      """;

  @Test
  void aTemplateMethodWhoseSubclassesAllCollectIsJudgedAtTheBaseClassCall() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("codes/AbstractMaps.java", BASE)
        .addSource("codes/r4/SortedMaps.java", SORTED_MAPS)
        .addSource("codes/stu3/PlainMaps.java", """
            package codes.stu3;

            import codes.AbstractMaps;
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            public class PlainMaps extends AbstractMaps<List<Row>> {
              @Override
              protected void addToMap(List<Row> map, Dataset<Row> rows) {
                for (Row row : rows.collectAsList()) {
                  map.add(row);
                }
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aMockThatOnlyThrowsIsNoImplementation() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("codes/AbstractMaps.java", BASE)
        .addSource("codes/r4/SortedMaps.java", SORTED_MAPS)
        .addSource("codes/MockMaps.java", """
            package codes;

            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            public class MockMaps extends AbstractMaps<List<Long>> {
              @Override
              protected void addToMap(List<Long> map, Dataset<Row> rows) {
                throw new UnsupportedOperationException("Not implemented in mock class.");
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void implementationsThatDisagreeLeaveTheCallUnknown() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("codes/AbstractMaps.java", BASE.replace(
            "// BUG: Diagnostic contains: brings every row of its argument `rows`\n", ""))
        .addSource("codes/r4/SortedMaps.java", SORTED_MAPS.replace("map.addAll(",
            "// BUG: Diagnostic contains: which `AbstractMaps.getMap()` (AbstractMaps.java:14)"
                + " fills with rows nothing bounds\n"
                + "    map.addAll("))
        .addSource("codes/stu3/CountedMaps.java", """
            package codes.stu3;

            import codes.AbstractMaps;
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            public class CountedMaps extends AbstractMaps<List<Long>> {
              @Override
              protected void addToMap(List<Long> map, Dataset<Row> rows) {
                map.add(rows.count());
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aWriterThatHandsItsInputToAHelperDoesNotAgreeWithAFakeThatCollects() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("graph/Output.java", """
            package graph;

            import org.apache.spark.api.java.JavaRDD;

            public interface Output {
              void writeGraph(String location, JavaRDD<String> graph);

              default JavaRDD<String> repartition(String partitions, JavaRDD<String> graph) {
                return partitions == null ? graph : graph.repartition(Integer.parseInt(partitions));
              }
            }
            """)
        .addSource("graph/FileOutput.java", """
            package graph;

            import org.apache.spark.api.java.JavaRDD;

            public class FileOutput implements Output {
              @Override
              public void writeGraph(String location, JavaRDD<String> graph) {
                repartition(System.getenv("PARTITIONS"), graph).saveAsTextFile(location);
              }
            }
            """)
        .addSource("graph/FakeOutput.java", """
            package graph;

            import org.apache.spark.api.java.JavaRDD;

            public class FakeOutput implements Output {
              @Override
              public void writeGraph(String location, JavaRDD<String> graph) {
                // BUG: Diagnostic contains: which `Computer.run()` (Computer.java:7) fills with rows
                graph.collect().forEach(System.out::println);
              }
            }
            """)
        .addSource("graph/Computer.java", """
            package graph;

            import org.apache.spark.api.java.JavaSparkContext;

            class Computer {
              void run(Output output, JavaSparkContext jsc, String path) {
                output.writeGraph("out", jsc.textFile(path));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void anAbstractMethodNoAnalyzedClassImplementsStaysQuiet() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("codes/AbstractMaps.java", BASE.replace(
            "// BUG: Diagnostic contains: brings every row of its argument `rows`\n", ""))
        .expectNoFindings();
  }

  @Test
  void implementationsThatAgreeOnTheirParametersDoNotJoinWhatTheyReturn() {
    String sink = """
        package etl;

        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class %s implements Sink {
          private JavaSparkContext jsc;

          @Override
          public JavaRDD<String> write(JavaRDD<String> rows) {
            rows.collect().forEach(System.out::println);
            return %s;
          }
        }
        """;
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("etl/Sink.java", """
            package etl;

            import org.apache.spark.api.java.JavaRDD;

            public interface Sink {
              JavaRDD<String> write(JavaRDD<String> rows);
            }
            """)
        .addSource("etl/PrintSink.java", sink.formatted("PrintSink", "jsc.textFile(\"log\")"))
        .addSource("etl/EchoSink.java", sink.formatted("EchoSink", "jsc.parallelize(List.of(\"a\"))"))
        .addSource("etl/Job.java", """
            package etl;

            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(Sink sink, JavaSparkContext jsc) {
                sink.write(jsc.parallelize(List.of("a", "b"))).collect();
              }
            }
            """)
        .expectNoFindings();
  }
}
