package io.github.sparklint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.fix.SourceFix;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --fix} and {@code --fix --dry-run} on real files: what is written, what is never written,
 * and the errors that leave the other files fixed. That the fixed code compiles against the Spark
 * jars is proved on a copy of examples/ ({@code FixedExamplesIT}) and by the Error Prone tests.
 */
class FixCommandTest {
  private static final String SESSION = """
      import org.apache.spark.SparkConf;
      import org.apache.spark.sql.SparkSession;

      class Session {
        static SparkSession create() {
          SparkConf conf = new SparkConf()
              .set("spark.driver.memory", "8g")
              .set("spark.driver.maxResultSize", "0");
          return SparkSession.builder().config(conf).getOrCreate();
        }
      }
      """;
  private static final String FIXED_SESSION = """
      import org.apache.spark.SparkConf;
      import org.apache.spark.sql.SparkSession;

      class Session {
        static SparkSession create() {
          SparkConf conf = new SparkConf()
              .set("spark.driver.maxResultSize", "1g");
          return SparkSession.builder().config(conf).getOrCreate();
        }
      }
      """;

  @TempDir Path project;

  @Test
  void fixesTheFilesAndSaysWhatItChanged() throws IOException {
    Path file = write("src/Session.java", SESSION);

    CommandRun run = CommandRun.of("--fix", "--base-dir", project.toString(), src());

    assertThat(Files.readString(file)).isEqualTo(FIXED_SESSION);
    assertThat(run.err()).contains(
        "src/Session.java:7:10: fixed [SparkDriverMemoryInCode] remove the `spark.driver.memory`"
            + " setting from the code",
        "src/Session.java:8:10: fixed [SparkUnlimitedMaxResultSize] set"
            + " `spark.driver.maxResultSize` to `1g`, Spark's default",
        "sparklint: applied 2 fixes in 1 file");
    assertThat(run.exitCode()).as("the findings of the run still count").isEqualTo(Main.EXIT_FINDINGS);
    assertThat(Files.list(file.getParent())).as("no temporary file is left").hasSize(1);

    CommandRun again = CommandRun.of("--fix", "--base-dir", project.toString(), src());
    assertThat(again.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(again.err()).contains("sparklint: applied 0 fixes in 0 files");
  }

  @Test
  void sourcesInAnotherEncodingAreReadAndFixedInIt() throws IOException {
    // "Größe" in a comment: two bytes that are not UTF-8, as an ISO-8859-1 editor saves them
    String latin = SESSION.replace("class Session {", "class Session { // Gr\u00f6\u00dfe");
    Path file = project.resolve("src/Session.java");
    Files.createDirectories(file.getParent());
    Files.write(file, latin.getBytes(StandardCharsets.ISO_8859_1));

    CommandRun utf8 = CommandRun.of("--base-dir", project.toString(), src());
    assertThat(utf8.err()).contains("src/Session.java:4:1: error: not valid UTF-8 text",
        "set the sources' encoding with --encoding");

    CommandRun run = CommandRun.of("--encoding", "ISO-8859-1", "--fix", "--base-dir",
        project.toString(), src());
    assertThat(run.err()).contains("sparklint: applied 2 fixes in 1 file");
    assertThat(Files.readAllBytes(file)).as("written back in the same encoding")
        .isEqualTo(FIXED_SESSION.replace("class Session {", "class Session { // Gr\u00f6\u00dfe")
            .getBytes(StandardCharsets.ISO_8859_1));

    CommandRun unknown = CommandRun.of("--encoding", "latin-nine", src());
    assertThat(unknown.exitCode()).isEqualTo(Main.EXIT_ERROR);
    assertThat(unknown.err()).contains("--encoding has value 'latin-nine', which is not a"
        + " character encoding");
  }

  @Test
  void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
    Path file = write("src/Session.java", SESSION);
    byte[] before = Files.readAllBytes(file);

    CommandRun run = CommandRun.of("--fix", "--dry-run", "--base-dir", project.toString(), src());

    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(run.out()).contains("""
        --- a/src/Session.java
        +++ b/src/Session.java
        @@ -4,8 +4,7 @@
         class Session {
           static SparkSession create() {
             SparkConf conf = new SparkConf()
        -        .set("spark.driver.memory", "8g")
        -        .set("spark.driver.maxResultSize", "0");
        +        .set("spark.driver.maxResultSize", "1g");
             return SparkSession.builder().config(conf).getOrCreate();
           }
         }
        """);
    assertThat(run.err()).contains("would fix [SparkDriverMemoryInCode]",
        "sparklint: would apply 2 fixes in 1 file");
  }

  @Test
  void keepsByteOrderMarkAndWindowsLineEndings() throws IOException {
    Path file = project.resolve("src/Session.java");
    Files.createDirectories(file.getParent());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Files.write(file, concat(bom, SESSION.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));

    CommandRun.of("--fix", "--base-dir", project.toString(), src());

    assertThat(Files.readAllBytes(file)).isEqualTo(
        concat(bom, FIXED_SESSION.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aReadOnlyFileIsAnErrorAndTheOthersAreStillFixed() throws IOException {
    Path locked = write("src/a/Session.java", SESSION);
    Path open = write("src/b/Session.java", SESSION);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r--r--r--"));

    CommandRun run = CommandRun.of("--fix", "--base-dir", project.toString(), src());

    assertThat(Files.readString(locked)).isEqualTo(SESSION);
    assertThat(Files.readString(open)).isEqualTo(FIXED_SESSION);
    assertThat(run.err()).contains("src/a/Session.java: error: cannot fix: the file is read-only",
        "sparklint: applied 2 fixes in 1 file; 1 file could not be fixed");
    assertThat(run.exitCode()).isEqualTo(Main.EXIT_ERROR);
  }

  @Test
  void refusesAFileChangedSinceTheAnalysisAndOneOutsideTheAnalyzedPaths() throws IOException {
    Path file = write("src/Session.java", SESSION);
    CommandRun json = CommandRun.of("--format", "json", "--base-dir", project.toString(), src());
    List<Finding> findings = findingsOf(json.out());
    StringWriter err = new StringWriter();
    FixWriter.Outcome unchanged = new FixWriter(project, List.of(project.resolve("src")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), true, StandardCharsets.UTF_8)
        .apply(findings);
    assertThat(unchanged).isEqualTo(new FixWriter.Outcome(2, 1, 0));
    Files.writeString(file, SESSION.replace("create()", "create( )"));

    FixWriter.Outcome changed = new FixWriter(project, List.of(project.resolve("src")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), false, StandardCharsets.UTF_8)
        .apply(findings);
    FixWriter.Outcome outside = new FixWriter(project, List.of(project.resolve("other")),
        new PrintWriter(new StringWriter()), new PrintWriter(err), false, StandardCharsets.UTF_8)
        .apply(findings);

    assertThat(changed.failures()).isEqualTo(1);
    assertThat(outside.failures()).isEqualTo(1);
    assertThat(err.toString()).contains(
        "src/Session.java: error: cannot fix: the file changed since it was analyzed",
        "src/Session.java: error: cannot fix: the file is outside the analyzed paths");
    assertThat(Files.readString(file)).isEqualTo(SESSION.replace("create()", "create( )"));
  }

  @Test
  void reportsCarryTheFix() throws IOException {
    write("src/Session.java", SESSION);
    JsonObject finding = JsonParser.parseString(
            CommandRun.of("--format", "json", "--base-dir", project.toString(), src()).out())
        .getAsJsonObject().getAsJsonArray("findings").get(0).getAsJsonObject();
    assertThat(finding.getAsJsonObject("autoFix").get("description").getAsString())
        .isEqualTo("remove the `spark.driver.memory` setting from the code");
    assertThat(finding.getAsJsonObject("autoFix").get("base").getAsString())
        .isEqualTo(SourceFix.hash(SESSION));
    assertThat(finding.getAsJsonObject("autoFix").getAsJsonArray("edits").get(0).toString())
        .isEqualTo("{\"startLine\":7,\"startColumn\":1,\"endLine\":8,\"endColumn\":1,"
            + "\"replacement\":\"\"}");
  }

  @Test
  void withoutFixTheRunSaysWhichFindingsHaveOne() throws IOException {
    write("src/Session.java", SESSION);
    assertThat(CommandRun.of("--base-dir", project.toString(), src()).err()).isEqualTo(
        "sparklint: 2 findings have an automatic fix: --fix applies, --fix --dry-run shows it"
            + " (docs/fixes.md)\n");
  }

  @Test
  void dryRunNeedsFixAndAStdoutOfItsOwn() {
    assertThat(CommandRun.of("--dry-run", src()).err()).contains("give both");
    assertThat(CommandRun.of("--fix", "--dry-run", "--format", "sarif", src()).err())
        .contains("write the report to a file with --output");
  }

  private String src() {
    return project.resolve("src").toString();
  }

  private Path write(String name, String text) throws IOException {
    Path file = project.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  /** The findings of a JSON report, with their fixes, as the CLI computed them. */
  private static List<Finding> findingsOf(String json) {
    Gson gson = new Gson();
    List<Finding> findings = new ArrayList<>();
    for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("findings")) {
      JsonObject o = e.getAsJsonObject();
      SourceFix fix =
          gson.fromJson(o.get("autoFix"), SourceFix.class);
      findings.add(new Finding(o.get("ruleId").getAsString(),
          Severity.WARNING, o.get("file").getAsString(),
          o.get("line").getAsInt(), o.get("column").getAsInt(), "", "", "", "", List.of(), fix));
    }
    return findings;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
