package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkLargeTake;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A project class that extends a Spark Dataset or RDD class (a connector's {@code RiakJavaRDD<T>
 * extends JavaRDD<T>}, a framework's wrapper) is of that kind wherever a variable, a parameter or
 * a method's result is declared with it.
 */
class SparkSubclassKindsTest {
  private static final String ROWS = """
      package w;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.rdd.RDD;
      import scala.reflect.ClassTag;

      public class Rows<T> extends JavaRDD<T> {
        public Rows(RDD<T> rdd, ClassTag<T> tag) {
          super(rdd, tag);
        }
      }
      """;

  @Test
  void aVariableOfAProjectSubclassOfAnRddIsAnRdd() {
    RuleTester.forRule(new SparkLargeTake())
        .addSource("w/Rows.java", ROWS)
        .addSource("w/Lines.java", """
            package w;

            import org.apache.spark.api.java.JavaRDD;

            public class Lines extends Rows<String> {
              public Lines(JavaRDD<String> rows) {
                super(rows.rdd(), rows.classTag());
              }
            }
            """)
        .addSource("w/Job.java", """
            package w;

            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, Rows<String> rows, Lines lines) {
                // BUG: Diagnostic contains: `take(10000000)`
                rows.take(10000000);
                // BUG: Diagnostic contains: `take(20000000)`
                lines.take(20000000);
                rows.take(10);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aProjectClassThatExtendsNoSparkClassIsNoRdd() {
    RuleTester.forRule(new SparkLargeTake())
        .addSource("w/Rows.java", ROWS)
        .addSource("w/Sampler.java", """
            package w;

            import java.util.ArrayList;
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            // named like an RDD, holding one, extending none
            public class Sampler<T> extends ArrayList<T> {
              private JavaRDD<T> source;

              public List<T> take(int n) {
                return subList(0, n);
              }
            }
            """)
        .addSource("w/Job.java", """
            package w;

            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc, Sampler<String> sampler, Rows<String>[] parts) {
                sampler.take(10000000);
                // BUG: Diagnostic contains: `take(30000000)`
                parts[0].take(30000000);
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void theRowsOfAProjectSubclassFollowWhatFillsIt() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("w/Rows.java", ROWS)
        .addSource("w/Job.java", """
            package w;

            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              Rows<String> read(JavaSparkContext sc) {
                return new Rows<>(sc.textFile("in").rdd(), null);
              }

              private void dump(Rows<String> rows) {
                System.out.println(rows.collect());
              }

              void run(JavaSparkContext sc) {
                Rows<String> lines = read(sc);
                // the constructor's rows are out of sight: quiet, as before
                lines.collect();
                // BUG: Diagnostic contains: `dump(...)` brings every row of its argument
                dump((Rows<String>) sc.textFile("in"));
                dump((Rows<String>) sc.parallelize(java.util.List.of("a", "b")));
              }
            }
            """)
        .expectMatches();
  }
}
