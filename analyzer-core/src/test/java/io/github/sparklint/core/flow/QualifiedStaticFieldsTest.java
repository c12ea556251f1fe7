package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * A test fixture kept in a static field and named by its class ({@code BundlesTest.loader}, often
 * because a local of the same name hides it) is the field: calls on it reach its type's methods,
 * and its rows are what the setup stores in it.
 */
class QualifiedStaticFieldsTest {
  private static final String LOADER = """
      package fhir;

      import org.apache.spark.api.java.JavaRDD;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Encoders;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public class Loader {
        public JavaRDD<String> fromJson(Dataset<Row> rows, String column) {
          return rows.select(column).as(Encoders.STRING()).toJavaRDD();
        }

        public JavaRDD<String> load(SparkSession spark, String dir) {
          return spark.sparkContext().wholeTextFiles(dir, 1).toJavaRDD().map(t -> t._2());
        }

        public Dataset<String> extract(SparkSession spark, JavaRDD<String> lines) {
          return spark.createDataset(lines.rdd(), Encoders.STRING());
        }
      }
      """;

  @Test
  void aFixtureNamedByItsClassIsTheStaticField() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("fhir/Loader.java", LOADER)
        .addSource("fhir/LoaderTest.java", """
            package fhir;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.SparkSession;
            import org.junit.BeforeClass;

            public class LoaderTest {
              private static SparkSession spark;
              private static Loader loader;
              private static JavaRDD<String> lines;

              @BeforeClass
              public static void setUp() {
                loader = new Loader();
                lines = loader.load(spark, "src/test/resources/bundles").cache();
              }

              private void check(Dataset<String> rows) {
                List<String> all = rows.collectAsList();
              }

              public void fromATable() {
                JavaRDD<String> loader = LoaderTest.loader.fromJson(
                    spark.sql("select value from bundle_table"), "value");
                // BUG: Diagnostic contains: the rows come from `Loader.fromJson()`
                check(LoaderTest.loader.extract(spark, loader));
              }

              public void fromTheFixture() {
                // BUG: Diagnostic contains: the rows come from `Loader.load()`
                check(LoaderTest.loader.extract(spark, LoaderTest.lines));
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFixtureFilledFromALiteralListStaysQuietWhenNamedByItsClass() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("fhir/Loader.java", LOADER)
        .addSource("fhir/LoaderTest.java", """
            package fhir;

            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.SparkSession;
            import org.junit.jupiter.api.BeforeAll;

            public class LoaderTest {
              private static SparkSession spark;
              private static JavaSparkContext jsc;
              private static Loader loader = new Loader();
              private static JavaRDD<String> lines;

              @BeforeAll
              static void setUp() {
                lines = jsc.parallelize(List.of("a", "b"));
              }

              private void check(Dataset<String> rows) {
                List<String> all = rows.collectAsList();
              }

              public void fromTheFixture() {
                JavaRDD<String> lines = jsc.textFile("big");
                check(LoaderTest.loader.extract(spark, LoaderTest.lines));
              }

              public void reassigned() {
                LoaderTest.lines = jsc.parallelize(List.of("c"));
                check(loader.extract(spark, lines));
              }
            }
            """)
        .expectNoFindings();
  }

  @Test
  void thisFieldIsTheFieldWhateverParameterHidesIt() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("fhir/Loader.java", LOADER)
        .addSource("fhir/Job.java", """
            package fhir;

            import java.util.List;
            import org.apache.spark.sql.SparkSession;

            public class Job {
              private final Loader loader = new Loader();
              private final String dir;

              public Job(String dir) {
                this.dir = dir;
              }

              public List<String> all(SparkSession spark, String loader) {
                // BUG: Diagnostic contains: `collect()`
                return this.loader.load(spark, dir).collect();
              }

              public List<String> few(SparkSession spark, Loader loader) {
                return this.loader.load(spark, dir).take(10);
              }
            }
            """)
        .expectMatches();
  }
}
