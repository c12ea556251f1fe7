package io.github.sparklint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real editor as the client: the shaded server jar started as a process by headless Neovim's
 * built-in LSP client ({@code src/test/resources/nvim/sparklint-client.lua}) on a bad example
 * job. What Neovim shows ({@code vim.diagnostic.get()}) must be what the CLI reports for that file
 * (the engine run as the CLI runs it, and the golden {@code examples/expected-findings.txt}), and
 * applying the suppression code action in the editor must clear the method's findings.
 */
class NeovimClientIT {
  private static final Path JAR = Path.of(System.getProperty("sparklint.lsp.jar",
      "target/sparklint-lsp.jar")).toAbsolutePath();
  private static final int VIM_ERROR = 1;
  private static final int VIM_WARN = 2;
  private static final int VIM_INFO = 3;

  @TempDir Path scratch;

  @BeforeAll
  static void needsNeovim() {
    boolean ci = "true".equals(System.getenv("CI"));
    if (!ci) {
      Assumptions.assumeTrue(onPath("nvim"), "Neovim (nvim) is not installed: the real-client"
          + " test is skipped here; CI installs it (.ci/run) and always runs it");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"InvoiceReconciliation.java", "CardFraudScreening.java"})
  void neovimShowsTheFindingsTheCliReportsAndTheSuppressActionClearsThem(String name)
      throws Exception {
    Path file = ExampleJobs.EXAMPLES.resolve(ExampleJobs.BAD).resolve(name);
    List<Finding> cli = cliFindings(ExampleJobs.BAD + "/" + name);
    JsonObject result = runNeovim(file);

    JsonArray opened = result.getAsJsonArray("opened");
    assertThat(lineAndRule(opened)).isEqualTo(cli.stream()
        .map(f -> f.line() + ":" + f.ruleId()).toList());
    assertThat(lineAndRule(opened)).isEqualTo(golden(name));
    for (int i = 0; i < cli.size(); i++) {
      JsonObject shown = opened.get(i).getAsJsonObject();
      assertThat(shown.get("col").getAsInt()).isEqualTo(cli.get(i).column());
      assertThat(shown.get("message").getAsString()).isEqualTo(cli.get(i).fullMessage());
      assertThat(shown.get("source").getAsString()).isEqualTo("sparklint");
      assertThat(shown.get("severity").getAsInt()).isEqualTo(switch (cli.get(i).severity()) {
        case ERROR -> VIM_ERROR;
        case WARNING -> VIM_WARN;
        case NOTE -> VIM_INFO;
      });
    }
    String rule = cli.get(0).ruleId();
    assertThat(result.get("action").getAsString())
        .startsWith("Suppress " + rule + " with @SuppressWarnings(\"" + rule + "\") on method");
    assertThat(lineAndRule(result.getAsJsonArray("edited"))).doesNotContain(
        cli.get(0).line() + 1 + ":" + rule).hasSizeLessThan(cli.size());
    List<String> text = new ArrayList<>();
    result.getAsJsonArray("text").forEach(line -> text.add(line.getAsString()));
    assertThat(text).contains("  @SuppressWarnings(\"" + rule + "\")");
  }

  private JsonObject runNeovim(Path file) throws IOException, InterruptedException,
      URISyntaxException {
    Path script = Path.of(NeovimClientIT.class.getResource("/nvim/sparklint-client.lua").toURI());
    Path out = scratch.resolve("diagnostics.json");
    ProcessBuilder nvim = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE",
        "-u", script.toString())
        .directory(scratch.toFile())
        .redirectErrorStream(true)
        .redirectOutput(scratch.resolve("nvim.log").toFile());
    nvim.environment().put("SPARKLINT_LSP_JAR", JAR.toString());
    nvim.environment().put("SPARKLINT_ROOT", ExampleJobs.EXAMPLES.toString());
    nvim.environment().put("SPARKLINT_FILE", file.toString());
    nvim.environment().put("SPARKLINT_OUT", out.toString());
    nvim.environment().put("XDG_STATE_HOME", scratch.resolve("state").toString());
    nvim.environment().put("XDG_DATA_HOME", scratch.resolve("data").toString());
    nvim.environment().put("XDG_CACHE_HOME", scratch.resolve("cache").toString());
    Process process = nvim.start();
    boolean ended = process.waitFor(5, TimeUnit.MINUTES);
    if (!ended) {
      process.destroyForcibly();
    }
    String log = Files.exists(scratch.resolve("nvim.log"))
        ? Files.readString(scratch.resolve("nvim.log"), StandardCharsets.UTF_8) : "";
    assertThat(ended).as("Neovim did not finish; its output: " + log).isTrue();
    assertThat(out).as("Neovim wrote no result; its output: " + log).exists();
    JsonObject result = JsonParser.parseString(Files.readString(out)).getAsJsonObject();
    assertThat(result.has("error")).as(result + "\n" + log).isFalse();
    assertThat(process.exitValue()).as(log).isZero();
    return result;
  }

  /** The findings of {@code shown}, analyzed as the CLI analyzes the examples module. */
  private static List<Finding> cliFindings(String shown) {
    Path examples = ExampleJobs.EXAMPLES;
    ProjectConfig project = ProjectConfigFile.in(examples).map(ProjectConfigFile::load)
        .orElse(ProjectConfig.none());
    SparklintConfig config = project.applyTo(SparklintConfig.builder()).build();
    AnalysisRequest request = AnalysisRequest.builder().input(examples.resolve("src"))
        .baseDir(examples).build().excluding(project.excludes()::excludes);
    List<Finding> findings = new Analyzer(config).analyze(request).findings().stream()
        .filter(f -> f.file().equals(shown)).toList();
    assertThat(findings).isNotEmpty();
    return findings;
  }

  private static List<String> golden(String name) throws IOException {
    Path golden = ExampleJobs.EXAMPLES.resolve("expected-findings.txt");
    try (Stream<String> lines = Files.lines(golden)) {
      return lines.filter(l -> l.startsWith(ExampleJobs.BAD + "/" + name + ":"))
          .map(l -> l.substring(l.indexOf(':') + 1)).toList();
    }
  }

  private static List<String> lineAndRule(JsonArray diagnostics) {
    List<String> pairs = new ArrayList<>();
    for (JsonElement d : diagnostics) {
      pairs.add(d.getAsJsonObject().get("line").getAsInt() + ":"
          + d.getAsJsonObject().get("code").getAsString());
    }
    return pairs;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }
}
