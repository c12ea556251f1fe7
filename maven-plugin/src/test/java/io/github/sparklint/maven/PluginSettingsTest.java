package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import io.github.sparklint.core.rules.SparkLargeTake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginSettingsTest {
  private static final Rule LARGE_TAKE = RuleRegistry.find("SparkLargeTake").orElseThrow();
  private static final Rule UNBOUNDED_COLLECT =
      RuleRegistry.find("SparkUnboundedCollect").orElseThrow();

  @Test
  void missingParametersGiveTheDefaults() {
    SparklintConfig config = PluginSettings.config(null, List.of(), null);

    assertThat(config.option(LARGE_TAKE, SparkLargeTake.MAX_ROWS)).isEqualTo(100_000L);
    assertThat(RuleRegistry.ids()).allMatch(config::isEnabled);
    assertThat(config.severityOf(LARGE_TAKE)).isEqualTo(Severity.WARNING);
    assertThat(config.fingerprint()).isEqualTo(SparklintConfig.defaults().fingerprint());
  }

  @Test
  void modelsOfTheConfigFileStayUnderThePomsSettingsAndReachTheAnalysis(@TempDir Path dir)
      throws IOException {
    Path yaml = Files.writeString(dir.resolve(ProjectConfigFile.NAME), """
        models:
          version: 1
          methods:
            - {class: Exporter, method: toDriver, arity: 1, fact: collects, argument: 0}
        """);
    Path job = Files.writeString(dir.resolve("Job.java"), """
        import org.apache.spark.sql.SparkSession;

        class Job {
          void run(SparkSession spark) {
            Exporter.toDriver(spark.table("events"));
            Exporter.toDriver(spark.table("events").limit(5));
          }
        }
        """);

    SparklintConfig config = PluginSettings.config(ProjectConfigFile.load(yaml),
        List.of("SparkLargeTake:maxRows=10"), List.of("SparkCacheInLoop"), null);
    AnalysisResult result = new Analyzer(config).analyze(
        AnalysisRequest.builder().input(job).baseDir(dir).threads(1).build());

    assertThat(config.models().rows()).hasSize(1);
    assertThat(result.findings()).extracting(f -> f.line() + " " + f.ruleId())
        .containsExactly("5 SparkUnboundedCollect");
  }

  @Test
  void optionEntrySetsTheRuleOption() {
    SparklintConfig config =
        PluginSettings.config(List.of(" SparkLargeTake:maxRows = 2_000_000 "), null, null);

    assertThat(config.option(LARGE_TAKE, SparkLargeTake.MAX_ROWS)).isEqualTo(2_000_000L);
  }

  @Test
  void commaSeparatedPropertyValuesAreSplitAndBlanksDropped() {
    SparklintConfig config = PluginSettings.config(
        List.of("SparkLargeTake:maxRows=500"),
        Arrays.asList("SparkUnboundedCollect, ,SparkLocalIteratorAccumulation", null, ""),
        List.of("SparkLargeTake=error,SparkUnboundedCollect=note"));

    assertThat(config.option(LARGE_TAKE, SparkLargeTake.MAX_ROWS)).isEqualTo(500L);
    assertThat(config.isEnabled("SparkUnboundedCollect")).isFalse();
    assertThat(config.isEnabled("SparkLocalIteratorAccumulation")).isFalse();
    assertThat(config.isEnabled("SparkLargeTake")).isTrue();
    assertThat(config.severityOf(LARGE_TAKE)).isEqualTo(Severity.ERROR);
    assertThat(config.severityOf(UNBOUNDED_COLLECT)).isEqualTo(Severity.NOTE);
  }

  @Test
  void theConfidencePropertyWinsOverTheFileAndABadValueNamesTheProperty(@TempDir Path dir)
      throws IOException {
    ProjectConfig project = ProjectConfigFile.load(
        Files.writeString(dir.resolve(ProjectConfigFile.NAME), "confidence: low\n"));

    assertThat(PluginSettings.settings(null, null, null).config(project).confidence())
        .isEqualTo(Confidence.LOW);
    assertThat(PluginSettings.settings(null, null, null).confidence("high").config(project)
        .confidence()).isEqualTo(Confidence.HIGH);
    assertThatThrownBy(() -> PluginSettings.settings(null, null, null).confidence("certain")
        .config(ProjectConfig.none()))
        .hasMessage("sparklint.confidence: confidence 'certain' is not one of high, medium, low");
  }

  @Test
  void optionWithoutValueNamesTheExpectedForm() {
    assertThatThrownBy(() -> PluginSettings.config(List.of("SparkLargeTake:maxRows"), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'SparkLargeTake:maxRows'")
        .hasMessageContaining("<RuleId>:<option>=<value>");
  }

  @Test
  void optionWithoutRuleIdIsRejectedByTheCore() {
    assertThatThrownBy(() -> PluginSettings.config(List.of("maxRows=5"), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'maxRows'")
        .hasMessageContaining("<RuleId>:<option>");
  }

  @Test
  void outOfRangeOptionValueNamesKeyValueAndRange() {
    assertThatThrownBy(() -> PluginSettings.config(List.of("SparkLargeTake:maxRows=0"), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessage("option SparkLargeTake:maxRows has value '0'; expected a whole number from 1 to "
            + Long.MAX_VALUE);
  }

  @Test
  void unknownOptionListsTheRulesOptions() {
    assertThatThrownBy(() -> PluginSettings.config(List.of("SparkLargeTake:rows=5"), null, null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("has no option 'rows'")
        .hasMessageContaining("maxRows");
  }

  @Test
  void unknownDisabledRuleListsTheKnownRules() {
    assertThatThrownBy(() -> PluginSettings.config(null, List.of("SparkCollect"), null))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown rule 'SparkCollect'")
        .hasMessageContaining("SparkUnboundedCollect");
  }

  @Test
  void severityEntryNeedsRuleAndLevel() {
    assertThatThrownBy(() -> PluginSettings.config(null, null, List.of("SparkLargeTake")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("<RuleId>=<error|warning|note>");
    assertThatThrownBy(() -> PluginSettings.config(null, null, List.of("SparkLargeTake=fatal")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'fatal'")
        .hasMessageContaining("error, warning, note");
  }

  @Test
  void failLevelParsesAnyCaseAndNamesThePropertyWhenBad() {
    assertThat(PluginSettings.failLevel("ERROR")).isEqualTo(Severity.ERROR);
    assertThat(PluginSettings.failLevel(" note ")).isEqualTo(Severity.NOTE);
    assertThatThrownBy(() -> PluginSettings.failLevel("high"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("sparklint.failOnSeverity: severity 'high'");
  }

  @Test
  void entriesTrimsAndSplits() {
    assertThat(PluginSettings.entries(Arrays.asList(" a ,b", null, "  ", "c,")))
        .containsExactly("a", "b", "c");
    assertThat(PluginSettings.entries(null)).isEmpty();
  }

  @Test
  void threadsZeroMeansOnePerProcessorAndNegativeIsRefusedByItsPropertyName() {
    assertThat(PluginSettings.threads(0)).isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(PluginSettings.threads(3)).isEqualTo(3);
    assertThatThrownBy(() -> PluginSettings.threads(-5)).isInstanceOf(ConfigException.class)
        .hasMessage("sparklint.threads (<threads>) has value -5; expected 0 (one thread per"
            + " processor) or a positive number of threads");
  }

  @Test
  void errorsNameMavenPropertiesNotCommandLineFlags(@TempDir Path dir) {
    ProjectConfig none = ProjectConfig.none();
    assertThatThrownBy(() -> PluginSettings.settings(null, null, null).baseline(null, true)
        .gate(dir, none, List.of(dir))).hasMessage("sparklint.removeStale needs sparklint.baseline");
    assertThatThrownBy(() -> PluginSettings.settings(null, null, null).newSince("HEAD")
        .gate(dir, none, List.of(dir)))
        .hasMessageStartingWith("sparklint.newSince HEAD: " + dir + " is not inside a git work tree")
        .hasMessageNotContaining("--new-since");
    assertThatThrownBy(() -> PluginSettings.settings(null, null, null).maxAllowedViolations(-2)
        .maxAllowedViolations(none))
        .hasMessageStartingWith("sparklint.maxAllowedViolations has value '-2'");
    assertThatThrownBy(() -> PluginSettings.settings(null, null, null).fileTimeout("never")
        .fileTimeout(none)).hasMessageStartingWith("sparklint.fileTimeout has value 'never'");
    assertThatThrownBy(() -> PluginSettings.config(List.of("SparkLargeTake"), null, null))
        .hasMessageStartingWith("sparklint.options (<options>) entry 'SparkLargeTake' must have");
  }
}
