package io.github.sparklint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs real javac with {@code -Xplugin:ErrorProne} and the checks on the processor path, as a
 * consumer's build does: the checks are found through {@code META-INF/services}, read their
 * {@code -XepOpt} options and fail the build clearly on a bad one.
 */
class ErrorPronePluginTest {
  private static final String JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public class Job {
        public List<Row> run(SparkSession spark) {
          Dataset<Row> events = spark.read().parquet("/data/events");
          events.show(50);
          return events.collectAsList();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void pluginFindsTheChecksAndPassesTheirOptions() throws IOException {
    Compilation result = compile(List.of("-XepOpt:SparkLargeTake:maxRows=10"), JOB);

    assertThat(result.success()).as(result.toString()).isTrue();
    assertThat(result.sparklint()).satisfiesExactlyInAnyOrder(
        d -> assertThat(d).startsWith("WARNING Job.java:11 [SparkLargeTake] `show(50)` copies up "
            + "to 50 rows into driver memory, above the limit of 10. Fix: "),
        d -> assertThat(d).startsWith(
            "WARNING Job.java:12 [SparkUnboundedCollect] `collectAsList()` copies every row"));
  }

  @Test
  void patchChecksApplyTheAutomaticFixesInPlace() throws IOException {
    String session = """
        package jobs;

        import org.apache.spark.SparkConf;
        import org.apache.spark.sql.SparkSession;

        public class Session {
          public SparkSession start() {
            SparkConf conf = new SparkConf()
                .set("spark.driver.memory", "8g")
                .set("spark.driver.maxResultSize", "0");
            return SparkSession.builder().config(conf).getOrCreate();
          }
        }
        """;

    Compilation result = compile(List.of("-XepPatchChecks:SparkDriverMemoryInCode,"
        + "SparkUnlimitedMaxResultSize", "-XepPatchLocation:IN_PLACE"), session);

    assertThat(result.success()).as(result.toString()).isTrue();
    assertThat(Files.readString(dir.resolve("Session.java"))).isEqualTo(session.replace(
        "        .set(\"spark.driver.memory\", \"8g\")\n", "").replace("\"0\"", "\"1g\""));
  }

  @Test
  void severityCanBeRaisedLikeAnyErrorProneCheck() throws IOException {
    Compilation result = compile(List.of("-Xep:SparkUnboundedCollect:ERROR"), JOB);

    assertThat(result.success()).isFalse();
    assertThat(result.sparklint()).singleElement().asString()
        .startsWith("ERROR Job.java:12 [SparkUnboundedCollect] `collectAsList()` copies every row");
  }

  @Test
  void badOptionFailsTheBuildOnceWithTheConfigMessage() throws IOException {
    Compilation result = compile(List.of("-XepOpt:SparkLargeTake:maxRows=lots"), JOB,
        JOB.replace("class Job", "class OtherJob"));

    assertThat(result.success()).isFalse();
    assertThat(result.errors()).hasSize(1);
    assertThat(result.errors().get(0))
        .contains("option SparkLargeTake:maxRows has value 'lots'; expected a whole number from 1")
        .doesNotContain("exception");
  }

  @Test
  void fileSparklintCannotParseGetsOneNoteAndNeverFailsTheBuild() throws IOException {
    // A local enum is Java 16+; javac 17 compiles it, JavaParser 3.28 does not parse it yet.
    String localEnum = JOB.replace("class Job", "class LocalEnum")
        .replace("    Dataset<Row> events", "    enum Mode { FULL }\n    Dataset<Row> events");

    Compilation result =
        compile(List.of("-Xep:UnusedNestedClass:OFF"), List.of("-Werror"), localEnum);

    assertThat(result.success()).as(result.toString()).isTrue();
    assertThat(result.sparklint()).singleElement().asString()
        .startsWith("NOTE LocalEnum.java:10 [Spark")
        .contains("sparklint cannot analyze this construct (javac accepts it, sparklint's Java "
            + "parser does not yet: Parse error. Found \"{\"")
        .contains("; no sparklint check ran on this file");
  }

  @Test
  void codeNestedAsDeeplyAsTheCliHandlesIsAnalyzedWhateverJavacsThreadStack() throws Exception {
    // javac runs on the build's thread (Maven's main thread); its stack must not decide whether
    // sparklint can read a file that javac itself compiles.
    int depth = 600; // javac compiles it on a 1 MB stack; JavaParser needed more
    String deep = JOB.replace("class Job", "class DeepJob").replace("return events.collectAsList();",
        "Object o = " + "(".repeat(depth) + "events.collectAsList()" + ")".repeat(depth)
            + ";\n    return null;");
    Compilation[] result = new Compilation[1];
    Thread build = new Thread(null, () -> {
      try {
        result[0] = compile(List.of(), deep);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }, "small-stack-build", 1024 * 1024);
    build.start();
    build.join();

    assertThat(result[0].success()).as(result[0].toString()).isTrue();
    assertThat(result[0].sparklint()).singleElement().asString()
        .startsWith("WARNING DeepJob.java:12 [SparkUnboundedCollect]");
  }

  @Test
  void aFileOverItsTimeBudgetGetsANoteAndTheOtherFilesAreStillChecked() throws Exception {
    // Nested casts: JavaParser's lookahead rescans them, quadratic in the nesting (seconds at this
    // depth); javac compiles them at once. The budget is a second.
    int depth = 2500;
    String casts = JOB.replace("class Job", "class Casts").replace("return events.collectAsList();",
        "Object o = " + "(Dataset<Row>) (".repeat(depth) + "events" + ")".repeat(depth)
            + ";\n    return null;");
    long start = System.nanoTime();

    Compilation result = onDeepStack(() -> compile(
        List.of("-XepOpt:sparklint:fileTimeout=1", "-XepOpt:SparkLargeTake:maxRows=10"),
        JOB, casts));

    assertThat(result.success()).as(result.toString()).isTrue();
    assertThat(result.sparklint()).satisfiesExactlyInAnyOrder(
        d -> assertThat(d).startsWith("NOTE Casts.java:1 [Spark").contains("sparklint could not "
            + "analyze this file: analysis of this file took longer than 1 s (fileTimeout); file "
            + "skipped; no sparklint check ran on this file"),
        d -> assertThat(d).startsWith("WARNING Job.java:11 [SparkLargeTake]"),
        d -> assertThat(d).startsWith("WARNING Job.java:12 [SparkUnboundedCollect]"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aBadTimeBudgetFailsTheBuildNamingTheFlag() throws IOException {
    Compilation result = compile(List.of("-XepOpt:sparklint:fileTimeout=soon"), JOB);

    assertThat(result.success()).isFalse();
    assertThat(result.errors()).singleElement().asString().contains(
        "-XepOpt:sparklint:fileTimeout has value 'soon'; expected a whole number of seconds from 1");
  }

  /** Runs {@code build} on a thread with a large stack, as javac needs for deeply nested code. */
  private static Compilation onDeepStack(Build build) throws Exception {
    Compilation[] result = new Compilation[1];
    Exception[] failure = new Exception[1];
    Thread thread = new Thread(null, () -> {
      try {
        result[0] = build.run();
      } catch (IOException e) {
        failure[0] = e;
      }
    }, "deep-stack-build", 512L * 1024 * 1024);
    thread.start();
    thread.join();
    if (failure[0] != null) {
      throw failure[0];
    }
    return result[0];
  }

  private interface Build {
    Compilation run() throws IOException;
  }

  private Compilation compile(List<String> epFlags, String... sources) throws IOException {
    return compile(epFlags, List.of(), sources);
  }

  private Compilation compile(List<String> epFlags, List<String> javacFlags, String... sources)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      String name = source.replaceAll("(?s).*public class (\\w+).*", "$1");
      files.add(Files.writeString(dir.resolve(name + ".java"), source));
    }
    Path out = Files.createDirectories(dir.resolve("classes"));
    String classpath = System.getProperty("java.class.path");
    List<String> options = new ArrayList<>(List.of(
        "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW",
        "-Xplugin:ErrorProne " + String.join(" ", epFlags),
        "-processorpath", classpath, "-classpath", classpath, "-d", out.toString()));
    options.addAll(javacFlags);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      boolean ok = javac.getTask(null, fm, diagnostics, options, null,
          fm.getJavaFileObjectsFromPaths(files)).call();
      return new Compilation(ok, diagnostics.getDiagnostics());
    }
  }

  private record Compilation(boolean success, List<Diagnostic<? extends JavaFileObject>> all) {
    /** Sparklint diagnostics as {@code KIND File.java:line message}. */
    List<String> sparklint() {
      return all.stream()
          .filter(d -> d.getMessage(Locale.ROOT).startsWith("[Spark"))
          .map(d -> d.getKind() + " " + Path.of(d.getSource().getName()).getFileName() + ":"
              + d.getLineNumber() + " " + d.getMessage(Locale.ROOT))
          .toList();
    }

    List<String> errors() {
      return all.stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }
}
