package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finding about a Spark setting made in Java is identified by its rule, file, enclosing member
 * and setting key: the edits people make to the builder chain around it (renaming the app,
 * reformatting, reordering calls) keep it baselined; moving it to another method or changing the
 * key does not.
 */
class SettingBaselineTest {
  private static final String JOB = """
      package jobs;
      import org.apache.spark.sql.SparkSession;
      class Boot {
        SparkSession start() {
          return SparkSession.builder()
              .appName("nightly")
              .config("spark.driver.maxResultSize", "0")
              .config("spark.ui.retainedJobs", "500000")
              .getOrCreate();
        }
      }
      """;

  @TempDir Path dir;

  private static List<Finding> analyze(String source) {
    return new Analyzer(SparklintConfig.defaults()).analyzeSource("src/jobs/Boot.java", source)
        .findings();
  }

  private static BaselineMatch afterEdit(String edited) {
    return BaselineMatch.match(analyze(edited), Baseline.of(analyze(JOB)), f -> true);
  }

  @Test
  void theEntryRecordsTheSettingNotTheChain() {
    assertThat(Baseline.of(analyze(JOB)).entries()).extracting(Baseline.Entry::code)
        .containsExactlyInAnyOrder("setting spark.driver.maxResultSize",
            "setting spark.ui.retainedJobs");
  }

  @Test
  void renamingReformattingAndReorderingTheChainKeepTheFindingsBaselined() {
    List<String> edits = List.of(
        JOB.replace("\"nightly\"", "\"nightly-v2\""),
        JOB.replace("\n          .config(\"spark.driver.maxResultSize\", \"0\")",
            " .config( \"spark.driver.maxResultSize\",\n \"0\" )"),
        JOB.replace("""
                  .config("spark.driver.maxResultSize", "0")
                  .config("spark.ui.retainedJobs", "500000")
            """, """
                  .config("spark.ui.retainedJobs", "500000")
                  .master("local[2]")
                  .config("spark.driver.maxResultSize", "0")
            """),
        JOB.replace("class Boot {", "class Boot {\n  static final int UNRELATED = 1;\n"));
    for (String edited : edits) {
      BaselineMatch match = afterEdit(edited);
      assertThat(match.fresh()).as(edited).isEmpty();
      assertThat(match.stale()).as(edited).isEmpty();
      assertThat(match.baselined()).as(edited).hasSize(2);
    }
  }

  @Test
  void anotherMethodAnotherKeyOrASecondCopyIsNew() {
    BaselineMatch moved = afterEdit(JOB.replace("SparkSession start()", "SparkSession boot()"));
    assertThat(moved.fresh()).hasSize(2);
    assertThat(moved.stale()).hasSize(2);

    BaselineMatch otherKey = afterEdit(JOB.replace("spark.ui.retainedJobs", "spark.ui.retainedStages"));
    assertThat(otherKey.fresh()).singleElement().extracting(Finding::code)
        .isEqualTo("setting spark.ui.retainedStages");

    BaselineMatch twice = afterEdit(JOB.replace(".getOrCreate()",
        ".config(\"spark.driver.maxResultSize\", \"0\").getOrCreate()"));
    assertThat(twice.fresh()).singleElement().extracting(Finding::code)
        .isEqualTo("setting spark.driver.maxResultSize");
  }

  @Test
  void aBaselineWrittenBeforeRecordedTheChainAndStillMatches() throws Exception {
    Path file = Files.writeString(dir.resolve("old-baseline.json"), """
        {
          "version": 1,
          "tool": "sparklint",
          "entries": [
            {
              "rule": "SparkUnlimitedMaxResultSize",
              "file": "src/jobs/Boot.java",
              "enclosing": "Boot#start",
              "code": "SparkSession.builder().appName(\\"nightly\\").config(\\"spark.driver.maxResultSize\\", \\"0\\")",
              "count": 1
            },
            {
              "rule": "SparkUnboundedCollect",
              "file": "src/jobs/Boot.java",
              "enclosing": "Boot#start",
              "code": "events.config(\\"x\\").collect()",
              "count": 1
            }
          ]
        }
        """);

    Baseline old = Baseline.read(file);

    assertThat(old.entries()).extracting(Baseline.Entry::code).containsExactlyInAnyOrder(
        "setting spark.driver.maxResultSize", "events.config(\"x\").collect()");
    BaselineMatch match = BaselineMatch.match(analyze(JOB.replace("nightly", "hourly")), old,
        f -> true);
    assertThat(match.baselined()).singleElement().extracting(Finding::ruleId)
        .isEqualTo("SparkUnlimitedMaxResultSize");
  }

  @Test
  void oldEntriesOfOneSettingBecomeOneEntryCountingThemAndSqlSetIsASettingToo() {
    Baseline old = Baseline.parse("""
        {"version": 1, "tool": "sparklint", "entries": [
          {"rule": "SparkUnlimitedMaxResultSize", "file": "Boot.java", "enclosing": "Boot#start",
           "code": "a.config(\\"spark.driver.maxResultSize\\", \\"0\\")", "count": 1},
          {"rule": "SparkUnlimitedMaxResultSize", "file": "Boot.java", "enclosing": "Boot#start",
           "code": "conf.set(\\"spark.driver.maxResultSize\\", limit(\\"0\\"))", "count": 1},
          {"rule": "SparkExcessiveUiRetention", "file": "Boot.java", "enclosing": "Boot#start",
           "code": "spark.sql(\\"SET spark.ui.retainedJobs = 500000\\")", "count": 1},
          {"rule": "SparkUnboundedCollect", "file": "Boot.java", "enclosing": "Boot#start",
           "code": "conf.set(KEY, \\"0\\")", "count": 1}
        ]}
        """);

    assertThat(old.entries()).extracting(e -> e.code() + " x" + e.count()).containsExactlyInAnyOrder(
        "setting spark.driver.maxResultSize x2", "setting spark.ui.retainedJobs x1",
        "conf.set(KEY, \"0\") x1");
  }

  @Test
  void sarifFingerprintsSurviveTheSameEditsUnderANewVersionedKey() {
    assertThat(Fingerprints.SARIF_KEY).isEqualTo("sparklint/v2");
    assertThat(Fingerprints.of(analyze(JOB)).values()).containsExactlyInAnyOrderElementsOf(
        Fingerprints.of(analyze(JOB.replace("\"nightly\"", "\"renamed\""))).values());
  }
}
