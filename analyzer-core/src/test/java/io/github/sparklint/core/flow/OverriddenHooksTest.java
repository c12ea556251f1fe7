package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkLocalIteratorAccumulation;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A collect of a parameter in a method that overrides a called project method ({@link
 * OverriddenHooks}): a hook the superclass runs, replaced by a subclass or a test's fake that
 * collects what it is handed. The superclass's calls fill the parameter: when one passes rows
 * nothing bounds, the finding is of high confidence and names that call; when every one passes
 * few rows, there is none; when what one passes is out of sight, it is of medium confidence (not
 * the low of a parameter nothing fills) and names the overridden method. An override of a method
 * nothing calls, a same-named method of an unrelated class, a static method and an overload of
 * another arity stay low, and an override called directly is judged at its calls.
 */
class OverriddenHooksTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A writer whose {@code write} hands every line of a file to its {@code save} hook. */
  private RuleTester writer(boolean called) {
    return writer(called ? "save(documents);" : "documents.count();");
  }

  /** A writer whose {@code write} reads every line of a file, then runs {@code statement}. */
  private RuleTester writer(String statement) {
    return writer(tester, statement);
  }

  private static RuleTester writer(RuleTester tester, String statement) {
    return tester.addSource("Writer.java", """
        import java.util.List;
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
        """.formatted(statement));
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
  void aHookTheSuperclassHandsATableReadIsOfHighConfidenceAndNamesThatCall() {
    writer(true).addSource("WriterTest.java", FAKES);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("WriterTest.java:10", Confidence.HIGH),
            Tuple.tuple("WriterTest.java:18", Confidence.HIGH));
    assertThat(tester.findings().get(0).message()).endsWith("; the rows are those of the"
        + " parameter `documents`, which `Writer.write()` (Writer.java:8) fills with rows nothing"
        + " bounds, through `Writer.save()` (Writer.java:11) it overrides");
  }

  @Test
  void aHookTheSuperclassHandsAParallelizedLiteralListIsQuiet() {
    writer("save(sc.parallelize(List.of(\"a\", \"b\")));").addSource("WriterTest.java", FAKES);
    assertThat(tester.findings()).isEmpty();
  }

  @Test
  void oneCallerHandingATableReadIsEnoughWhenAnotherHandsALiteralList() {
    writer("save(sc.parallelize(List.of(path)));").addSource("Job.java", """
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          void run(JavaSparkContext sc, Writer writer) {
            writer.save(sc.textFile("/in/documents"));
          }
        }
        """).addSource("WriterTest.java", FAKES);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("WriterTest.java:10", Confidence.HIGH),
            Tuple.tuple("WriterTest.java:18", Confidence.HIGH));
    assertThat(tester.findings().get(0).message())
        .contains("which `Job.run()` (Job.java:5) fills with rows nothing bounds");
  }

  @Test
  void aFakeThatAlsoOverridesTheReadItsSuperclassCallsThroughAHelperIsHandedItsOwnRows() {
    tester.addSource("Writer.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Writer {
          public void write(JavaSparkContext sc, String path) {
            save(prepared(sc, path));
          }

          private JavaRDD<String> prepared(JavaSparkContext sc, String path) {
            return read(sc, path).map(String::trim);
          }

          JavaRDD<String> read(JavaSparkContext sc, String path) {
            return sc.textFile(path);
          }

          void save(JavaRDD<String> documents) {
            documents.saveAsTextFile("/out/documents");
          }
        }
        """).addSource("WriterTest.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class WriterTest {
          static class LiteralFake extends Writer {
            List<String> saved;

            @Override
            JavaRDD<String> read(JavaSparkContext sc, String path) {
              return sc.parallelize(List.of("a", "b"));
            }

            @Override
            void save(JavaRDD<String> documents) {
              saved = documents.collect();
            }
          }

          static class ReadingFake extends Writer {
            List<String> saved;

            @Override
            void save(JavaRDD<String> documents) {
              saved = documents.collect();
            }
          }
        }
        """);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactly(Tuple.tuple("WriterTest.java:25", Confidence.HIGH));
    assertThat(tester.findings().get(0).message()).endsWith("which `Writer.write()`"
        + " (Writer.java:6) fills with rows nothing bounds, through `Writer.save()`"
        + " (Writer.java:17) it overrides; the rows come from `Writer.read()` (Writer.java:13)");
  }

  @Test
  void aDrainInAHookIsJudgedByWhatTheCallsOfTheOverriddenMethodPass() {
    String fake = """
        import java.util.ArrayList;
        import java.util.List;
        import org.apache.spark.api.java.JavaRDD;

        class WriterFake extends Writer {
          final List<String> saved = new ArrayList<>();

          @Override
          void save(JavaRDD<String> documents) {
            documents.toLocalIterator().forEachRemaining(saved::add);
          }
        }
        """;
    RuleTester drains = RuleTester.forRule(new SparkLocalIteratorAccumulation());
    assertThat(writer(drains, "save(documents);").addSource("WriterFake.java", fake).findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactly(Tuple.tuple("WriterFake.java:10", Confidence.HIGH));
    drains = RuleTester.forRule(new SparkLocalIteratorAccumulation());
    assertThat(writer(drains, "save(sc.parallelize(List.of(path)));")
        .addSource("WriterFake.java", fake).findings()).isEmpty();
  }

  @Test
  void aHookHandedRowsOutOfSightIsOfMediumConfidenceAndNamesTheOverriddenMethod() {
    tester.addSource("Writer.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Writer {
          public void write(JavaRDD<String> documents) {
            save(documents.map(String::trim));
          }

          void save(JavaRDD<String> documents) {
            documents.saveAsTextFile("/out/documents");
          }
        }
        """).addSource("WriterTest.java", FAKES);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("WriterTest.java:10", Confidence.MEDIUM),
            Tuple.tuple("WriterTest.java:18", Confidence.MEDIUM));
    assertThat(tester.findings().get(0).message()).endsWith("; the rows are those of the"
        + " parameter `documents`, which the calls of `Writer.save()` (Writer.java:8) it"
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
  void sameNamedMethodsOfUnrelatedClassesStaticMethodsAndOtherAritiesStayLow() {
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
              static List<Integer> save(JavaRDD<Integer> documents) {
                return documents.collect();
              }
            }
            """)
        .addSource("PartsWriter.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            class PartsWriter extends Writer {
              List<String> saved;

              void save(JavaRDD<String> documents, int parts) {
                saved = documents.collect();
              }
            }
            """);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("Other.java:6", Confidence.LOW),
            Tuple.tuple("StaticWriter.java:6", Confidence.LOW),
            Tuple.tuple("PartsWriter.java:8", Confidence.LOW));
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
