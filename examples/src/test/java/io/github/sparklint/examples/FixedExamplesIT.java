package io.github.sparklint.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.sparklint.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every automatic fix sparklint offers on examples/, applied by the CLI's {@code --fix} to a copy,
 * leaves code that javac compiles against the Spark jars, and the fixed findings are gone while
 * the others (which need a person) remain.
 */
class FixedExamplesIT {
  private static final Path EXAMPLES = Path.of(System.getProperty("sparklint.examples.dir"));

  @TempDir Path copy;

  @Test
  void everyFixCompilesAndRemovesItsFinding() throws IOException {
    Path sources = copy.resolve("src/main/java");
    copyTree(EXAMPLES.resolve("src/main/java"), sources);
    int before = findings(sources).size();

    String[] fix = {"--fix", "--base-dir", copy.toString(), sources.toString()};
    StringWriter err = new StringWriter();
    Main.execute(fix, new PrintWriter(new StringWriter()), new PrintWriter(err));

    String bad = "src/main/java/io/github/sparklint/examples/bad/";
    assertThat(err.toString().lines().filter(l -> l.contains(": fixed [")).toList())
        .containsExactly(
            bad + "OrdersEnrichment.java:28:46: fixed [SparkBroadcastLargeSource] remove the"
                + " broadcast hint: `broadcast(x)` becomes `x`",
            bad + "SessionBootstrap.java:20:10: fixed [SparkDriverMemoryInCode] remove the"
                + " `spark.driver.memory` setting from the code",
            bad + "SessionBootstrap.java:21:10: fixed [SparkDriverMemoryInCode] remove the"
                + " `spark.driver.extraJavaOptions` setting from the code",
            bad + "SessionBootstrap.java:22:10: fixed [SparkUnlimitedMaxResultSize] set"
                + " `spark.driver.maxResultSize` to `1g`, Spark's default",
            bad + "SessionBootstrap.java:23:10: fixed [SparkExcessiveUiRetention] set"
                + " `spark.ui.retainedTasks` to `100000`, Spark's default",
            bad + "SessionBootstrap.java:28:10: fixed [SparkExcessiveUiRetention] set"
                + " `spark.sql.streaming.numRecentProgressUpdates` to `100`, Spark's default",
            bad + "SessionBootstrap.java:37:12: fixed [SparkDriverMemoryInCode] remove the"
                + " `spark.driver.memoryOverhead` setting from the code");
    assertThat(compile(sources)).as("the fixed examples compile").isEmpty();
    List<JsonElement> after = findings(sources);
    assertThat(after).hasSize(before - 7);
    assertThat(after).noneMatch(f -> f.getAsJsonObject().has("autoFix"));
  }

  private List<JsonElement> findings(Path sources) {
    StringWriter out = new StringWriter();
    Main.execute(new String[] {"--format", "json", "--base-dir", copy.toString(),
        sources.toString()}, new PrintWriter(out), new PrintWriter(new StringWriter()));
    List<JsonElement> findings = new ArrayList<>();
    JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("findings")
        .forEach(findings::add);
    return findings;
  }

  /** The compile errors of every file under {@code sources}, with the test classpath. */
  private List<String> compile(Path sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
    }
    Path classes = Files.createDirectories(copy.resolve("classes"));
    try (StandardJavaFileManager manager = javac.getStandardFileManager(diagnostics, Locale.ROOT,
        StandardCharsets.UTF_8)) {
      javac.getTask(null, manager, diagnostics, List.of("-proc:none", "-d", classes.toString(),
              "-classpath", System.getProperty("java.class.path")), null,
          manager.getJavaFileObjectsFromFiles(files)).call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
        .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": "
            + d.getMessage(Locale.ROOT))
        .toList();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
