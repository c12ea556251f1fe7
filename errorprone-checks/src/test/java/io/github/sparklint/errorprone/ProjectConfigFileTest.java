package io.github.sparklint.errorprone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Error Prone front reads the project's {@code sparklint.yaml}: found by walking up from each
 * source file's directory, or named with {@code -XepOpt:sparklint:configFile=PATH}. Real javac runs
 * with the checks on the processor path, on files on disk.
 */
class ProjectConfigFileTest {
  private static final String JOB = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public class %s {
        public List<Row> run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("events");
          events.show(50);
          return events.collectAsList();
        }
      }
      """;

  /** The settings the tests of models share: one rule off, the generated sources excluded. */
  private static final String TAKE_OFF_GENERATED_EXCLUDED = """
      rules:
        SparkLargeTake: off
      exclude:
        - "**/generated/**"
      """;

  @TempDir Path repo;

  @BeforeEach
  void writeSources() throws IOException {
    Path jobs = Files.createDirectories(repo.resolve("module/src/main/java/jobs"));
    Files.writeString(jobs.resolve("Job.java"), JOB.formatted("Job"));
    Path generated = Files.createDirectories(repo.resolve("module/target/generated/jobs"));
    Files.writeString(generated.resolve("Gen.java"), JOB.formatted("Gen"));
  }

  @Test
  void nearestFileAboveTheSourceAppliesItsRulesOptionsAndExcludes() throws IOException {
    Files.writeString(repo.resolve("sparklint.yaml"), """
        rules:
          SparkUnboundedCollect: off
          SparkLargeTake:
            options:
              maxRows: 10
        exclude:
          - "**/generated/**"
        """);

    List<String> found = compile(List.of()).sparklint;

    assertThat(found).containsExactly("Job.java:9 [SparkLargeTake]");
  }

  @Test
  void explicitFlagWinsOverTheFileAboveAndCommandLineOptionsWinOverTheFile() throws IOException {
    Files.writeString(repo.resolve("sparklint.yaml"), "rules:\n  SparkLargeTake: off\n");
    Path explicit = Files.writeString(repo.resolve("ci.yaml"),
        "rules:\n  SparkUnboundedCollect: off\n  SparkLargeTake:\n    options:\n      maxRows: 1000\n");

    Compilation run = compile(List.of("-XepOpt:sparklint:configFile=" + explicit,
        "-XepOpt:SparkLargeTake:maxRows=10"));

    assertThat(run.sparklint).containsExactly("Gen.java:9 [SparkLargeTake]", "Job.java:9 [SparkLargeTake]");
  }

  @Test
  void unitsOfOneCompilationUnderDifferentFilesKeepTheirOwnSettings() throws IOException {
    Files.writeString(repo.resolve("module/target/generated/sparklint.yaml"),
        "rules:\n  SparkUnboundedCollect: off\n");

    List<String> found = compile(List.of()).sparklint;

    assertThat(found).containsExactly("Job.java:10 [SparkUnboundedCollect]");
  }

  @Test
  void badFileIsOneCompileErrorNamingFileAndLine() throws IOException {
    Path yaml = Files.writeString(repo.resolve("sparklint.yaml"), "rules:\n  SparkCollectAll: off\n");

    Compilation run = compile(List.of());

    assertThat(run.success).isFalse();
    assertThat(run.errors).singleElement().asString()
        .contains("sparklint configuration error: " + yaml + ":2: unknown rule 'SparkCollectAll'");
  }

  @Test
  void modelsDescribeAJarTheCompilationCannotSee() throws IOException {
    Path platform = Files.createDirectories(repo.resolve("platform/src/com/acme"));
    Files.writeString(platform.resolve("Tables.java"), """
        package com.acme;

        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Tables {
          public static Dataset<Row> read(String name) { return null; }
          public static List<Row> toDriver(Dataset<Row> rows) { return rows.collectAsList(); }
        }
        """);
    Path jar = Files.createDirectories(repo.resolve("platform/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", jar.toString(), "-classpath",
        System.getProperty("java.class.path"), platform.resolve("Tables.java").toString()))
        .isZero();
    Files.writeString(repo.resolve("module/src/main/java/jobs/Export.java"), """
        package jobs;

        import com.acme.Tables;

        public class Export {
          public void run() {
            Tables.toDriver(Tables.read("events"));
            Tables.toDriver(Tables.read("events").limit(10));
            Tables.read("codes").collectAsList();
          }
        }
        """);
    Files.writeString(repo.resolve("sparklint.yaml"), TAKE_OFF_GENERATED_EXCLUDED + """
        models:
          version: 1
          methods:
            - {class: com.acme.Tables, method: read, fact: returns, argument: dataset}
            - {class: com.acme.Tables, method: read, fact: rows, argument: unbounded}
            - {class: com.acme.Tables, method: toDriver, arity: 1, fact: collects, argument: 0}
        """);

    List<String> found = compile(List.of(), jar).sparklint;

    assertThat(found).containsExactly("Export.java:7 [SparkUnboundedCollect]",
        "Export.java:9 [SparkUnboundedCollect]", "Job.java:10 [SparkUnboundedCollect]");
  }

  @Test
  void rowsOfAModelCanDependOnTheClassOfAnArgument() throws IOException {
    Path platform = Files.createDirectories(repo.resolve("platform/src/com/acme"));
    Files.writeString(platform.resolve("Runner.java"), """
        package com.acme;

        public class Runner {
          public static class ReadAll {}
          public static class Sample {}

          @SuppressWarnings("unchecked")
          public <T> T run(Object operation) { return null; }
        }
        """);
    Path jar = Files.createDirectories(repo.resolve("platform/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac.run(null, null, null, "-d", jar.toString(),
        platform.resolve("Runner.java").toString())).isZero();
    Files.writeString(repo.resolve("module/src/main/java/jobs/Operations.java"), """
        package jobs;

        import com.acme.Runner;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;

        public class Operations {
          public void run(Runner runner) {
            Dataset<Row> all = runner.run(new Runner.ReadAll());
            all.collectAsList();
            Dataset<Row> sample = runner.run(new Runner.Sample());
            sample.collectAsList();
          }
        }
        """);
    Files.writeString(repo.resolve("sparklint.yaml"), TAKE_OFF_GENERATED_EXCLUDED + """
        models:
          version: 2
          methods:
            - {class: com.acme.Runner, method: run, arity: 1, fact: rows, argument: unbounded, when: argument 0 is com.acme.Runner.ReadAll}
            - {class: com.acme.Runner, method: run, arity: 1, fact: rows, argument: bounded 10, when: argument 0 is Sample}
        """);

    List<String> found = compile(List.of(), jar).sparklint;

    assertThat(found).containsExactly("Job.java:10 [SparkUnboundedCollect]",
        "Operations.java:10 [SparkUnboundedCollect]");
  }

  @Test
  void severitiesOfTheFileAreTheCompilersLevelsAndAnExplicitXepLevelWinsOverThem()
      throws IOException {
    Files.writeString(repo.resolve("sparklint.yaml"), """
        rules:
          SparkLargeTake:
            severity: error
            options: {maxRows: 10}
          SparkUnboundedCollect:
            severity: note
        exclude:
          - "**/generated/**"
        """);

    Compilation fromFile = compile(List.of());
    assertThat(fromFile.levels).containsExactly(
        "Job.java:10 [SparkUnboundedCollect] NOTE", "Job.java:9 [SparkLargeTake] ERROR");
    assertThat(fromFile.success).isFalse();

    Compilation flagged = compile(List.of("-Xep:SparkLargeTake:WARN", "-Xep:SparkUnboundedCollect:ERROR"));
    assertThat(flagged.levels).containsExactly(
        "Job.java:10 [SparkUnboundedCollect] ERROR", "Job.java:9 [SparkLargeTake] WARNING");

    Compilation globallyLowered = compile(
        List.of("-XepAllErrorsAsWarnings", "-XepAllSuggestionsAsWarnings"));
    assertThat(globallyLowered.success).isTrue();
    assertThat(globallyLowered.levels).as("Error Prone's global switches apply to the file's levels")
        .containsExactly("Job.java:10 [SparkUnboundedCollect] WARNING",
            "Job.java:9 [SparkLargeTake] WARNING");

    Compilation off = compile(List.of("-Xep:SparkLargeTake:OFF"));
    assertThat(off.success).isTrue();
    assertThat(off.levels).containsExactly("Job.java:10 [SparkUnboundedCollect] NOTE");
  }

  @Test
  void aBadXepOptValueIsReportedByTheCheckOfItsRule() throws IOException {
    Compilation run = compile(List.of("-XepOpt:SparkUnboundedCollect:maxRows=1",
        "-XepOpt:SparkLargeTake:maxRows=lots"));

    assertThat(run.success).isFalse();
    assertThat(run.errors).singleElement().asString()
        .startsWith("[SparkLargeTake] sparklint configuration error: option SparkLargeTake:maxRows"
            + " has value 'lots'");

    Compilation ruleOff = compile(List.of("-Xep:SparkLargeTake:OFF",
        "-XepOpt:SparkLargeTake:maxRows=lots"));
    assertThat(ruleOff.errors).as("its own check does not run: another one reports it")
        .singleElement().asString().contains("option SparkLargeTake:maxRows has value 'lots'");
  }

  private record Compilation(boolean success, List<String> sparklint, List<String> errors,
      List<String> levels) {}

  private Compilation compile(List<String> epFlags) throws IOException {
    return compile(epFlags, null);
  }

  /** Compiles the module's sources, with {@code library} (or null) on the classpath too. */
  private Compilation compile(List<String> epFlags, Path library) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(repo.resolve("module"))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    String classpath = System.getProperty("java.class.path")
        + (library == null ? "" : java.io.File.pathSeparator + library);
    List<String> options = new ArrayList<>(List.of("-XDcompilePolicy=simple",
        "--should-stop=ifError=FLOW", "-Xplugin:ErrorProne " + String.join(" ", epFlags),
        "-processorpath", classpath, "-classpath", classpath,
        "-d", Files.createDirectories(repo.resolve("classes")).toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean ok;
    try (StandardJavaFileManager fm = javac.getStandardFileManager(null, Locale.ROOT, null)) {
      ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(files))
          .call();
    }
    List<String> sparklint = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> levels = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(message);
      }
      if (message.startsWith("[Spark")) {
        String where = Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber()
            + " " + message.substring(0, message.indexOf(']') + 1);
        sparklint.add(where);
        levels.add(where + " " + (d.getKind() == Diagnostic.Kind.MANDATORY_WARNING
            ? Diagnostic.Kind.WARNING : d.getKind()));
      }
    }
    return new Compilation(ok, sparklint.stream().sorted().toList(), errors,
        levels.stream().sorted().toList());
  }
}
