package io.github.sparklint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.RuleTester;
import io.github.sparklint.core.rules.SparkUnboundedCollect;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * A finding whose rows come through helpers in other files carries that path: as related
 * locations of the finding, in SARIF as {@code relatedLocations} and a {@code codeFlows} thread
 * from the origin to the flagged line, and in JSON; the text line stays as it was.
 */
class OriginPathReportTest {
  private static final String LOADER = """
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      class Loader {
        static Dataset<Row> events(SparkSession spark) {
          return spark.read().parquet("/data/events");
        }
      }
      """;

  private static final String FIXTURES = """
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      class Fixtures {
        static Dataset<Row> clicks(SparkSession spark) {
          return Loader.events(spark).filter("kind = 'click'");
        }

        static Dataset<Row> preview(SparkSession spark) {
          return Loader.events(spark).limit(10);
        }
      }
      """;

  private static final String JOB = """
      import org.apache.spark.sql.SparkSession;

      class Job {
        void run(SparkSession spark) {
          Fixtures.clicks(spark).collectAsList();
          Fixtures.preview(spark).collectAsList();
          spark.read().parquet("/local").collectAsList();
        }
      }
      """;

  private List<Finding> findings() {
    return RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("src/Loader.java", LOADER)
        .addSource("src/Fixtures.java", FIXTURES)
        .addSource("src/Job.java", JOB)
        .findings();
  }

  @Test
  void aFindingThroughTwoHelpersCarriesEachStepWithTheOriginLast() {
    List<Finding> findings = findings();

    assertThat(findings).extracting(Finding::line).containsExactly(5, 7);
    assertThat(findings.get(0).related()).containsExactly(
        new Finding.RelatedLocation("src/Fixtures.java", 6,
            "rows pass through `Fixtures.clicks()`"),
        new Finding.RelatedLocation("src/Loader.java", 6,
            "rows come from `Loader.events()`, unbounded"));
    assertThat(findings.get(1).related()).as("built in the flagged file itself").isEmpty();
  }

  @Test
  void aBuiltInModelIsNamedInTheMessageButIsNoLocation() {
    List<Finding> findings = RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("src/Indexes.java", """
            import org.apache.spark.api.java.JavaRDD;
            import org.apache.spark.api.java.JavaSparkContext;
            import org.elasticsearch.spark.rdd.api.java.JavaEsSpark;

            class Indexes {
              static JavaRDD<?> logs(JavaSparkContext jsc) {
                return JavaEsSpark.esRDD(jsc, "logs").values();
              }
            }
            """)
        .addSource("src/Job.java", """
            import org.apache.spark.api.java.JavaSparkContext;

            class Job {
              void run(JavaSparkContext jsc) {
                Indexes.logs(jsc).collect();
              }
            }
            """)
        .findings();

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).message()).contains("`JavaEsSpark.esRDD()` (a built-in model)");
    assertThat(findings.get(0).related()).extracting(Finding.RelatedLocation::file)
        .as("no location in a file the user does not have").containsExactly("src/Indexes.java");
  }

  @Test
  void sarifCarriesRelatedLocationsAndACodeFlowFromTheOrigin() {
    List<Finding> findings = findings();
    JsonObject run = JsonParser.parseString(SarifReport.render(
            new AnalysisResult(findings, List.of(), 3, 0), Path.of("/repo")))
        .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    JsonObject through = run.getAsJsonArray("results").get(0).getAsJsonObject();
    JsonObject local = run.getAsJsonArray("results").get(1).getAsJsonObject();

    JsonArray related = through.getAsJsonArray("relatedLocations");
    assertThat(related).hasSize(2);
    JsonObject origin = related.get(1).getAsJsonObject();
    assertThat(origin.get("id").getAsInt()).isEqualTo(2);
    assertThat(uri(origin)).isEqualTo("src/Loader.java");
    assertThat(line(origin)).isEqualTo(6);
    assertThat(origin.getAsJsonObject("message").get("text").getAsString())
        .isEqualTo("rows come from `Loader.events()`, unbounded");

    JsonArray thread = through.getAsJsonArray("codeFlows").get(0).getAsJsonObject()
        .getAsJsonArray("threadFlows").get(0).getAsJsonObject().getAsJsonArray("locations");
    assertThat(thread).hasSize(3);
    assertThat(List.of(step(thread, 0), step(thread, 1), step(thread, 2)))
        .extracting(OriginPathReportTest::uri)
        .containsExactly("src/Loader.java", "src/Fixtures.java", "src/Job.java");
    assertThat(line(step(thread, 2))).isEqualTo(5);

    assertThat(local.has("relatedLocations")).isFalse();
    assertThat(local.has("codeFlows")).isFalse();
  }

  @Test
  void jsonListsThePathAndTheTextLineIsUnchanged() {
    List<Finding> findings = findings();
    AnalysisResult result = new AnalysisResult(findings, List.of(), 3, 0);

    JsonArray all = JsonParser.parseString(JsonReport.render(result)).getAsJsonObject()
        .getAsJsonArray("findings");
    JsonArray related = all.get(0).getAsJsonObject().getAsJsonArray("related");
    assertThat(related).hasSize(2);
    assertThat(related.get(1).getAsJsonObject().get("file").getAsString())
        .isEqualTo("src/Loader.java");
    assertThat(related.get(1).getAsJsonObject().get("line").getAsInt()).isEqualTo(6);
    assertThat(all.get(1).getAsJsonObject().has("related")).isFalse();

    Finding alone = new Finding(findings.get(0).ruleId(), findings.get(0).severity(),
        findings.get(0).file(), findings.get(0).line(), findings.get(0).column(),
        findings.get(0).message(), findings.get(0).fix(), findings.get(0).enclosing(),
        findings.get(0).code());
    assertThat(TextReport.line(findings.get(0))).isEqualTo(TextReport.line(alone))
        .contains("the rows come from `Loader.events()` (Loader.java:6)");
  }

  @Test
  void aCallHandingRowsToACollectingHelperNamesTheCollectFirstAndEndsTheFlowThere() {
    List<Finding> findings = RuleTester.forRule(new SparkUnboundedCollect())
        .addSource("src/Loader.java", LOADER)
        .addSource("src/Rows.java", """
            import java.util.List;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            class Rows {
              static List<Row> all(Dataset<Row> ds) {
                return ds.collectAsList();
              }
            }
            """)
        .addSource("src/Job.java", """
            import org.apache.spark.sql.SparkSession;

            class Job {
              void run(SparkSession spark) {
                Rows.all(Loader.events(spark));
                Rows.all(spark.range(5).toDF());
              }
            }
            """)
        .findings();

    assertThat(findings).extracting(Finding::file, Finding::line).containsExactly(
        Tuple.tuple("src/Job.java", 5));
    assertThat(findings.get(0).related()).containsExactly(
        new Finding.RelatedLocation("src/Rows.java", 7,
            "the rows are brought to the driver here, in `Rows.all()`", Finding.Role.SINK),
        new Finding.RelatedLocation("src/Loader.java", 6,
            "rows come from `Loader.events()`, unbounded"));

    AnalysisResult result = new AnalysisResult(findings, List.of(), 3, 0);
    JsonObject json = JsonParser.parseString(JsonReport.render(result)).getAsJsonObject()
        .getAsJsonArray("findings").get(0).getAsJsonObject();
    assertThat(json.getAsJsonArray("related").get(0).getAsJsonObject().get("role").getAsString())
        .isEqualTo("sink");
    assertThat(json.getAsJsonArray("related").get(1).getAsJsonObject().get("role").getAsString())
        .isEqualTo("upstream");

    JsonArray thread = JsonParser.parseString(SarifReport.render(result, Path.of("/repo")))
        .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("codeFlows").get(0)
        .getAsJsonObject().getAsJsonArray("threadFlows").get(0).getAsJsonObject()
        .getAsJsonArray("locations");
    assertThat(List.of(step(thread, 0), step(thread, 1), step(thread, 2)))
        .as("from the read, through the flagged call, into the helper's collect")
        .extracting(OriginPathReportTest::uri)
        .containsExactly("src/Loader.java", "src/Job.java", "src/Rows.java");
    assertThat(line(step(thread, 2))).isEqualTo(7);
  }

  private static JsonObject step(JsonArray thread, int i) {
    return thread.get(i).getAsJsonObject().getAsJsonObject("location");
  }

  private static String uri(JsonObject location) {
    return location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation")
        .get("uri").getAsString();
  }

  private static int line(JsonObject location) {
    return location.getAsJsonObject("physicalLocation").getAsJsonObject("region")
        .get("startLine").getAsInt();
  }
}
