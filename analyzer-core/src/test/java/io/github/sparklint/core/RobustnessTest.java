package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed and hostile inputs, generated at test time next to one good file: each one is either
 * analyzed or reported as a per-file error with its position, the run never crashes or hangs, and
 * the good file's finding is always there. The timeouts are hang guards, not benchmarks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RobustnessTest {
  private static final String IMPORTS =
      "import org.apache.spark.sql.Dataset;\nimport org.apache.spark.sql.Row;\n";
  private static final String GOOD = IMPORTS + """
      class Good {
        void run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("events");
          events.collect();
        }
      }
      """;

  @TempDir Path dir;
  private Path src;

  @BeforeEach
  void writeGoodFile() throws Exception {
    src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Good.java"), GOOD);
  }

  @Test
  void syntaxErrorsAndUnterminatedTokensAreErrorsWithTheirLine() throws Exception {
    write("Syntax.java", IMPORTS + "class Syntax {\n  void run( {\n}\n");
    write("Comment.java", IMPORTS + "class Comment {\n  /* never closed\n  void run() {}\n");
    write("Text.java", IMPORTS + "class Text {\n  String s = \"never closed;\n}\n");
    write("Char.java", IMPORTS + "class Char {\n  char c = 'ab;\n}\n");

    Map<String, String> errors = errorsByFile(analyze());

    assertThat(errors).containsOnlyKeys(
        "src/Syntax.java", "src/Comment.java", "src/Text.java", "src/Char.java");
    assertThat(errors.get("src/Syntax.java")).startsWith("src/Syntax.java:4:").contains("syntax error");
    assertThat(errors.get("src/Comment.java")).startsWith("src/Comment.java:").contains("error");
    assertThat(errors.get("src/Text.java")).startsWith("src/Text.java:4:").contains("syntax error");
    assertThat(errors.get("src/Char.java")).startsWith("src/Char.java:4:").contains("syntax error");
  }

  @Test
  void aConstructJavacAcceptsButTheParserDoesNotIsNotCalledASyntaxError() throws Exception {
    // A local enum is Java 16+: javac 17 compiles it, JavaParser 3.28 cannot parse it yet.
    write("LocalEnum.java", IMPORTS + "class LocalEnum {\n  void run() {\n    enum Mode { FULL }\n"
        + "  }\n}\n");

    Map<String, String> errors = errorsByFile(analyze());

    assertThat(errors).containsOnlyKeys("src/LocalEnum.java");
    assertThat(errors.get("src/LocalEnum.java")).startsWith("src/LocalEnum.java:5:")
        .contains(": error: sparklint cannot analyze this construct (javac accepts it, sparklint's"
            + " Java parser does not yet: Parse error. Found \"{\"")
        .doesNotContain("syntax error");
  }

  @Test
  void tenThousandLevelsOfNestingAreAnalyzedOrReportedNeverACrash() throws Exception {
    int depth = 10_000;
    write("DeepExpression.java", IMPORTS + "class DeepExpression {\n  int x = "
        + "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n}\n");
    write("DeepBlocks.java", IMPORTS + "class DeepBlocks {\n  void run() "
        + "{".repeat(depth) + "}".repeat(depth) + "\n}\n");
    write("DeepLambdas.java", IMPORTS + "class DeepLambdas {\n  Object f = "
        + "() -> ".repeat(depth) + "null;\n}\n");

    AnalysisResult result = analyze();

    assertThat(result.errors()).allSatisfy(e -> assertThat(e.message())
        .containsAnyOf("nested too deeply", "syntax error"));
    assertThat(result.filesAnalyzed() + result.errors().size()).isEqualTo(4);
  }

  @Test
  void aFileThatParsesFarBeyondItsBudgetIsSkippedAndTheOthersAreAnalyzed() throws Exception {
    analyze(); // warm up (class loading), so that Good.java's time is its own
    // Nested casts: JavaParser's lookahead rescans them, quadratic in the nesting (n = 3000 takes
    // over ten seconds here); the budget is a second.
    write("Casts.java", IMPORTS + "class Casts {\n  Object x = "
        + "(Dataset<Row>) (".repeat(3000) + "null" + ")".repeat(3000) + ";\n}\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().input(src).baseDir(dir).threads(2).fileTimeout(Duration.ofSeconds(1)).build());

    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly("src/Good.java:5:SparkUnboundedCollect");
    assertThat(result.errors()).extracting(AnalysisError::describe).containsExactly(
        "src/Casts.java: error: analysis of this file took longer than 1 s (fileTimeout); file "
            + "skipped");
  }

  @Test
  void aTwentyMegabyteSingleLineFileIsReportedBySize() throws Exception {
    StringBuilder huge = new StringBuilder(IMPORTS).append("class Huge { int[] a = {");
    while (huge.length() < 20 * 1024 * 1024) {
      huge.append("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ");
    }
    write("Huge.java", huge.append("0}; }\n").toString());

    Map<String, String> errors = errorsByFile(analyze());

    assertThat(errors).containsOnlyKeys("src/Huge.java");
    assertThat(errors.get("src/Huge.java")).contains("file is 20 MB").contains("file skipped");
  }

  @Test
  void nonUtf8BytesAreAnErrorNamingTheLine() throws Exception {
    Files.write(src.resolve("Latin1.java"), (IMPORTS + "// caf\u00e9\nclass Latin1 {}\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(src.resolve("Garbage.java"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    // Without a byte-order mark UTF-16 is valid UTF-8 and never mentions Spark: not to be skipped.
    Files.write(src.resolve("Utf16.java"), GOOD.getBytes(StandardCharsets.UTF_16BE));

    Map<String, String> errors = errorsByFile(analyze());

    assertThat(errors.get("src/Latin1.java")).startsWith("src/Latin1.java:3:")
        .contains("not valid UTF-8");
    assertThat(errors.get("src/Garbage.java")).startsWith("src/Garbage.java:1:")
        .contains("not valid UTF-8");
    assertThat(errors.get("src/Utf16.java")).startsWith("src/Utf16.java:1:")
        .contains("it looks like UTF-16");
  }

  @Test
  void emptyAndBlankFilesAreSkippedWithoutErrors() throws Exception {
    write("Empty.java", "");
    write("Blank.java", "\n\n   \n");
    write("OnlyImport.java", IMPORTS);

    AnalysisResult result = analyze();

    assertThat(result.errors()).isEmpty();
    assertThat(result.filesSkipped()).isEqualTo(2);
    assertThat(result.filesAnalyzed()).isEqualTo(2);
  }

  @Test
  void symbolicLinkLoopsNeitherHangNorHideOtherFiles() throws Exception {
    Files.createSymbolicLink(src.resolve("loop"), src);
    Files.createSymbolicLink(src.resolve("Self.java"), src.resolve("Self.java"));
    Path pair = Files.createDirectories(dir.resolve("pair"));
    Files.createSymbolicLink(pair.resolve("a"), pair.resolve("b"));
    Files.createSymbolicLink(pair.resolve("b"), pair.resolve("a"));

    AnalysisResult walked = analyze(src, pair);
    AnalysisResult named = analyze(src.resolve("Self.java"));

    assertThat(walked.errors()).isEmpty();
    assertThat(named.errors()).extracting(AnalysisError::describe)
        .containsExactly("src/Self.java: error: cannot follow symbolic link (a link loop or a"
            + " missing target)");
  }

  @Test
  void unreadableFilesAreErrors() throws Exception {
    Path secret = write("Secret.java", GOOD.replace("Good", "Secret"));
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    Path closed = Files.createDirectories(src.resolve("closed"));
    Files.writeString(closed.resolve("Hidden.java"), GOOD.replace("Good", "Hidden"));
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as root: file permissions do not bind");

    Map<String, String> errors = errorsByFile(analyze());

    assertThat(errors.get("src/Secret.java")).contains("permission denied");
    assertThat(errors.get("src/closed")).contains("cannot read");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(src.resolve(name), text);
  }

  private AnalysisResult analyze(Path... inputs) {
    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().inputs(inputs.length == 0 ? java.util.List.of(src) : java.util.List.of(inputs))
        .baseDir(dir).threads(2).build());
    if (inputs.length == 0 || inputs[0].equals(src)) {
      assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
          .contains("src/Good.java:5:SparkUnboundedCollect");
    }
    return result;
  }

  private static Map<String, String> errorsByFile(AnalysisResult result) {
    return result.errors().stream()
        .collect(Collectors.toMap(AnalysisError::file, AnalysisError::describe, (a, b) -> a + b));
  }
}
