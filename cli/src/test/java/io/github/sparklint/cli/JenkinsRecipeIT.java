package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.cli.RecipeProject.ScriptRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/ci/Jenkinsfile: its {@code sh} step runs with its {@code environment} in a project holding
 * the scripts where the file says to copy them, and writes the SARIF file its {@code recordIssues}
 * step hands to Warnings NG's {@code sarif} tool, with the fields that parser reads. Jenkins itself
 * cannot run here.
 */
class JenkinsRecipeIT {
  private static final Pattern SH_STEP = Pattern.compile("^\\s*sh '([^']+)'$", Pattern.MULTILINE);
  private static final Pattern ENVIRONMENT = Pattern.compile("environment \\{([^}]*)}");
  private static final Pattern VARIABLE = Pattern.compile("(\\w+) = '([^']*)'");
  private static final Pattern SARIF_TOOL = Pattern.compile(
      "recordIssues\\(tools: \\[sarif\\([^)]*pattern: '([^']+)'[^)]*\\)]\\)");

  @TempDir Path dir;
  private String jenkinsfile;

  @BeforeEach
  void readTheRecipe() throws IOException {
    jenkinsfile = Files.readString(RecipeProject.CI.resolve("Jenkinsfile"));
  }

  @Test
  void theStepWritesTheSarifFileWarningsNgRecordsWithTheNewFinding() throws IOException {
    RecipeProject project = new RecipeProject(dir).withScriptsIn("ci/sparklint");
    project.write("src/main/java/jobs/Export.java", """
        package jobs;

        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public final class Export {
          static List<Row> sample(Dataset<Row> table) {
            return table.takeAsList(5_000_000);
          }
        }
        """);
    List<String> steps = matches(SH_STEP, jenkinsfile);
    assertThat(steps).as("one sh step").hasSize(1);

    ScriptRun run = project.bash(steps.get(0), environment());

    assertThat(run.exitCode()).as(run.output()).isEqualTo(Main.EXIT_FINDINGS);
    List<String> recorded = matches(SARIF_TOOL, jenkinsfile);
    assertThat(recorded).as("recordIssues with the sarif tool").hasSize(1);
    JsonObject sarif = JsonParser.parseString(project.read(recorded.get(0))).getAsJsonObject();
    assertThat(sarif.get("version").getAsString()).isEqualTo("2.1.0");
    JsonArray results = sarif.getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonArray("results");
    assertThat(results).hasSize(1);
    JsonObject result = results.get(0).getAsJsonObject();
    assertThat(result.get("ruleId").getAsString()).isEqualTo("SparkLargeTake");
    assertThat(result.get("level").getAsString()).isEqualTo("warning");
    assertThat(result.getAsJsonObject("message").get("text").getAsString())
        .contains("`takeAsList(");
    JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation");
    assertThat(location.getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("src/main/java/jobs/Export.java");
    assertThat(location.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(9);
  }

  @Test
  void theRecordingRunsAfterAFailedStepAndTheEnvironmentNamesTheRelease() {
    assertThat(jenkinsfile).containsPattern("post \\{\\s*always \\{\\s*recordIssues\\(");
    assertThat(environment()).containsOnlyKeys("SPARKLINT_VERSION");
  }

  private Map<String, String> environment() {
    List<String> blocks = matches(ENVIRONMENT, jenkinsfile);
    assertThat(blocks).as("one environment block").hasSize(1);
    Map<String, String> env = new LinkedHashMap<>();
    Matcher m = VARIABLE.matcher(blocks.get(0));
    while (m.find()) {
      env.put(m.group(1), m.group(2));
    }
    return env;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
