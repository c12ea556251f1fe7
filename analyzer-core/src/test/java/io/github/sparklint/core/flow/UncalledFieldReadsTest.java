package io.github.sparklint.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A collect in a method no analyzed code calls, of rows its object holds in a field a constructor
 * or setter was given ({@link UncalledFieldReads}), is of medium confidence and says why; the
 * same collect in a method that is called, of a field the class fills itself from a read, or in a
 * method a framework runs (a test) is of high confidence.
 */
class UncalledFieldReadsTest {
  private final RuleTester tester = RuleTester.forRule(new SparkUnboundedCollect());

  /** Pages given their rows by a constructor, Tracks by a setter; Events reads its own. */
  private RuleTester holders() {
    return tester.addSource("Pages.java", """
        import java.util.List;
        import org.apache.spark.api.java.JavaPairRDD;

        public class Pages {
          private final JavaPairRDD<Integer, String> pages;

          public Pages(JavaPairRDD<Integer, String> pages) {
            this.pages = pages;
          }

          public List<String> collectPages() {
            return pages.values().collect();
          }

          public List<String> pagesOfCell(int cell) {
            return pages.filter(p -> p._1() == cell).values().collect();
          }
        }
        """)
        .addSource("Tracks.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;

            public class Tracks {
              private JavaRDD<String> tracks;

              public void setTracks(JavaRDD<String> tracks) {
                this.tracks = tracks;
              }

              public List<String> all() {
                return tracks.collect();
              }
            }
            """)
        .addSource("Events.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;
            import org.apache.spark.sql.SparkSession;

            public class Events {
              private final Dataset<Row> events;

              public Events(SparkSession spark, String path) {
                this.events = spark.read().parquet(path);
              }

              public List<Row> all() {
                return events.collectAsList();
              }
            }
            """);
  }

  @Test
  void aFieldAnUncalledMethodsObjectIsGivenIsOfMediumConfidence() {
    holders().addSource("Job.java", """
        import org.apache.spark.api.java.JavaSparkContext;
        import org.apache.spark.sql.SparkSession;

        class Job {
          static scala.Tuple2<Integer, String> pair(String line) {
            return new scala.Tuple2<>(line.length(), line);
          }

          void run(JavaSparkContext sc, SparkSession spark) {
            Pages pages = new Pages(sc.textFile("/data/pages").mapToPair(l -> pair(l)));
            Tracks tracks = new Tracks();
            tracks.setTracks(sc.textFile("/data/tracks"));
            Events events = new Events(spark, "/data/events");
          }
        }
        """);
    assertThat(tester.findings())
        .extracting(f -> f.file() + ":" + f.line(), Finding::confidence)
        .containsExactlyInAnyOrder(
            Tuple.tuple("Pages.java:12", Confidence.MEDIUM),
            Tuple.tuple("Pages.java:16", Confidence.MEDIUM),
            Tuple.tuple("Tracks.java:12", Confidence.MEDIUM),
            // the class reads the table into its field itself: the code shows the rows
            Tuple.tuple("Events.java:14", Confidence.HIGH));
    assertThat(tester.findings().stream()
        .filter(f -> f.line() == 12 && f.file().equals("Pages.java")).findFirst().orElseThrow()
        .message()).endsWith("; the rows are those of the field `pages`,"
            + " which its object is given, and no call in the analyzed sources reaches"
            + " `collectPages()`");
  }

  @Test
  void theSameCollectsAreOfHighConfidenceWhenCalledOrRunByAFramework() {
    holders().addSource("Job.java", """
        import org.apache.spark.api.java.JavaSparkContext;

        class Job {
          static scala.Tuple2<Integer, String> pair(String line) {
            return new scala.Tuple2<>(line.length(), line);
          }

          void run(JavaSparkContext sc) {
            Pages pages = new Pages(sc.textFile("/data/pages").mapToPair(l -> pair(l)));
            pages.collectPages();
            pages.pagesOfCell(3);
            Tracks tracks = new Tracks();
            tracks.setTracks(sc.textFile("/data/tracks"));
            tracks.all();
          }
        }
        """)
        .addSource("TracksTest.java", """
            import java.util.List;
            import org.apache.spark.api.java.JavaRDD;
            import org.junit.jupiter.api.Test;

            class TracksTest {
              private JavaRDD<String> tracks;

              void given(JavaRDD<String> tracks) {
                this.tracks = tracks;
              }

              @Test
              void readsEveryTrack() {
                List<String> all = tracks.collect();
              }
            }
            """)
        .addSource("Setup.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            class Setup {
              void prepare(JavaSparkContext sc, TracksTest test) {
                test.given(sc.textFile("/data/tracks"));
              }
            }
            """);
    assertThat(tester.findings()).isNotEmpty()
        .allSatisfy(f -> assertThat(f.confidence()).isEqualTo(Confidence.HIGH))
        .noneSatisfy(f -> assertThat(f.message()).contains("which its object is given"));
    assertThat(tester.findings()).extracting(f -> f.file() + ":" + f.line())
        .contains("Pages.java:12", "Tracks.java:12", "TracksTest.java:14");
  }
}
