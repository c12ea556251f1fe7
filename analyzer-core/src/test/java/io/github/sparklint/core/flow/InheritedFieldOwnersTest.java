package io.github.sparklint.core.flow;

import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.junit.jupiter.api.Test;

/**
 * Which field a name reads across files: a constant of an interface the class (or its superclass)
 * implements is inherited like a superclass's field, the SQL text of a final String field declared
 * in another file is read where a subclass runs it, and two classes' fields of the same name are
 * two fields, also when one holds what the other holds.
 */
class InheritedFieldOwnersTest {
  private static final String SETTINGS = """
      package env;

      import org.apache.spark.api.java.JavaSparkContext;

      public interface Settings extends Paths {
        JavaSparkContext SC = Contexts.shared();
      }
      """;

  private static final String PATHS = """
      package env;

      public interface Paths {
        String DATA = "hdfs:///data/points";
      }
      """;

  private static final String CONTEXTS = """
      package env;

      import org.apache.spark.api.java.JavaSparkContext;

      public final class Contexts {
        private static JavaSparkContext context;

        public static synchronized JavaSparkContext shared() {
          if (context == null) {
            context = new JavaSparkContext();
          }
          return context;
        }
      }
      """;

  @Test
  void aContextConstantOfAnImplementedInterfaceReadsLikeALocalContext() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("env/Settings.java", SETTINGS)
        .addSource("env/Paths.java", PATHS)
        .addSource("env/Contexts.java", CONTEXTS)
        .addSource("jobs/Base.java", """
            package jobs;

            import env.Settings;

            abstract class Base implements java.io.Serializable, Settings {}
            """)
        .addSource("jobs/Points.java", """
            package jobs;

            import env.Settings;
            import java.util.List;

            class Points implements java.io.Serializable, Settings {
              List<String> all() {
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                return SC.textFile(DATA).collect();
              }

              List<String> few() {
                return SC.textFile(DATA).take(10);
              }
            }
            """)
        .addSource("jobs/Lines.java", """
            package jobs;

            import java.util.List;

            class Lines extends Base {
              List<String> all() {
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                return SC.textFile("lines").collect();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aClassThatDeclaresNoSuchConstantReadsNothingFromAnUnrelatedInterface() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("env/Settings.java", SETTINGS)
        .addSource("env/Paths.java", PATHS)
        .addSource("env/Contexts.java", CONTEXTS)
        .addSource("jobs/Points.java", """
            package jobs;

            import java.util.List;

            class Points {
              private final Lines SC = new Lines();

              List<String> all() {
                return SC.textFile("points").collect();
              }

              static class Lines {
                Lines textFile(String path) { return this; }
                List<String> collect() { return List.of(); }
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void aFieldFilledFromAnotherClassesSameNamedFieldHoldsItsRows() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("index/Partitions.java", """
            package index;

            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import scala.Tuple2;

            public class Partitions {
              private JavaPairRDD<Integer, String> parts;

              public void build(JavaSparkContext sc) {
                parts = sc.textFile("points").mapToPair(line -> new Tuple2<>(line.length(), line))
                    .reduceByKey((a, b) -> a + b);
              }

              public JavaPairRDD<Integer, String> getParts() {
                return parts;
              }
            }
            """)
        .addSource("index/Query.java", """
            package index;

            import java.util.List;
            import org.apache.spark.api.java.JavaPairRDD;

            public class Query {
              private final JavaPairRDD<Integer, String> parts;

              public Query(JavaPairRDD<Integer, String> parts) {
                this.parts = parts;
              }

              public List<String> all() {
                // BUG: Diagnostic contains: copies every row of an unbounded RDD
                return parts.values().collect();
              }
            }
            """)
        .addSource("index/Small.java", """
            package index;

            import java.util.List;
            import org.apache.spark.api.java.JavaPairRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import scala.Tuple2;

            public class Small {
              private final JavaPairRDD<Integer, String> parts;

              public Small(JavaSparkContext sc, List<Tuple2<Integer, String>> fixture) {
                this.parts = sc.parallelizePairs(fixture);
              }

              public List<String> all() {
                return parts.values().collect();
              }
            }
            """)
        .addSource("index/Job.java", """
            package index;

            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext sc) {
                Partitions partitions = new Partitions();
                partitions.build(sc);
                new Query(partitions.getParts()).all();
              }
            }
            """)
        .expectMatches();
  }

  @Test
  void theStatementOfAConstantInheritedFromAnotherFileIsRead() {
    RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("it/BaseIT.java", """
            package it;

            import org.apache.spark.sql.SparkSession;

            public abstract class BaseIT {
              protected static final String TABLE = "catalog.db.events";
              protected static final String SHOW = "SHOW TABLES";
              protected static final String SELECT_ALL = String.format("SELECT * FROM %s", TABLE);
              protected static final String COUNT_ALL = "SELECT count(*) FROM " + TABLE;
              protected static String lastQuery = "SELECT * FROM " + TABLE;
              protected static SparkSession spark;
            }
            """)
        .addSource("it/ReadIT.java", """
            package it;

            class ReadIT extends BaseIT {
              void read() {
                // BUG: Diagnostic contains: `collectAsList()`
                spark.sql(SELECT_ALL).collectAsList();
                spark.sql(COUNT_ALL).collectAsList();
                spark.sql(SHOW).collectAsList();
                // not final: what it holds when this runs is out of sight, which is quiet
                spark.sql(lastQuery).collectAsList();
              }
            }
            """)
        .expectMatches();
  }
}
