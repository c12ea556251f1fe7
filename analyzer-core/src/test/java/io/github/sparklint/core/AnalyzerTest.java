package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.flow.FileSummary;
import io.github.sparklint.core.run.FileAnalyzer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzerTest {
  private static final String BAD_JOB = """
      package jobs;
      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      class Job {
        void run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("events");
          events.collect();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void brokenFileIsReportedWithPositionAndOtherFilesAreStillAnalyzed() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("Job.java"), BAD_JOB);
    Files.writeString(src.resolve("Broken.java"),
        "import org.apache.spark.sql.Dataset;\nclass Broken {\n  void run( {\n}\n");
    Files.write(src.resolve("Latin1.java"),
        "// caf\u00e9 spark\nclass Latin1 {}\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(src.resolve("Plain.java"), "class Plain { void run() {} }\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(dir.resolve("src")).baseDir(dir).build());

    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly("src/jobs/Job.java:6:SparkUnboundedCollect");
    assertThat(result.errors()).hasSize(2);
    assertThat(result.errors().get(0).describe())
        .startsWith("src/jobs/Broken.java:3:").contains("syntax error");
    assertThat(result.errors().get(1).describe())
        .startsWith("src/jobs/Latin1.java:1:").contains("not valid UTF-8");
    assertThat(result.filesAnalyzed()).isEqualTo(1);
    assertThat(result.filesSkipped()).isEqualTo(1);
  }

  /** One row per partition, built by a helper in a file that never mentions Spark. */
  private static final String MIN_MAX = """
      package jobs;
      import org.apache.spark.api.java.JavaSparkContext;
      class MinMax {
        void run(JavaSparkContext sc) {
          sc.textFile("/numbers").mapPartitions(it -> Util.pair(0, 1)).collect();
          sc.textFile("/numbers").mapPartitions(it -> Other.pair(0, 1)).collect();
        }
      }
      """;
  private static final String UTIL = """
      package jobs;
      import java.util.ArrayList;
      import java.util.Iterator;
      import java.util.List;
      class Util {
        static Iterator<int[]> pair(int min, int max) {
          List<int[]> one = new ArrayList<>();
          one.add(new int[] {min, max});
          return one.iterator();
        }
      }
      """;

  @Test
  void helpersInFilesWithoutSparkAreSummarizedWhenFunctionsCallThem() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("MinMax.java"), MIN_MAX);
    Files.writeString(src.resolve("Util.java"), UTIL);
    Files.writeString(src.resolve("Plain.java"), "class Plain { void run() {} }\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(dir.resolve("src")).baseDir(dir).build());
    java.util.Map<String, FileAnalyzer.FileResult> sources = new Analyzer(
        SparklintConfig.defaults()).analyzeSources(java.util.Map.of("src/jobs/MinMax.java", MIN_MAX,
        "src/jobs/Util.java", UTIL), java.time.Duration.ofMinutes(1));

    // Other.pair is out of sight: that function still grows without bound.
    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line())
        .containsExactly("src/jobs/MinMax.java:6");
    assertThat(result.filesAnalyzed()).isEqualTo(1);
    assertThat(result.filesSkipped()).isEqualTo(2);
    assertThat(sources.get("src/jobs/MinMax.java").findings()).extracting(f -> f.line())
        .containsExactly(6);
  }

  @Test
  void sourcesOfWhichNoneIsWorthParsingAreAllSkippedUnanalyzed() {
    java.util.Map<String, FileAnalyzer.FileResult> results = new Analyzer(
        SparklintConfig.defaults()).analyzeSources(java.util.Map.of("src/jobs/Util.java", UTIL,
        "src/Plain.java", "class Plain { void run() {} }\n"), java.time.Duration.ofMinutes(1));
    // The same helper beside a Spark job is summarized and read by the job's rules (above).
    java.util.Map<String, FileAnalyzer.FileResult> withJob = new Analyzer(
        SparklintConfig.defaults()).analyzeSources(java.util.Map.of("src/jobs/MinMax.java", MIN_MAX,
        "src/jobs/Util.java", UTIL), java.time.Duration.ofMinutes(1));

    assertThat(results).containsOnlyKeys("src/jobs/Util.java", "src/Plain.java");
    assertThat(results.values()).allSatisfy(result -> {
      assertThat(result.parsed()).isFalse();
      assertThat(result.findings()).isEmpty();
      assertThat(result.errors()).isEmpty();
      assertThat(result.summary()).isSameAs(FileSummary.EMPTY);
    });
    assertThat(withJob.get("src/jobs/Util.java").summary()).isNotSameAs(FileSummary.EMPTY);
  }

  @Test
  void helperFilesAreReadInTheSourcesEncodingToo() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("MinMax.java"), MIN_MAX);
    // "Größte" in a comment: bytes that are not UTF-8, as the Latin-1 build reads them
    Files.write(src.resolve("Util.java"), UTIL.replace("class Util {", "class Util { // Gr\u00f6\u00dfte")
        .getBytes(StandardCharsets.ISO_8859_1));

    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
        .builder().input(dir.resolve("src")).baseDir(dir).encoding(StandardCharsets.ISO_8859_1)
        .build());

    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line())
        .as("the one-row helper is summarized, not dropped as unreadable")
        .containsExactly("src/jobs/MinMax.java:6");
  }

  @Test
  void excludedFilesAreNotReadAtAll() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Path generated = Files.createDirectories(dir.resolve("src/generated"));
    Files.writeString(src.resolve("Job.java"), BAD_JOB);
    Files.writeString(generated.resolve("Job.java"), BAD_JOB);
    Files.writeString(generated.resolve("Broken.java"),
        "import org.apache.spark.sql.Dataset;\nclass Broken {\n");
    Files.writeString(generated.resolve("spark-defaults.conf"), "spark.driver.maxResultSize 0\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults()).analyze(
        AnalysisRequest.builder().input(dir.resolve("src")).baseDir(dir)
            .build().excluding(p -> p.startsWith(generated)));

    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.ruleId())
        .containsExactly("src/jobs/Job.java:SparkUnboundedCollect");
    assertThat(result.errors()).isEmpty();
    assertThat(result.filesAnalyzed()).isEqualTo(1);
    assertThat(result.filesSkipped()).isZero();
  }

  @Test
  void unicodeEscapesAreReadAsJavacReadsThemWithPositionsInTheOriginalText() {
    String plain = """
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        class Job {
          public Object run(Dataset<Row> events) {
            return events.collect();
          }
        }
        """;
    // JavaParser alone cannot parse a keyword written as an escape; javac can.
    String escaped = plain.replace("public", "\\u0070ublic").replace("return", "\\u0072eturn");

    Finding expected = new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", plain)
        .findings().get(0);
    var result = new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", escaped);

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("SparkUnboundedCollect");
      assertThat(f.line()).isEqualTo(expected.line());
      // "\u0072eturn" is five characters longer than "return"
      assertThat(f.column()).isEqualTo(expected.column() + 5);
      assertThat(f.code()).isEqualTo("events.collect()");
    });
  }

  @Test
  void codeAfterAnEscapedLineBreakInACommentIsAnalyzedAsJavacCompilesIt() {
    // javac decodes the escaped line feed before lexing: the comment ends there and the collect
    // is real code.
    String hidden = """
        import java.util.List;
        import org.apache.spark.sql.Dataset;
        import org.apache.spark.sql.Row;
        class Job {
          void run(Dataset<Row> ds) {
            // just a note \\u000a ds.collectAsList();
          }
        }
        """;

    var result = new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", hidden);

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("SparkUnboundedCollect");
      assertThat(f.line()).isEqualTo(6);
      assertThat(f.code()).isEqualTo("ds.collectAsList()");
    });
  }

  @Test
  void anEscapedBackslashBeforeUIsNoEscapeAndChangesNothing() {
    // Two backslashes before the u: an escaped backslash, then plain text, so no line break.
    String plain = BAD_JOB.replace("events.collect();", "// \\\\u000a events.collect();");

    var result = new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", plain);

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void aSparkPackageNameWrittenWithUnicodeEscapesIsNotSkippedByTheTextCheck() throws Exception {
    // javac reads "sp" + "\\u0061" + "rk" as "spark"; so must the cheap "mentions Spark" check.
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("Job.java"),
        BAD_JOB.replace("org.apache.spark", "org.apache.sp\\u0061rk"));
    // Two backslashes: an escaped backslash and plain text, which javac does not decode.
    Files.writeString(src.resolve("Note.java"),
        "class Note { String s = \"org.apache.sp\\\\u0061rk\"; }\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(src).baseDir(dir).build());

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly("src/Job.java:6:SparkUnboundedCollect");
    assertThat(result.filesAnalyzed()).isEqualTo(1);
    assertThat(result.filesSkipped()).isEqualTo(1);
  }

  @Test
  void missingInputIsAnErrorNotACrash() {
    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(dir.resolve("nope")).baseDir(dir).build());
    assertThat(result.errors()).singleElement()
        .satisfies(e -> assertThat(e.describe()).isEqualTo("nope: error: no such file or directory"));
  }

  @Test
  void findingsCarryEnclosingMemberAndCode() {
    var result = new Analyzer(SparklintConfig.defaults()).analyzeSource("Job.java", BAD_JOB);
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.enclosing()).isEqualTo("Job#run");
      assertThat(f.code()).isEqualTo("events.collect()");
      assertThat(f.column()).isEqualTo(12);
    });
  }

  @Test
  void disabledRuleAndSeverityOverrideApply() {
    SparklintConfig off = SparklintConfig.builder().enabled("SparkUnboundedCollect", false).build();
    assertThat(new Analyzer(off).analyzeSource("Job.java", BAD_JOB).findings()).isEmpty();
    SparklintConfig error = SparklintConfig.builder().severity("SparkUnboundedCollect", "error").build();
    assertThat(new Analyzer(error).analyzeSource("Job.java", BAD_JOB).findings())
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void badConfigurationFailsFastNamingKeyValueAndRange() {
    assertThatThrownBy(() -> SparklintConfig.builder().option("SparkLargeTake:maxRows", "lots"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("option SparkLargeTake:maxRows has value 'lots'; expected a whole number from 1 to "
            + Long.MAX_VALUE);
    assertThatThrownBy(() -> SparklintConfig.builder().option("SparkLargeTake:rows", "5"))
        .hasMessageContaining("rule SparkLargeTake has no option 'rows' (its options: maxRows)");
    assertThatThrownBy(() -> SparklintConfig.builder().option("NoSuchRule:x", "5"))
        .hasMessageStartingWith("unknown rule 'NoSuchRule'; known rules: SparkUnboundedCollect");
    assertThatThrownBy(() -> SparklintConfig.builder().severity("SparkLargeTake", "fatal"))
        .hasMessage("severity 'fatal' is not one of error, warning, note");
  }

  @Test
  void deeplyNestedCodeIsAnErrorNotACrash() {
    String deep = "import org.apache.spark.sql.Dataset;\nclass Deep { int x = "
        + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }\n";
    var result = new Analyzer(SparklintConfig.defaults()).analyzeSource("Deep.java", deep);
    assertThat(result.findings()).isEmpty();
    assertThat(result.errors()).singleElement()
        .satisfies(e -> assertThat(e.message()).contains("nested too deeply"));
  }

  @Test
  void symbolSolverLayerFindsTheSameWithSparkOnTheClasspath() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("Job.java"), BAD_JOB);
    assertThat(withSparkOnTheClasspath().findings())
        .extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly("src/jobs/Job.java:6:SparkUnboundedCollect");
  }

  @Test
  void symbolSolverLayerTypesTheBatchRddsOfDStreams() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/jobs"));
    Files.writeString(src.resolve("Stream.java"), """
        package jobs;
        import java.util.List;
        import org.apache.spark.streaming.api.java.JavaStreamingContext;
        class Stream {
          void run(JavaStreamingContext jssc, List<String> words) {
            jssc.socketTextStream("localhost", 9999)
                .map(String::trim)
                .foreachRDD((rdd, time) -> rdd.collect());
            jssc.textFileStream("/in").filter(s -> words.add(s));
          }
        }
        """);
    assertThat(withSparkOnTheClasspath().findings())
        .extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly("src/jobs/Stream.java:8:SparkUnboundedCollect",
            "src/jobs/Stream.java:9:SparkClosureMutatesDriverState");
  }

  private AnalysisResult withSparkOnTheClasspath() {
    List<Path> sparkJars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of).filter(p -> p.getFileName().toString().startsWith("spark-")).toList();
    assertThat(sparkJars).as("spark jars on the test classpath").isNotEmpty();
    return new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest.builder()
        .input(dir.resolve("src")).baseDir(dir).classpath(sparkJars).symbolSolver(true).build());
  }
}
