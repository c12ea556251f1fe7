package io.github.sparklint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The three fronts report the same findings on examples/, and those are the golden ones in {@code
 * expected-findings.txt} ({@code file:line:RuleId}, files relative to examples/): Error Prone (real
 * javac with {@code -Xplugin:ErrorProne} and the sparklint checks), the Maven goal (the SARIF this
 * module's own {@code sparklint:check} execution wrote) and the CLI (the real shaded jar).
 */
class FrontParityIT {
  private static final Path EXAMPLES = Path.of(System.getProperty("sparklint.examples.dir"));
  private static final Path SOURCES = EXAMPLES.resolve("src/main/java");
  private static final Pattern RULE_PREFIX = Pattern.compile("^\\[(Spark\\w+)\\] ");

  @Test
  void errorProneReportsTheGoldenFindings() throws IOException {
    assertThat(errorProneFindings()).containsExactlyElementsOf(golden());
  }

  @Test
  void mavenGoalReportsTheGoldenFindings() throws IOException {
    Path sarif = Path.of(System.getProperty("sparklint.maven.sarif"));
    JsonObject run = JsonParser.parseString(Files.readString(sarif))
        .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    assertThat(locations(run.getAsJsonArray("results"), true))
        .containsExactlyElementsOf(golden());
  }

  @Test
  void cliReportsTheGoldenFindings() throws Exception {
    Process process = new ProcessBuilder(
            javaExecutable(), "-jar", System.getProperty("sparklint.cli.jar"),
            "--format", "json", "--base-dir", EXAMPLES.toString(), SOURCES.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as("exit code with findings").isEqualTo(1);
    TreeSet<String> found = new TreeSet<>();
    for (JsonElement f : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("findings")) {
      JsonObject o = f.getAsJsonObject();
      found.add(o.get("file").getAsString() + ":" + o.get("line").getAsInt() + ":"
          + o.get("ruleId").getAsString());
    }
    assertThat(found).containsExactlyElementsOf(golden());
  }

  private static TreeSet<String> golden() throws IOException {
    TreeSet<String> lines = new TreeSet<>();
    for (String line : Files.readAllLines(EXAMPLES.resolve("expected-findings.txt"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        lines.add(line.trim());
      }
    }
    assertThat(lines).as("golden findings").isNotEmpty();
    return lines;
  }

  private static TreeSet<String> errorProneFindings() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> sources;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    Path out = Files.createTempDirectory("sparklint-parity");
    String classpath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of(
        "-d", out.toString(), "-classpath", classpath, "-processorpath", classpath,
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-Xplugin:ErrorProne -XepDisableAllChecks -XepAllErrorsAsWarnings " + sparklintChecksOn()));
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources)).call();
      assertThat(ok).as("examples compile: " + diagnostics.getDiagnostics()).isTrue();
    }
    TreeSet<String> found = new TreeSet<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      Matcher rule = RULE_PREFIX.matcher(d.getMessage(Locale.ROOT));
      if (d.getKind() == Diagnostic.Kind.WARNING && d.getSource() != null && rule.find()) {
        Path file = Path.of(d.getSource().toUri());
        found.add(EXAMPLES.relativize(file).toString().replace('\\', '/') + ":"
            + d.getLineNumber() + ":" + rule.group(1));
      }
    }
    return found;
  }

  /** {@code -Xep:<RuleId>:WARN} for every sparklint rule, so only sparklint findings appear. */
  private static String sparklintChecksOn() {
    StringBuilder sb = new StringBuilder();
    for (String id : io.github.sparklint.core.rules.RuleRegistry.ids()) {
      sb.append(" -Xep:").append(id).append(":WARN");
    }
    return sb.toString().trim();
  }

  private static TreeSet<String> locations(Iterable<JsonElement> results, boolean stripModule) {
    TreeSet<String> found = new TreeSet<>();
    for (JsonElement r : results) {
      JsonObject result = r.getAsJsonObject();
      JsonObject physical = result.getAsJsonArray("locations").get(0).getAsJsonObject()
          .getAsJsonObject("physicalLocation");
      String uri = physical.getAsJsonObject("artifactLocation").get("uri").getAsString();
      if (stripModule && uri.startsWith("examples/")) {
        uri = uri.substring("examples/".length());
      }
      found.add(uri + ":" + physical.getAsJsonObject("region").get("startLine").getAsInt() + ":"
          + result.get("ruleId").getAsString());
    }
    return found;
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
