package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkBroadcastLargeSource;
import io.github.sparklint.core.rules.SparkLocalIteratorAccumulation;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Rows a framework hands to a method the project implements ({@link FrameworkParameters}): the
 * built-in {@code hands} rows (Hudi's {@code Transformer.apply}, Spark ML's {@code transform} and
 * {@code fit}, {@code ForeachBatchFunction.call}) and a {@code sparklint.yaml} one make such a
 * parameter's collect a high-confidence finding naming the framework's method. A project
 * interface of the same name, another library's class of that name, an overload of another
 * arity, another parameter, a {@code Function.call} and a bounded collect stay as they were (the
 * low confidence of a parameter nothing fills, or nothing).
 */
class FrameworkParametersTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  @Test
  void aHudiTransformerCollectingTheBatchItIsHandedIsReported() {
    tester.addSource("Enrich.java", """
        import java.util.List;
        import org.apache.hudi.common.config.TypedProperties;
        import org.apache.hudi.utilities.transform.Transformer;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        public class Enrich implements Transformer {
          @Override
          public Dataset<Row> apply(JavaSparkContext jsc, SparkSession spark, Dataset<Row> rows,
              TypedProperties props) {
            // BUG: Diagnostic contains: the rows are those of the parameter `rows`, which the framework hands to every implementation of `Transformer.apply()` (a built-in model): each batch it processes
            List<Row> all = rows.select("id").collectAsList();
            List<Row> first = rows.limit(10).collectAsList();
            return rows;
          }

          // an overload of another arity is no implementation of the framework's method
          public Dataset<Row> apply(Dataset<Row> rows, TypedProperties props) {
            // BUG: Diagnostic contains: (low confidence)
            rows.collectAsList();
            return rows;
          }
        }
        """)
        .expectMatches();
    assertThat(tester.findings()).extracting(f -> f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(Tuple.tuple(14, Confidence.HIGH),
            Tuple.tuple(22, Confidence.LOW));
  }

  @Test
  void sparkMlStagesAndForeachBatchFunctionsAreHandedTheirData() {
    tester.addSource("Stages.java", """
        import java.util.List;
        import org.apache.spark.api.java.function.ForeachBatchFunction;
        import org.apache.spark.ml.Estimator;
        import org.apache.spark.ml.Transformer;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        abstract class Scaler extends Transformer {
          @Override
          public Dataset<Row> transform(Dataset<?> dataset) {
            // BUG: Diagnostic contains: which the framework hands to every implementation of `Transformer.transform()` (a built-in model): a whole table
            Object rows = dataset.collect();
            return dataset.toDF();
          }
        }

        abstract class Centering extends Estimator<ScalerModel> {
          @Override
          public ScalerModel fit(Dataset<?> dataset) {
            // BUG: Diagnostic contains: `Estimator.fit()` (a built-in model)
            List<Row> all = dataset.toDF().collectAsList();
            return null;
          }
        }

        class Upsert implements ForeachBatchFunction<Row> {
          @Override
          public void call(Dataset<Row> batch, Long id) {
            // BUG: Diagnostic contains: `ForeachBatchFunction.call()` (a built-in model): each batch
            for (Row row : batch.collectAsList()) {
              System.out.println(row);
            }
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void handedRowsPassedToACollectingHelperOrAnAnonymousClassAreReported() {
    tester.addSource("Sinks.java", """
        import java.util.List;
        import org.apache.spark.api.java.function.ForeachBatchFunction;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        class Sinks {
          static List<Row> rowsOf(Dataset<Row> frame) {
            return frame.collectAsList();
          }

          ForeachBatchFunction<Row> upsert() {
            return new ForeachBatchFunction<Row>() {
              @Override
              public void call(Dataset<Row> batch, Long id) {
                // BUG: Diagnostic contains: which the framework hands to every implementation of `ForeachBatchFunction.call()`
                System.out.println(rowsOf(batch));
                rowsOf(batch.limit(5));
              }
            };
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void handedRowsABroadcastingHelperCollectsNameTheFramework() {
    RuleTester.forRule(new SparkBroadcastLargeSource()).addSource("Lookups.java", """
        import org.apache.hudi.utilities.transform.Transformer;
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.broadcast.Broadcast;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Lookups implements Transformer {
          static Broadcast<Object> share(JavaSparkContext jsc, Dataset<Row> rows) {
            return jsc.broadcast(rows.collectAsList());
          }

          @Override
          public Dataset<Row> apply(JavaSparkContext jsc, SparkSession spark, Dataset<Row> rows,
              Object props) {
            // BUG: Diagnostic contains: which the framework hands to every implementation of `Transformer.apply()` (a built-in model)
            share(jsc, rows);
            share(jsc, rows.limit(10));
            return rows;
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aProjectInterfaceOrAnotherLibrarysClassOfTheSameNameIsNotTheFrameworks() {
    tester.addSource("Transformer.java", """
        package com.acme.etl;

        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public interface Transformer {
          Dataset<Row> apply(Object jsc, Object spark, Dataset<Row> rows, Object props);
        }
        """)
        .addSource("Steps.java", """
            package com.acme.etl;

            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Local implements Transformer {
              @Override
              public Dataset<Row> apply(Object jsc, Object spark, Dataset<Row> rows, Object props) {
                // BUG: Diagnostic contains: (low confidence)
                rows.collectAsList();
                return rows;
              }
            }
            """)
        .addSource("Other.java", """
            package com.acme.jobs;

            import com.acme.vendor.Transformer;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Other implements Transformer {
              @Override
              public Dataset<Row> apply(Object jsc, Object spark, Dataset<Row> rows, Object props) {
                // BUG: Diagnostic contains: (low confidence)
                rows.collectAsList();
                return rows;
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFunctionGivenToSparkAndAnotherParameterAreNotHandedRows() {
    tester.addSource("Functions.java", """
        import java.util.List;
        import org.apache.hudi.utilities.transform.Transformer;
        import org.apache.spark.api.java.function.Function;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;

        class Rows implements Function<Dataset<Row>, List<Row>> {
          @Override
          public List<Row> call(Dataset<Row> rows) {
            // BUG: Diagnostic contains: (low confidence)
            return rows.collectAsList();
          }
        }

        class Lookup implements Transformer {
          @Override
          public Dataset<Row> apply(Object jsc, SparkSession spark, Dataset<Row> rows, Dataset<Row> codes) {
            // BUG: Diagnostic contains: (low confidence)
            codes.collectAsList();
            return rows;
          }
        }
        """)
        .expectMatches();
  }

  @Test
  void aModelInSparklintYamlDeclaresAPlatformsInterface() {
    RuleTester.forRule(new SparkLocalIteratorAccumulation()).sparklintYaml(
            "models:",
            "  version: 3",
            "  methods:",
            "    - {class: com.acme.platform.Step, method: run, arity: 2, fact: hands, argument: 1 batch}")
        .addSource("Export.java", """
            import com.acme.platform.Step;
            import java.util.ArrayList;
            import java.util.Iterator;
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Export implements Step {
              @Override
              public void run(String name, Dataset<Row> input) {
                List<Row> copy = new ArrayList<>();
                // BUG: Diagnostic contains: which the framework hands to every implementation of `Step.run()` (sparklint.yaml:4): each batch
                Iterator<Row> it = input.toLocalIterator();
                while (it.hasNext()) {
                  copy.add(it.next());
                }
              }
            }
            """)
        .expectMatches();
  }
}
