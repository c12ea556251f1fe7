package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines, changed-lines mode, sparklint.yaml and the dashboard formats, through the command. */
class GateTest {
  @TempDir Path project;

  private CommandRun run(String... args) {
    List<String> all = new ArrayList<>(List.of("--base-dir", project.toString()));
    all.addAll(List.of(args));
    all.add(project.resolve("src").toString());
    return CommandRun.of(all.toArray(String[]::new));
  }

  @Test
  void baselineHidesTodaysFindingsMovedCodeStaysHiddenAndANewOneFails() throws IOException {
    Path job = SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Path baseline = project.resolve("sparklint-baseline.json");

    CommandRun created = run("--create-baseline", baseline.toString());
    assertThat(created.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(created.out()).isEqualTo("sparklint: baseline of 2 findings written to " + baseline + "\n");

    Files.writeString(job, SparkSources.REPORT_JOB.replace("public final class ReportJob {",
        "public final class ReportJob {\n  // moved down\n\n"));
    CommandRun moved = run("--baseline", baseline.toString());
    assertThat(moved.exitCode()).as(moved.out()).isEqualTo(Main.EXIT_OK);
    assertThat(moved.out()).contains("sparklint: 2 findings (0 new, 2 baselined)\n");

    SparkSources.write(project, "WordJob.java", SparkSources.WORD_JOB);
    CommandRun fresh = run("--baseline", baseline.toString());
    assertThat(fresh.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(fresh.out()).startsWith("src/main/java/jobs/WordJob.java:10:")
        .contains("sparklint: 3 findings (1 new, 2 baselined)\n")
        .doesNotContain("ReportJob.java:");
  }

  @Test
  void staleEntriesAreReportedAndRemovable() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Path word = SparkSources.write(project, "WordJob.java", SparkSources.WORD_JOB);
    Path baseline = project.resolve("baseline.json");
    run("--create-baseline", baseline.toString());
    Files.delete(word);

    CommandRun stale = run("--baseline", baseline.toString());
    assertThat(stale.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(stale.out()).contains("sparklint: 1 baseline entry is stale (the code they accepted"
        + " is gone or fixed); drop them with --remove-stale");

    CommandRun removed = run("--baseline", baseline.toString(), "--remove-stale");
    assertThat(removed.out()).contains("sparklint: removed 1 stale entries from " + baseline);
    assertThat(Files.readString(baseline)).doesNotContain("WordJob");
    assertThat(run("--baseline", baseline.toString()).out()).doesNotContain("stale");
  }

  @Test
  void configFileAtBaseDirIsFoundAndItsErrorsNameTheLine() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Files.createDirectories(project.resolve("src/gen"));
    Files.writeString(project.resolve("src/gen/WordJob.java"), SparkSources.WORD_JOB);
    Path yaml = Files.writeString(project.resolve("sparklint.yaml"), """
        rules:
          SparkLargeTake: off
          SparkUnboundedCollect:
            severity: note
        exclude:
          - "src/gen/**"
        """);

    CommandRun configured = run("--fail-on", "warning");
    assertThat(configured.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(configured.out()).startsWith("src/main/java/jobs/ReportJob.java:13:25: note: ")
        .contains("sparklint: 1 finding in 1 file analyzed");

    Files.writeString(yaml, "rules:\n  SparkLargeTake:\n    options:\n      maxRows: many\n");
    CommandRun bad = run();
    assertThat(bad.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(bad.err()).startsWith("sparklint: " + yaml + ":4: option SparkLargeTake:maxRows has"
        + " value 'many'");
    CommandRun missing = run("--config", project.resolve("nope.yaml").toString());
    assertThat(missing.err()).contains("nope.yaml does not exist");
  }

  @Test
  void aModelConditionedOnAnArgumentsClassPicksItsRowsAndABadConditionStopsTheRun()
      throws IOException {
    SparkSources.write(project, "GraphJob.java", """
        package jobs;

        import com.acme.graph.Graph;
        import com.acme.graph.ReadAll;
        import com.acme.graph.ReadEdge;
        import org.apache.spark.api.java.JavaRDD;

        class GraphJob {
          void run(Graph graph) {
            JavaRDD<String> all = graph.execute(new ReadAll.Builder().build());
            all.collect();
            JavaRDD<String> edge = graph.execute(new ReadEdge("a", "b"));
            edge.collect();
          }
        }
        """);
    Path yaml = project.resolve("sparklint.yaml");
    String models = """
        models:
          version: 2
          methods:
            - {class: com.acme.graph.Graph, method: execute, arity: 1, fact: rows, argument: unbounded, when: %s}
            - {class: com.acme.graph.Graph, method: execute, arity: 1, fact: rows, argument: bounded 1, when: argument 0 is ReadEdge}
        """;

    Files.writeString(yaml, models.formatted("argument 0 is com.acme.graph.ReadAll"));
    CommandRun found = run();
    assertThat(found.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(found.unwrapped()).startsWith("src/main/java/jobs/GraphJob.java:11:9: warning: "
        + "[SparkUnboundedCollect] `collect()` copies every row");
    assertThat(found.unwrapped()).contains("the rows come from `Graph.execute()` (sparklint.yaml:4)")
        .doesNotContain("GraphJob.java:13");

    Files.writeString(yaml, models.formatted("argument 0 = ReadAll"));
    CommandRun bad = run();
    assertThat(bad.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(bad.err()).startsWith("sparklint: " + yaml + ":4: models: field 'when': "
        + "'argument 0 = ReadAll' is not a condition; write 'argument N is ClassName'");
  }

  @Test
  void modelsInTheConfigFileReachTheAnalysisAndAChangedModelReChecksCachedFiles()
      throws IOException {
    SparkSources.write(project, "ExportJob.java", """
        package jobs;

        import com.acme.platform.Exporter;
        import com.acme.platform.Lookup;

        class ExportJob {
          void run() {
            Exporter.toDriver(Lookup.codes());
          }
        }
        """);
    Path yaml = project.resolve("sparklint.yaml");
    String models = """
        models:
          version: 1
          methods:
            - {class: com.acme.platform.Exporter, method: toDriver, arity: 1, fact: collects, argument: 0}
            - {class: com.acme.platform.Lookup, method: codes, fact: returns, argument: dataset}
            - {class: com.acme.platform.Lookup, method: codes, fact: rows, argument: %s}
        """;
    String cache = project.resolve("cache").toString();

    Files.writeString(yaml, models.formatted("unbounded"));
    CommandRun unbounded = run("--cache", cache);
    assertThat(unbounded.exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(unbounded.unwrapped()).startsWith("src/main/java/jobs/ExportJob.java:8:14: warning: "
        + "[SparkUnboundedCollect] `toDriver(...)` brings every row of its argument to the driver "
        + "(in `Exporter.toDriver()` (sparklint.yaml:4)), and nothing bounds those rows; the rows "
        + "come from `Lookup.codes()` (sparklint.yaml:6)");

    Files.writeString(yaml, models.formatted("bounded 20"));
    CommandRun bounded = run("--cache", cache);
    assertThat(bounded.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(bounded.out()).contains("sparklint: 0 findings in 1 file analyzed");

    Files.writeString(yaml, models.formatted("bounded twenty"));
    CommandRun bad = run();
    assertThat(bad.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(bad.err()).startsWith("sparklint: " + yaml + ":6: models: field 'argument': "
        + "'rows' takes unbounded, bounded N");
  }

  @Test
  void checkstyleAndHtmlAreEscapedDocuments() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    CommandRun xml = run("--format", "checkstyle");
    assertThat(xml.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle")
        .contains("<file name=\"src/main/java/jobs/ReportJob.java\">")
        .contains("<error line=\"13\" column=\"25\" severity=\"warning\" message=\"`collectAsList()`")
        .contains("source=\"sparklint.SparkUnboundedCollect\"/>");
    CommandRun html = run("--format", "html");
    assertThat(html.out()).startsWith("<!DOCTYPE html>")
        .contains("<span class=\"badge new\">new</span>").contains("big.collectAsList()");
    assertThat(html.out().split("<script")).as("only the report's own script").hasSize(2);
    assertThat(html.out().replaceAll("<[^>]*>", "")).doesNotContain("<", ">");
  }

  @Test
  void htmlReportNamesTheFilesThatCouldNotBeAnalyzedAsTheOtherReportsDo() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    SparkSources.write(project, "BrokenJob.java", SparkSources.BROKEN_JOB);

    CommandRun html = run("--format", "html");

    assertThat(html.out())
        .contains("(0 without Spark skipped), 1 file could not be analyzed.</p>")
        .contains("<h2>Files that could not be analyzed</h2>")
        .contains("<td>src/main/java/jobs/BrokenJob.java:5:")
        .doesNotContainIgnoringCase("file error");
    assertThat(run("--format", "text").out()).contains("1 file could not be analyzed");
  }

  @Test
  void maxAllowedViolationsToleratesThatManyFailingFindingsTheFlagOverTheFile() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    assertThat(run("--max-allowed-violations", "2").exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(run("--max-allowed-violations", "1").exitCode()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run("--max-allowed-violations", "2", "--fail-on", "note").out())
        .as("the findings are still printed").contains("[SparkUnboundedCollect]");

    Files.writeString(project.resolve("sparklint.yaml"), "maxAllowedViolations: 2\nfailOn: error\n");
    assertThat(run().exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(run("--fail-on", "warning").exitCode()).as("the file's limit still applies")
        .isEqualTo(Main.EXIT_OK);
    assertThat(run("--max-allowed-violations", "0", "--fail-on", "warning").exitCode())
        .isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run("--max-allowed-violations", "-1").err())
        .isEqualTo("sparklint: --max-allowed-violations has value '-1'; expected a whole number"
            + " from 0 to 2147483647\n");
  }

  @Test
  void badGateCombinationsAreUsageErrors() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    assertThat(run("--remove-stale").err()).isEqualTo("sparklint: --remove-stale needs --baseline FILE\n");
    assertThat(run("--create-baseline", "b.json", "--new-since", "HEAD").err())
        .contains("cannot be combined with --baseline or --new-since");
    CommandRun notGit = run("--new-since", "HEAD");
    assertThat(notGit.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(notGit.err()).contains("is not inside a git work tree");
  }

  @Test
  void aBaselineWithAnAbsurdNumberIsAConfigurationErrorNotACrash() throws IOException {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    Path baseline = Files.writeString(project.resolve("sparklint-baseline.json"), """
        {
          "version": 1,
          "entries": [
            {"rule": "R", "file": "F", "enclosing": "E", "code": "C", "count": 1e999999999}
          ]
        }
        """);

    CommandRun run = run("--baseline", baseline.toString());

    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(run.err()).isEqualTo("sparklint: baseline " + baseline + ":4: entries[0].count is"
        + " 1e999999999; expected a whole number from 1 to 2147483647\n");
  }
}
