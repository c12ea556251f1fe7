package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkLargeTake;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Spark ML results of a known size ({@code library-models.txt}): {@code findSynonyms(word, num)}
 * has num rows (more than the driver takes above the large-take limit), the statistics tests
 * one; the vocabulary, recommendations for every user and a count that is no constant stay
 * unbounded, as do MLlib's user and product factors and its binary-classification curves.
 */
class MlResultSizesTest {
  private static final String JOB = """
      import java.util.List;
      import org.apache.spark.ml.feature.Word2VecModel;
      import org.apache.spark.ml.linalg.Vector;
      import org.apache.spark.ml.recommendation.ALSModel;
      import org.apache.spark.ml.stat.ChiSquareTest;
      import org.apache.spark.ml.stat.Correlation;
      import org.apache.spark.ml.stat.KolmogorovSmirnovTest;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      class Job {
        void run(Word2VecModel model, ALSModel als, Dataset<Row> data, Vector v, String[] args) {
          Dataset<Row> synonyms = model.findSynonyms("spark", 5);
          synonyms.collectAsList();
          model.findSynonyms(v, 10).collectAsList();
          ChiSquareTest.test(data, "features", "label").collectAsList();
          Correlation.corr(data, "features").collectAsList();
          Correlation.corr(data, "features", "spearman").collectAsList();
          KolmogorovSmirnovTest.test(data, "sample", "norm", 0.0, 1.0).collectAsList();
          int n = Integer.parseInt(args[0]);
          // BUG: Diagnostic contains: unbounded Dataset
          model.findSynonyms("spark", n).collectAsList();
          // BUG: Diagnostic contains: unbounded Dataset
          model.findSynonyms("spark", Integer.parseInt(args[1])).collectAsList();
          // BUG: Diagnostic contains: unbounded Dataset
          model.getVectors().collectAsList();
          // BUG: Diagnostic contains: unbounded Dataset
          als.recommendForAllUsers(10).collectAsList();
          // BUG: Diagnostic contains: unbounded Dataset
          als.recommendForAllItems(3).collectAsList();
          model.findSynonyms("spark", 100000).collectAsList();
          // BUG: Diagnostic contains: unbounded Dataset
          model.findSynonyms("spark", 200000).collectAsList();
        }
      }
      """;

  @Test
  void resultsOfAKnownSizeAreBounded() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Job.java", JOB)
        .expectMatches();
  }

  @Test
  void aLargeSynonymCountIsALargeTake() {
    RuleTester.forRule(new SparkLargeTake())
        .addSource("Job.java", JOB.replace("// BUG: Diagnostic contains: unbounded Dataset\n", "\n")
            .replace("model.findSynonyms(\"spark\", 200000)",
                "// BUG: Diagnostic contains: after `findSynonyms(200000)`\n"
                    + "          model.findSynonyms(\"spark\", 200000)"))
        .expectMatches();
  }

  @Test
  void mllibFactorsAndCurvesAreAsLargeAsTheData() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("Scores.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import scala.Tuple2;

            class Scores {
              JavaSparkContext sc;

              JavaRDD<Tuple2<Object, Object>> roc() {
                return sc.parallelize(List.of(new Tuple2<>(0.0, 0.0), new Tuple2<>(1.0, 1.0)));
              }

              void own() {
                roc().collect();
              }
            }
            """)
        .addSource("Evaluation.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.mllib.evaluation.BinaryClassificationMetrics;
            import org.apache.spark.mllib.recommendation.MatrixFactorizationModel;
            import scala.Tuple2;

            class Evaluation {
              MatrixFactorizationModel model;

              void run(BinaryClassificationMetrics metrics, Scores scores) {
                double auc = metrics.areaUnderROC();
                metrics.roc().toJavaRDD().take(20);
                long userCount = model.userFeatures().count();
                scores.roc().collect();
                // BUG: Diagnostic contains: unbounded RDD
                List<Tuple2<Object, double[]>> users = model.userFeatures().toJavaRDD().collect();
                // BUG: Diagnostic contains: unbounded RDD
                model.productFeatures().toJavaRDD().collect();
                JavaRDD<Tuple2<Object, Object>> rocRdd = metrics.roc().toJavaRDD().cache();
                // BUG: Diagnostic contains: unbounded RDD
                List<Tuple2<Object, Object>> points = rocRdd.collect();
                // BUG: Diagnostic contains: unbounded RDD
                metrics.fMeasureByThreshold(2.0).toJavaRDD().collect();
              }
            }
            """)
        .expectMatches();
  }
}
