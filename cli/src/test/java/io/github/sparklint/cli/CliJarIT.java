package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.Sparklint;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real shaded {@code sparklint-cli.jar} with {@code java -jar} in a temporary project. */
class CliJarIT {
  static final Path JAR = Path.of(System.getProperty("sparklint.cli.jar",
      "target/sparklint-cli.jar")).toAbsolutePath();

  @TempDir Path project;

  @BeforeEach
  void writeProject() throws IOException {
    SparkSources.write(project, "CleanJob.java", SparkSources.CLEAN_JOB);
  }

  @Test
  void jarIsExecutableAndUnsigned() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(Main.class.getName());
      assertThat(jar.stream().map(e -> e.getName())
          .filter(n -> n.startsWith("META-INF/") && n.matches(".*\\.(SF|DSA|RSA|EC)")))
          .isEmpty();
    }
    JarRun version = run("--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).isEqualTo("sparklint " + Sparklint.version() + "\n");
  }

  @Test
  void cleanProjectExitsZero() throws Exception {
    JarRun run = run("--classpath", sparkClasspath(), "src");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).isEqualTo("sparklint: 0 findings in 1 file analyzed (0 without Spark skipped)\n");
    assertThat(run.err).isEmpty();
  }

  @Test
  void findingsWithRealSparkJarsExitOneAndWriteNothing() throws Exception {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    SparkSources.write(project, "WordJob.java", SparkSources.WORD_JOB);
    SparkSources.write(project, "BrokenJob.java", SparkSources.BROKEN_JOB);
    List<Path> before = listAll(project);
    JarRun run = run("--symbol-solver", "--classpath", sparkClasspath(), "src");
    assertThat(run.exitCode).isEqualTo(Main.EXIT_FINDINGS);
    List<String> lines = run.out.lines().filter(line -> !line.startsWith(" ")).toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith(
        "src/main/java/jobs/ReportJob.java:13:25: warning: [SparkUnboundedCollect] ");
    assertThat(lines.get(1)).startsWith(
        "src/main/java/jobs/ReportJob.java:14:27: warning: [SparkLargeTake] ");
    assertThat(lines.get(2)).startsWith("src/main/java/jobs/WordJob.java:10:")
        .contains(": warning: [SparkUnboundedCollect] ");
    assertThat(lines.get(3)).isEqualTo(
        "sparklint: 3 findings in 3 files analyzed (0 without Spark skipped), 1 file could not be"
            + " analyzed");
    assertThat(run.err).startsWith("src/main/java/jobs/BrokenJob.java:5:").contains(": error: ");
    assertThat(listAll(project)).isEqualTo(before);
  }

  @Test
  void sarifOutputFileIsValidAndRepoRelative() throws Exception {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    JarRun run = run("--format", "sarif", "--output", "sparklint.sarif", "src");
    assertThat(run.exitCode).isEqualTo(Main.EXIT_FINDINGS);
    assertThat(run.out).endsWith("sparklint: sarif report written to sparklint.sarif\n");
    JsonObject sarif = JsonParser.parseString(Files.readString(project.resolve("sparklint.sarif")))
        .getAsJsonObject();
    assertThat(sarif.get("version").getAsString()).isEqualTo("2.1.0");
    JsonObject location = sarif.getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonArray("results").get(0).getAsJsonObject().getAsJsonArray("locations").get(0)
        .getAsJsonObject().getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
    assertThat(location.get("uri").getAsString()).isEqualTo("src/main/java/jobs/ReportJob.java");
    assertThat(location.get("uriBaseId").getAsString()).isEqualTo("SRCROOT");
  }

  @Test
  void failOnErrorPassesWarnings() throws Exception {
    SparkSources.write(project, "ReportJob.java", SparkSources.REPORT_JOB);
    assertThat(run("--fail-on", "error", "src").exitCode).isZero();
  }

  @Test
  void badOptionValueAndUnknownFlagExitTwo() throws Exception {
    JarRun bad = run("--option", "SparkLargeTake:maxRows=-5", "src");
    assertThat(bad.exitCode).isEqualTo(Main.EXIT_ERROR);
    assertThat(bad.err).isEqualTo("sparklint: option SparkLargeTake:maxRows has value '-5';"
        + " expected a whole number from 1 to " + Long.MAX_VALUE + "\n");
    JarRun unknown = run("--no-such-flag", "src");
    assertThat(unknown.exitCode).isEqualTo(Main.EXIT_ERROR);
    assertThat(unknown.err).startsWith("Unknown option: '--no-such-flag'").contains("Usage: sparklint");
  }

  /** The real spark-sql and spark-core jars from the test classpath, found without loading them. */
  private static String sparkClasspath() throws URISyntaxException {
    List<String> jars = new ArrayList<>();
    for (String type : List.of("org/apache/spark/sql/Dataset.class",
        "org/apache/spark/api/java/JavaRDD.class")) {
      URL url = ClassLoader.getSystemResource(type);
      assertThat(url).as(type).isNotNull();
      String jar = url.toString().substring("jar:".length(), url.toString().indexOf("!/"));
      jars.add(Path.of(new URI(jar)).toString());
    }
    return String.join(File.pathSeparator, jars);
  }

  /**
   * The progress line a run in a pipe writes to stderr every 5 s: on a loaded machine the short
   * runs here may last that long, and what they are checked for is the rest of stderr.
   */
  private static final Pattern PROGRESS =
      Pattern.compile("(?m)^sparklint: \\d+/\\d+ files \\([^)]*\\)\\R");

  private JarRun run(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
    Collections.addAll(command, args);
    Path out = Files.createTempFile("sparklint-out", ".txt");
    Path err = Files.createTempFile("sparklint-err", ".txt");
    try {
      Process process = new ProcessBuilder(command).directory(project.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("sparklint did not finish in 120 s: " + command);
      }
      return new JarRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          PROGRESS.matcher(Files.readString(err, StandardCharsets.UTF_8)).replaceAll(""));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static List<Path> listAll(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.sorted().toList();
    }
  }

  /** A finished subprocess. */
  private record JarRun(int exitCode, String out, String err) {}
}
