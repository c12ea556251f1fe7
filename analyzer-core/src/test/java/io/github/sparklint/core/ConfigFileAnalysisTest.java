package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sparklint.core.rule.ConfigFileContext;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.run.ConfigFileAnalyzer;
import io.github.sparklint.core.run.FileAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyzer reads spark-defaults.conf and .properties files under its inputs. */
class ConfigFileAnalysisTest {
  private static final String JOB = """
      package jobs;
      import org.apache.spark.sql.SparkSession;
      class Job {
        void run() {
          SparkSession spark = SparkSession.builder()
              .config("spark.driver.memory", "8g")
              .getOrCreate();
        }
      }
      """;
  private static final String DEFAULTS = """
      # cluster defaults
      spark.driver.memory              8g
      spark.sql.shuffle.partitions     500000
      spark.driver.maxResultSize       0
      """;

  @TempDir Path dir;

  @Test
  void configFilesUnderDirectoriesAreCheckedWithTheirRelativePathAndLine() throws Exception {
    Path project = dir.resolve("project");
    write(project.resolve("src/main/java/jobs/Job.java"), JOB);
    write(project.resolve("src/main/resources/spark-defaults.conf"), DEFAULTS);
    write(project.resolve("target/classes/spark-defaults.conf"), DEFAULTS);
    write(project.resolve("conf/job.properties"),
        "app.name=nightly\nspark.sql.autoBroadcastJoinThreshold = 4g\n");
    Files.write(Files.createDirectories(project.resolve("src/main/resources/i18n"))
            .resolve("messages_fr.properties"),
        "greeting=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    write(project.resolve("conf/spark-env.sh"), "SPARK_DRIVER_MEMORY=8g\n");

    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(project).baseDir(dir).build());

    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line() + ":" + f.ruleId())
        .containsExactly(
            "project/conf/job.properties:2:SparkBroadcastThresholdTooHigh",
            "project/src/main/java/jobs/Job.java:6:SparkDriverMemoryInCode",
            "project/src/main/resources/spark-defaults.conf:3:SparkExcessivePartitions",
            "project/src/main/resources/spark-defaults.conf:4:SparkUnlimitedMaxResultSize");
    assertThat(result.findings().get(2).column()).isEqualTo(1);
    assertThat(result.findings().get(2).code()).isEqualTo("spark.sql.shuffle.partitions=500000");
    assertThat(result.filesAnalyzed()).isEqualTo(3);
    assertThat(result.filesSkipped()).isZero();
  }

  @Test
  void aConfigFileGivenAsInputIsReadAsConfiguration() throws Exception {
    Path conf = write(dir.resolve("spark-defaults.conf"), DEFAULTS);
    AnalysisResult result = new Analyzer(SparklintConfig.defaults())
        .analyze(AnalysisRequest.builder().input(conf).baseDir(dir).build());
    assertThat(result.errors()).isEmpty();
    assertThat(result.findings()).extracting(f -> f.file() + ":" + f.line())
        .containsExactly("spark-defaults.conf:3", "spark-defaults.conf:4");
  }

  @Test
  void disabledRulesAndSeverityOverridesApplyToConfigFiles() throws Exception {
    Path conf = write(dir.resolve("spark-defaults.conf"), DEFAULTS);
    SparklintConfig config = SparklintConfig.builder()
        .enabled("SparkExcessivePartitions", false)
        .severity("SparkUnlimitedMaxResultSize", "error")
        .build();
    AnalysisResult result = new Analyzer(config)
        .analyze(AnalysisRequest.builder().input(conf).baseDir(dir).build());
    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("SparkUnlimitedMaxResultSize");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Test
  void aRuleThatThrowsOnAConfigFileBecomesAnErrorAndTheOthersStillRun() {
    Rule broken = new Rule() {
      @Override
      public RuleDescriptor descriptor() {
        return RuleDescriptor.of("SparkUnboundedCollect", "broken for the test", Severity.NOTE);
      }

      @Override
      public void check(RuleContext context) {}

      @Override
      public void checkConfigFile(ConfigFileContext context) {
        throw new IllegalStateException("boom");
      }
    };
    List<Rule> rules = List.of(broken, io.github.sparklint.core.rules.RuleRegistry
        .find("SparkUnlimitedMaxResultSize").orElseThrow());
    FileAnalyzer.FileResult result = new ConfigFileAnalyzer(SparklintConfig.defaults(), rules)
        .analyze("spark-defaults.conf", DEFAULTS);
    assertThat(result.findings()).extracting(Finding::line).containsExactly(4);
    assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.describe())
        .startsWith("spark-defaults.conf: error: internal error in rule SparkUnboundedCollect")
        .contains("IllegalStateException: boom"));
  }

  private static Path write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
