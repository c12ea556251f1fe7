package io.github.sparklint.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.rules.SparkLargeTake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One precedence for every front: its own setting, then sparklint.yaml, then the default. */
class RunSettingsTest {
  private static final SettingNames NAMES = new SettingNames("-o", "-s", "-f", "-u", "-t", "-m",
      "-b", "-r", "-n", "-c");
  private static final Rule TAKE = RuleRegistry.find("SparkLargeTake").orElseThrow();
  private static final Rule COLLECT = RuleRegistry.find("SparkUnboundedCollect").orElseThrow();

  @TempDir Path dir;

  private ProjectConfig yaml(String text) throws IOException {
    return ProjectConfigFile.load(Files.writeString(dir.resolve(ProjectConfigFile.NAME), text));
  }

  @Test
  void nothingSetAnywhereGivesTheDefaults() {
    RunSettings settings = RunSettings.of(NAMES);
    ProjectConfig none = ProjectConfig.none();

    assertThat(settings.config(none).fingerprint()).isEqualTo(SparklintConfig.defaults().fingerprint());
    assertThat(settings.failLevel(none)).isEqualTo(Severity.WARNING);
    assertThat(settings.maxAllowedViolations(none)).isZero();
    assertThat(settings.fileTimeout(none)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theFileWinsOverTheDefaultsWhenTheFrontSetsNothing() throws IOException {
    ProjectConfig project = yaml("""
        rules:
          SparkLargeTake:
            severity: error
            options: {maxRows: 10}
        failOn: error
        maxAllowedViolations: 3
        fileTimeout: 5
        """);
    RunSettings settings = RunSettings.of(NAMES);

    SparklintConfig config = settings.config(project);
    assertThat(config.severityOf(TAKE)).isEqualTo(Severity.ERROR);
    assertThat(config.option(TAKE, SparkLargeTake.MAX_ROWS)).isEqualTo(10L);
    assertThat(settings.failLevel(project)).isEqualTo(Severity.ERROR);
    assertThat(settings.maxAllowedViolations(project)).isEqualTo(3);
    assertThat(settings.fileTimeout(project)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void theFrontsExplicitSettingsWinOverTheFile() throws IOException {
    ProjectConfig project = yaml("""
        rules:
          SparkLargeTake:
            severity: error
            options: {maxRows: 10}
          SparkUnboundedCollect: off
        failOn: error
        maxAllowedViolations: 3
        fileTimeout: 5
        failOnUnanalyzed: false
        """);
    RunSettings settings = RunSettings.of(NAMES)
        .options(List.of("SparkLargeTake:maxRows=20")).severities(List.of("SparkLargeTake=note"))
        .failOn("note").maxAllowedViolations(0).fileTimeout("7").failOnUnanalyzed(true);

    SparklintConfig config = settings.config(project);
    assertThat(config.severityOf(TAKE)).isEqualTo(Severity.NOTE);
    assertThat(config.option(TAKE, SparkLargeTake.MAX_ROWS)).isEqualTo(20L);
    assertThat(config.isEnabled(COLLECT.id())).as("the file's off stays: the front said nothing")
        .isFalse();
    assertThat(settings.failLevel(project)).isEqualTo(Severity.NOTE);
    assertThat(settings.maxAllowedViolations(project)).as("an explicit 0 is a setting, not unset")
        .isZero();
    assertThat(settings.fileTimeout(project)).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void theConfidenceThresholdIsTheFrontsThenTheFilesThenMedium() throws IOException {
    Finding low = finding(Confidence.LOW);
    Finding medium = finding(Confidence.MEDIUM);
    ProjectConfig none = ProjectConfig.none();
    ProjectConfig lowFile = yaml("confidence: low\n");

    SparklintConfig byDefault = RunSettings.of(NAMES).config(none);
    assertThat(byDefault.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(byDefault.shows(medium)).isTrue();
    assertThat(byDefault.shows(low)).isFalse();
    assertThat(RunSettings.of(NAMES).config(lowFile).shows(low)).isTrue();
    SparklintConfig flagged = RunSettings.of(NAMES).confidence("HIGH").config(lowFile);
    assertThat(flagged.shows(medium)).as("the front's setting wins over the file").isFalse();
    assertThat(RunSettings.of(NAMES).confidence(" ").config(lowFile).shows(low))
        .as("a blank front value is unset").isTrue();
    assertThat(flagged.fingerprint()).as("results hold every finding: the threshold keys no cache")
        .isEqualTo(byDefault.fingerprint());
    assertThatThrownBy(() -> RunSettings.of(NAMES).confidence("sure").config(none))
        .hasMessage("-c: confidence 'sure' is not one of high, medium, low");
  }

  private static Finding finding(Confidence confidence) {
    return new Finding("SparkUnboundedCollect", Severity.WARNING, "Job.java", 3, 5, "m", "f", "",
        "", List.of(), null, confidence);
  }

  @Test
  void blankAndNullFrontValuesCountAsUnset() throws IOException {
    ProjectConfig project = yaml("failOn: note\nfileTimeout: 9\n");
    RunSettings settings = RunSettings.of(NAMES).failOn("  ").fileTimeout("").options(null)
        .severities(java.util.Arrays.asList("", null)).maxAllowedViolations((Integer) null);

    assertThat(settings.failLevel(project)).isEqualTo(Severity.NOTE);
    assertThat(settings.fileTimeout(project)).isEqualTo(Duration.ofSeconds(9));
    assertThat(settings.maxAllowedViolations(project)).isZero();
  }

  @Test
  void errorsNameTheSettingAsTheFrontSpellsIt() {
    ProjectConfig none = ProjectConfig.none();
    assertThatThrownBy(() -> RunSettings.of(NAMES).options(List.of("SparkLargeTake:maxRows"))
        .config(none)).hasMessage("-o 'SparkLargeTake:maxRows' must have the form "
            + "<RuleId>:<option>=<value>");
    assertThatThrownBy(() -> RunSettings.of(NAMES).severities(List.of("SparkLargeTake"))
        .config(none)).hasMessageStartingWith("-s 'SparkLargeTake' must have the form");
    assertThatThrownBy(() -> RunSettings.of(NAMES).failOn("high").failLevel(none))
        .hasMessage("-f: severity 'high' is not one of error, warning, note");
    assertThatThrownBy(() -> RunSettings.of(NAMES).maxAllowedViolations(-1)
        .maxAllowedViolations(none)).hasMessageStartingWith("-m has value '-1'; expected");
    assertThatThrownBy(() -> RunSettings.of(NAMES).fileTimeout("0").fileTimeout(none))
        .hasMessageStartingWith("-t has value '0'");
    assertThatThrownBy(() -> RunSettings.of(NAMES).baseline(null, true)
        .gate(dir, none, List.of(dir))).hasMessage("-r needs -b");
    assertThatThrownBy(() -> RunSettings.of(NAMES).newSince("HEAD").gate(dir, none, List.of(dir)))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("-n HEAD: " + dir + " is not inside a git work tree");
  }

  @Test
  void aBadOptionValueNamesItsRuleAndAnUnknownNameGetsTheClosestKnownOne() {
    ProjectConfig none = ProjectConfig.none();
    assertThatThrownBy(() -> RunSettings.of(NAMES).options(List.of("SparkLargeTake:maxRows=lots"))
        .config(none)).isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.ruleId()).hasValue("SparkLargeTake"));
    assertThatThrownBy(() -> RunSettings.of(NAMES).disabled(List.of("SparkLargeTak")).config(none))
        .hasMessageStartingWith("unknown rule 'SparkLargeTak'; did you mean 'SparkLargeTake'?")
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.ruleId()).isEmpty());
    assertThatThrownBy(() -> RunSettings.of(NAMES).options(List.of("SparkLargeTake:maxrow=5"))
        .config(none)).hasMessageContaining("no option 'maxrow'; did you mean 'maxRows'?");
  }
}
