package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Rows kept in fields are followed ({@link FieldRows}): what a constructor stores in a field of
 * the object it makes, read where the object is made in sight; otherwise the weakest of every
 * value stored in the field anywhere, a setter's parameter filled from its callers.
 */
class ObjectStateTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** A base class declaring the field, a subclass whose constructors fill it, in other files. */
  private RuleTester shapes() {
    return tester.addSource("Shapes.java", """
        import org.apache.spark.api.java.JavaRDD;

        public class Shapes {
          public JavaRDD<String> raw;

          public void setRaw(JavaRDD<String> raw) {
            this.raw = raw;
          }
        }
        """)
        .addSource("Points.java", """
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;

            public class Points extends Shapes {
              public Points(JavaRDD<String> raw) {
                this.raw = raw;
              }

              public Points(JavaSparkContext sc, String path) {
                this.setRaw(sc.textFile(path).map(line -> line.trim()));
              }

              public Points(JavaSparkContext sc, String path, int partitions) {
                this(sc.textFile(path, partitions));
              }
            }
            """);
  }

  @Test
  void aConstructorsFileReadKeptInAnInheritedFieldIsUnbounded() {
    shapes().addSource("PointsTest.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaSparkContext;

        class PointsTest {
          void run(JavaSparkContext sc, String path) {
            Points read = new Points(sc, path);
            // BUG: Diagnostic contains: unbounded
            read.raw.collect();
            // BUG: Diagnostic contains: unbounded
            new Points(sc, path, 4).raw.collect();
            Points built = new Points(sc.parallelize(Arrays.asList("POINT (1 2)", "POINT (3 4)")));
            built.raw.collect();
          }
        }
        """).expectMatches();
  }

  @Test
  void aFieldReadThroughAnUnknownObjectStaysQuietWhenItsObjectsHoldFewRowsHereAndManyThere() {
    shapes().addSource("Joins.java", """
        import java.util.Arrays;
        import java.util.List;
        import org.apache.spark.api.java.JavaSparkContext;

        class Joins {
          static List<String> all(Shapes shapes) {
            return shapes.raw.collect();
          }

          void run(JavaSparkContext sc) {
            new Points(sc.parallelize(Arrays.asList("POINT (1 2)"))).raw.collect();
          }
        }
        """).expectMatches();
  }

  @Test
  void aFieldReadThroughAnUnknownObjectIsUnboundedWhenEveryValueStoredInItIs() {
    tester.addSource("Lines.java", """
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Lines {
          JavaRDD<String> raw = null;

          Lines(JavaRDD<String> raw) {
            this.raw = raw;
          }

          static Lines read(JavaSparkContext sc, String path) {
            return new Lines(sc.textFile(path));
          }
        }
        """)
        .addSource("Report.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaSparkContext;

            class Report {
              static List<String> all(Lines lines) {
                // BUG: Diagnostic contains: unbounded
                return lines.raw.collect();
              }

              void run(JavaSparkContext sc) {
                Lines read = Lines.read(sc, "/logs");
                // BUG: Diagnostic contains: unbounded
                read.raw.collect();
                new Lines(sc.textFile("/other/logs"));
              }
            }
            """).expectMatches();
  }

  @Test
  void anObjectPassedToAHelperCarriesWhatItsConstructorStored() {
    shapes().addSource("Query.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        class Query {
          static JavaRDD<String> both(Points a, Points b) {
            return a.raw.union(b.raw);
          }

          void run(JavaSparkContext sc, String path) {
            Points small = new Points(sc.parallelize(Arrays.asList("POINT (1 2)")));
            both(small, small).collect();
            // BUG: Diagnostic contains: unbounded
            both(new Points(sc, path), small).collect();
          }
        }
        """).expectMatches();
  }

  /** A step object whose rows a setter stores and a getter returns. */
  private RuleTester step() {
    return tester.addSource("Step.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Step {
          public Dataset<Row> data;

          public void setData(Dataset<Row> data) {
            this.data = data;
          }

          public Dataset<Row> getData() {
            return data;
          }
        }
        """);
  }

  @Test
  void anObjectMadeInSightWhoseConstructorStoresNothingThereIsNotJudgedByOtherObjects() {
    shapes().addSource("Partitioned.java", """
        import java.util.Arrays;
        import org.apache.spark.api.java.JavaRDD;
        import org.apache.spark.api.java.JavaSparkContext;

        public class Partitioned extends Points {
          public JavaRDD<String> parts;

          Partitioned(JavaRDD<String> raw) {
            super(raw);
          }

          void partition() {
            this.parts = this.raw.repartition(8);
          }

          void run(JavaSparkContext sc, String path) {
            Partitioned small = new Partitioned(sc.parallelize(Arrays.asList("POINT (1 2)")));
            small.partition();
            small.parts.collect();
            small.raw.collect();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void aFieldOnlyEverGivenDriverDataIsNotReported() {
    step()
        .addSource("StepTest.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class StepTest {
              void run(SparkSession spark, List<Row> rows, StructType schema) {
                Step step = new Step();
                step.setData(spark.createDataFrame(rows, schema));
                step.getData().collectAsList();
              }
            }
            """).expectNoFindings();
  }

  @Test
  void aSetterGivenOnlyTableReadsMakesItsGetterUnbounded() {
    step()
        .addSource("Load.java", """
            import org.apache.spark.sql.SparkSession;

            class Load {
              void load(SparkSession spark, Step step) {
                step.setData(spark.read().parquet("/warehouse/events"));
              }
            }
            """)
        .addSource("StepTest.java", """
            import org.apache.spark.sql.SparkSession;

            class StepTest {
              void run(SparkSession spark, Step step) {
                step.setData(spark.table("events"));
                // BUG: Diagnostic contains: unbounded
                step.getData().collectAsList();
              }
            }
            """).expectMatches();
  }

  @Test
  void aSetterGivenATableHereAndDriverDataThereLeavesItsGetterQuiet() {
    step()
        .addSource("Load.java", """
            import org.apache.spark.sql.SparkSession;

            class Load {
              void load(SparkSession spark, Step step) {
                step.setData(spark.read().parquet("/warehouse/events"));
              }
            }
            """)
        .addSource("StepTest.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class StepTest {
              void run(SparkSession spark, List<Row> rows, StructType schema, Step step) {
                step.setData(spark.createDataFrame(rows, schema));
                step.getData().collectAsList();
              }
            }
            """).expectNoFindings();
  }

  @Test
  void aSetterAlsoGivenRowsOfUnknownOriginStaysQuiet() {
    step()
        .addSource("StepTest.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class StepTest {
              void run(SparkSession spark, List<Row> rows, StructType schema, Step step) {
                step.setData(spark.createDataFrame(rows, schema));
                step.setData(Frames.fromSomewhere());
                step.data.collectAsList();
              }
            }
            """).expectNoFindings();
  }

  @Test
  void aFieldGivenATableReadInOneConstructorAndDriverDataInAnotherIsReported() {
    tester.addSource("Holder.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        public class Holder {
          final Dataset<Row> rows;

          Holder(SparkSession spark, List<Row> local, StructType schema) {
            this.rows = spark.createDataFrame(local, schema);
          }

          Holder(SparkSession spark) {
            this.rows = spark.table("events");
          }

          List<Row> all() {
            // BUG: Diagnostic contains: unbounded
            return rows.collectAsList();
          }
        }
        """).expectMatches();
  }

  @Test
  void aFieldThatFeedsOnItselfOrAnotherFieldEnds() {
    tester.addSource("Cycle.java", """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        import org.apache.spark.sql.SparkSession;
        import org.apache.spark.sql.types.StructType;

        public class Cycle {
          Dataset<Row> left;
          Dataset<Row> right;

          Cycle(SparkSession spark, List<Row> local, StructType schema) {
            left = spark.createDataFrame(local, schema);
            right = left.filter("x > 0");
          }

          void step() {
            left = right.limit(10);
            right = left.filter("x > 1");
            left = left.filter("x > 2");
          }

          List<Row> both() {
            return left.union(right).collectAsList();
          }
        }
        """).expectNoFindings();
  }

  @Test
  void aStaticFieldAssignedInAnotherClassIsFollowed() {
    tester.addSource("Tables.java", """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Tables {
          public static Dataset<Row> events;
          public static Dataset<Row> codes;
        }
        """)
        .addSource("Setup.java", """
            import java.util.List;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;
            import org.apache.spark.sql.types.StructType;

            class Setup {
              void setUp(SparkSession spark, List<Row> local, StructType schema) {
                Tables.events = spark.read().parquet("/warehouse/events");
                Tables.codes = spark.createDataFrame(local, schema);
              }
            }
            """)
        .addSource("Report.java", """
            class Report {
              void print() {
                // BUG: Diagnostic contains: unbounded
                Tables.events.collectAsList();
                Tables.codes.collectAsList();
              }
            }
            """).expectMatches();
  }
}
