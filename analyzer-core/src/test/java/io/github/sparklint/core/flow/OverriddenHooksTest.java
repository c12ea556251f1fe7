package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A collect of a parameter in a method that overrides a called project method ({@link
 * OverriddenHooks}): a hook the superclass runs, replaced by a subclass or a test's fake that
 * collects what it is handed. The superclass's calls fill the parameter, so the finding is of
 * medium confidence (not the low of a parameter nothing fills) and names the overridden method;
 * an override of a method nothing calls, a same-named method of an unrelated class and a static
 * method stay low, and an override called directly is judged at its calls.
 */
class OverriddenHooksTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A writer whose {@code write} hands every line of a file to its {@code save} hook. */
  private RuleTester writer(boolean called) {
    return tester.addSource("Writer.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Writer {
          public void write(JavaSparkContext sc, String path) {
            JavaRDD<String> documents = sc.textFile(path).map(String::trim);
            %s
          }

          void save(JavaRDD<String> documents) {
            documents.saveAsTextFile("/out/documents");
          }
        }
        """.formatted(called ? "save(documents);" : "documents.count();"));
  }

  private static final String FAKES = """
      import java.util.List;
      import org.apache.spark.api.java.JavaRDD;

      class WriterTest {
        static class WriterFake extends Writer {
          List<String> saved;

          @Override
          void save(JavaRDD<String> documents) {
            saved = documents.collect();
          }
        }

        Writer inline() {
          return new Writer() {
            @Override
            void save(JavaRDD<String> lines) {
              System.out.println(lines.collect());
            }
          };
        }
      }
      """;

  @Test
  void aHookTheSuperclassCallsIsOfMediumConfidenceAndNamesTheOverriddenMethod() {
    writer(true).addSource("WriterTest.java", FAKES);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("WriterTest.java:10", Confidence.MEDIUM),
            Tuple.tuple("WriterTest.java:18", Confidence.MEDIUM));
    assertThat(tester.findings().get(0).message()).endsWith("; the rows are those of the"
        + " parameter `documents`, which the calls of `Writer.save()` (Writer.java:10) it"
        + " overrides fill");
  }

  @Test
  void anOverrideOfAMethodNothingCallsStaysLow() {
    writer(false).addSource("WriterTest.java", FAKES);
    assertThat(tester.findings()).hasSize(2).allSatisfy(f -> {
      assertThat(f.confidence()).isEqualTo(Confidence.LOW);
      assertThat(f.message()).contains("no call in the analyzed sources shows what its callers"
          + " pass");
    });
  }

  @Test
  void sameNamedMethodsOfUnrelatedClassesAndStaticMethodsStayLow() {
    writer(true).addSource("Other.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class Other {
          void save(JavaRDD<String> documents) {
            System.out.println(documents.collect());
          }
        }
        """)
        .addSource("StaticWriter.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class StaticWriter extends Writer {
              static List<String> save(JavaRDD<String> documents, int limit) {
                return documents.collect();
              }
            }
            """);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("Other.java:6", Confidence.LOW),
            Tuple.tuple("StaticWriter.java:6", Confidence.LOW));
  }

  @Test
  void anOverrideCalledDirectlyIsJudgedAtItsCalls() {
    writer(true).addSource("WriterTest.java", FAKES).addSource("Check.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaSparkContext;

        class Check {
          void run(JavaSparkContext sc) {
            new WriterTest.WriterFake().save(sc.parallelize(List.of("a", "b")));
          }
        }
        """);
    assertThat(tester.findings()).extracting(f -> f.file() + ":" + f.line())
        .containsExactly("WriterTest.java:18");
  }
}
