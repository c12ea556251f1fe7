package io.github.sparklint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three fronts report the same findings on each {@link ParityCase}, and those are its golden
 * ones: Error Prone (real javac with {@code -Xplugin:ErrorProne} and the sparklint checks, see
 * {@link ErrorProneFront}), the Maven goal (the SARIF the module's own {@code sparklint:check}
 * execution wrote, its {@code level} as the severity) and the CLI (the real shaded jar, its JSON
 * {@code severity}). Under examples/configured/'s {@code sparklint.yaml} each front finds that
 * file on its own, as users run them: Error Prone walking up from the sources, the Maven goal in
 * the module's directory, the CLI in {@code --base-dir}.
 */
class FrontParityIT {

  @ParameterizedTest
  @EnumSource(ParityCase.class)
  void errorProneReportsTheGoldenFindings(ParityCase parityCase) throws IOException {
    assertThat(ErrorProneFront.findings(parityCase)).containsExactlyElementsOf(parityCase.golden());
  }

  @ParameterizedTest
  @EnumSource(ParityCase.class)
  void mavenGoalReportsTheGoldenFindings(ParityCase parityCase) throws IOException {
    JsonObject run = JsonParser.parseString(Files.readString(parityCase.mavenSarif()))
        .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    TreeSet<String> found = new TreeSet<>();
    for (JsonElement r : run.getAsJsonArray("results")) {
      JsonObject result = r.getAsJsonObject();
      JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
          .getAsJsonObject("physicalLocation");
      String uri = physical.getAsJsonObject("artifactLocation").get("uri").getAsString();
      // a result without a level is a warning (SARIF 2.1.0, 3.27.10)
      String level = result.has("level") ? result.get("level").getAsString() : "warning";
      found.add(parityCase.line(startedIn().resolve(uri).normalize(),
          physical.getAsJsonObject("region").get("startLine").getAsInt(),
          result.get("ruleId").getAsString(), level));
    }
    assertThat(found).containsExactlyElementsOf(parityCase.golden());
  }

  @ParameterizedTest
  @EnumSource(ParityCase.class)
  void cliReportsTheGoldenFindings(ParityCase parityCase) throws Exception {
    Process process = new ProcessBuilder(
            javaExecutable(), "-jar", System.getProperty("sparklint.cli.jar"),
            "--format", "json", "--base-dir", parityCase.dir().toString(),
            parityCase.sources().toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code with findings").isEqualTo(1);
    TreeSet<String> found = new TreeSet<>();
    for (JsonElement f : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("findings")) {
      JsonObject o = f.getAsJsonObject();
      found.add(parityCase.line(o.get("file").getAsString(), o.get("line").getAsInt(),
          o.get("ruleId").getAsString(), o.get("severity").getAsString()));
    }
    assertThat(found).containsExactlyElementsOf(parityCase.golden());
  }

  /** The directory Maven is started in (the repository root), which SARIF URIs are relative to. */
  private static Path startedIn() {
    return ParityCase.EXAMPLES.dir().getParent();
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
