package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.cli.RecipeProject.ScriptRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci/gitlab-ci.yml: its job's {@code script} lines run with its {@code variables} in a
 * project holding the scripts where the file says to copy them, and the Code Quality file the job
 * declares as {@code artifacts: reports: codequality:} is what they wrote. GitLab itself cannot run
 * here; the keys it needs are checked instead.
 */
class GitLabRecipeIT {
  private static final Path TEMPLATE = RecipeProject.CI.resolve("gitlab-ci.yml");
  private static final String EXPORT = "src/main/java/jobs/Export.java";

  @TempDir Path dir;
  private RecipeProject project;
  private Map<String, Object> job;

  @BeforeEach
  void copyTheRecipe() throws IOException {
    project = new RecipeProject(dir).withScriptsIn(".gitlab/sparklint");
    Map<String, Object> jobs = RecipeProject.map(RecipeProject.yaml(TEMPLATE), "gitlab-ci.yml");
    assertThat(jobs).containsOnlyKeys("sparklint");
    job = RecipeProject.map(jobs.get("sparklint"), "the sparklint job");
  }

  @Test
  void theJobHasTheKeysGitLabNeedsAndUploadsItsReportEvenWhenItFails() {
    assertThat(job).containsKeys("stage", "image", "variables", "script", "artifacts");
    assertThat(job.get("script")).asList().isNotEmpty().allMatch(line -> line instanceof String);
    Map<String, Object> artifacts = RecipeProject.map(job.get("artifacts"), "artifacts");
    assertThat(artifacts.get("when")).isEqualTo("always");
    Map<String, Object> reports = RecipeProject.map(artifacts.get("reports"), "reports");
    assertThat(reports.get("codequality")).isEqualTo(variables().get("SPARKLINT_REPORT"));
    assertThat(variables()).containsEntry("SPARKLINT_FORMAT", "codequality");
  }

  @Test
  void theJobWritesTheCodeQualityReportWithTheNewFindingAndFails() throws IOException {
    project.write(EXPORT, exportJob("all"));

    ScriptRun run = runTheJob();

    assertThat(run.exitCode()).as(run.output()).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.output()).contains("src/main/java/jobs/Export.java:9:18: warning: "
        + "[SparkUnboundedCollect]");
    JsonArray issues = JsonParser.parseString(project.read(report())).getAsJsonArray();
    assertThat(issues).hasSize(1);
    JsonObject issue = issues.get(0).getAsJsonObject();
    assertThat(issue.get("check_name").getAsString()).isEqualTo("SparkUnboundedCollect");
    assertThat(issue.get("description").getAsString()).startsWith("`collectAsList()` copies");
    assertThat(issue.get("severity").getAsString()).isEqualTo("major");
    assertThat(issue.get("fingerprint").getAsString()).matches("[0-9a-f]{32}");
    JsonObject location = issue.getAsJsonObject("location");
    assertThat(location.get("path").getAsString()).isEqualTo("src/main/java/jobs/Export.java");
    assertThat(location.getAsJsonObject("lines").get("begin").getAsInt()).isEqualTo(9);
  }

  @Test
  void aBaselinedFindingPassesTheJobWithAnEmptyReport() throws IOException {
    project.write(EXPORT, exportJob("accepted")).write("sparklint-baseline.json", """
        {"version": 1, "tool": "sparklint", "entries": [
          {"rule": "SparkUnboundedCollect", "file": "src/main/java/jobs/Export.java",
           "enclosing": "Export#accepted", "code": "table.collectAsList()", "count": 1}]}
        """);

    ScriptRun run = runTheJob();

    assertThat(run.exitCode()).as(run.output()).isZero();
    assertThat(run.output()).contains("sparklint: 1 finding (0 new, 1 baselined)");
    assertThat(project.read(report())).isEqualTo("[]\n");
  }

  /** Each script line of the job, in order, with the job's variables, as the runner does. */
  private ScriptRun runTheJob() throws IOException {
    Map<String, String> env = new HashMap<>();
    variables().forEach((k, v) -> env.put(k, String.valueOf(v)));
    ScriptRun last = null;
    for (Object line : (List<?>) job.get("script")) {
      last = project.bash((String) line, env);
      if (last.exitCode() != 0) {
        return last;
      }
    }
    return last;
  }

  /** A job whose method {@code method} collects a whole table (line 9, column 18). */
  private static String exportJob(String method) {
    return """
        package jobs;

        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public final class Export {
          static List<Row> %s(org.apache.spark.sql.SparkSession spark) { Dataset<Row> table = spark.table("t");
            return table.collectAsList();
          }
        }
        """.formatted(method);
  }

  private Map<String, Object> variables() {
    return RecipeProject.map(job.get("variables"), "variables");
  }

  private String report() {
    Map<String, Object> artifacts = RecipeProject.map(job.get("artifacts"), "artifacts");
    return (String) RecipeProject.map(artifacts.get("reports"), "reports").get("codequality");
  }
}
