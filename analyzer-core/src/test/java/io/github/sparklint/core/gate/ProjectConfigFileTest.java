package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.rules.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigFileTest {
  @TempDir Path dir;

  private Path yaml(String text) throws Exception {
    return Files.writeString(dir.resolve(ProjectConfigFile.NAME), text);
  }

  @Test
  void rulesSeveritiesOptionsAndExcludesApply() throws Exception {
    ProjectConfig config = ProjectConfigFile.load(yaml("""
        # sparklint settings
        rules:
          SparkLargeTake:
            severity: error
            options:
              maxRows: 10
          SparkCacheInLoop: off
          SparkUnboundedCollect: note
        exclude:
          - "**/generated/**"
          - "legacy/*.java"
        """));
    SparklintConfig built = config.applyTo(SparklintConfig.builder()).build();

    var take = RuleRegistry.find("SparkLargeTake").orElseThrow();
    assertThat(built.severityOf(take)).isEqualTo(Severity.ERROR);
    assertThat(built.fingerprint()).contains("SparkLargeTake:maxRows=10");
    assertThat(built.isEnabled("SparkCacheInLoop")).isFalse();
    assertThat(built.severityOf(RuleRegistry.find("SparkUnboundedCollect").orElseThrow()))
        .isEqualTo(Severity.NOTE);
    Excludes excludes = config.excludes();
    assertThat(excludes.excludes(dir.resolve("generated/A.java"))).isTrue();
    assertThat(excludes.excludes(dir.resolve("m/target/generated/B.java"))).isTrue();
    assertThat(excludes.excludes(dir.resolve("legacy/C.java"))).isTrue();
    assertThat(excludes.excludes(dir.resolve("legacy/sub/C.java"))).isFalse();
    assertThat(excludes.excludes(dir.resolve("src/D.java"))).isFalse();
  }

  @Test
  void errorsNameFileLineAndTheAllowedValues() throws Exception {
    Path file = yaml("rules:\n  SparkLargeTake:\n    severity: error\n  SparkFoo: off\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(file + ":4: unknown rule 'SparkFoo'; known rules: ");

    yaml("rules:\n  SparkLargeTake:\n    options:\n      maxRows: lots\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).hasMessageStartingWith(
        file + ":4: option SparkLargeTake:maxRows has value 'lots'; expected a whole number");

    yaml("rules:\n  SparkLargeTake:\n    options:\n      maxRowz: 5\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":4: rule SparkLargeTake has no option 'maxRowz'; did you mean 'maxRows'?"
            + " (its options: maxRows)");

    yaml("rules:\n  SparkLargeTake: loud\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).hasMessageStartingWith(file + ":2: ")
        .hasMessageContaining("loud");

    yaml("rule:\n  SparkLargeTake: off\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":1: unknown key 'rule'; did you mean 'rules'?; allowed: confidence,"
            + " exclude, failOn, failOnUnanalyzed, fileTimeout, maxAllowedViolations, models, rules");

    yaml("rules: {}\nconfidence: certain\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":2: confidence 'certain' is not one of high, medium, low");

    yaml("failOnUnanalyzed: maybe\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":1: failOnUnanalyzed has value 'maybe'; expected true or false");

    yaml("fileTimeout: forever\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).hasMessage(file
        + ":1: fileTimeout has value 'forever'; expected a whole number of seconds from 1 to 3600");

    yaml("rules:\n  SparkLargeTake:\n    level: error\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).hasMessage(file
        + ":3: unknown setting 'level' for rule SparkLargeTake; allowed: enabled, options, severity");

    yaml("exclude: generated\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessageStartingWith(file + ":1: 'exclude' must be a list of globs");

    yaml("rules:\n  - SparkLargeTake\n  SparkCacheInLoop: off\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessageStartingWith(file + ": not valid YAML: ");
  }

  @Test
  void aValueOfTheWrongShapeOrAKeySetTwiceIsAnErrorNamingTheField() throws Exception {
    Path file = yaml("fileTimeout: [30]\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file)).hasMessage(
        file + ":1: expected fileTimeout: a number of seconds (a plain value) here");

    yaml("failOnUnanalyzed: {a: 1}\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":1: expected failOnUnanalyzed: true or false (a plain value) here");

    // YAML forbids a repeated key; the last one silently winning would hide a mistake.
    yaml("fileTimeout: 5\nfileTimeout: 3600\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":2: 'fileTimeout' is set twice in the top level");

    yaml("rules:\n  SparkLargeTake: off\n  SparkCacheInLoop: off\n  SparkLargeTake: on\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":4: 'SparkLargeTake' is set twice in 'rules'");

    yaml("rules:\n  SparkLargeTake:\n    options:\n      maxRows: 5\n      maxRows: 6\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(file))
        .hasMessage(file + ":5: 'maxRows' is set twice in options of SparkLargeTake");
  }

  @Test
  void fileTimeoutIsReadAndAFrontsOwnSettingWins() throws Exception {
    ProjectConfig config = ProjectConfigFile.load(yaml("fileTimeout: 5\n"));

    assertThat(config.resolveFileTimeout(null, "--file-timeout")).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.resolveFileTimeout("7", "--file-timeout")).isEqualTo(Duration.ofSeconds(7));
    assertThat(ProjectConfig.none().resolveFileTimeout(" ", "sparklint.fileTimeout"))
        .isEqualTo(FileTimeout.DEFAULT);
  }

  @Test
  void failOnUnanalyzedIsOnByDefaultAndAFrontsOwnSettingWins() throws Exception {
    ProjectConfig off = ProjectConfigFile.load(yaml("failOnUnanalyzed: false\n"));

    assertThat(ProjectConfig.none().resolveFailOnUnanalyzed(null)).isTrue();
    assertThat(off.resolveFailOnUnanalyzed(null)).isFalse();
    assertThat(off.resolveFailOnUnanalyzed(true)).isTrue();
  }

  @Test
  void emptyFileSetsNothingAndDiscoveryWalksUp() throws Exception {
    Path file = yaml("# nothing yet\n");
    assertThat(ProjectConfigFile.load(file).settings()).isEmpty();
    Path deep = Files.createDirectories(dir.resolve("a/b/c"));
    assertThat(ProjectConfigFile.above(deep)).contains(file);
    assertThat(ProjectConfigFile.in(deep)).isEmpty();
  }

  @Test
  void aModuleFindsItsOwnFileThenTheBuildsButNothingAboveTheBuild() throws Exception {
    Path build = Files.createDirectories(dir.resolve("build"));
    Path module = Files.createDirectories(build.resolve("jobs/export"));
    Path above = yaml("# above the build: never read by its modules\n");
    assertThat(ProjectConfigFile.nearest(module, build)).isEmpty();

    Path buildFile = Files.writeString(build.resolve(ProjectConfigFile.NAME), "");
    assertThat(ProjectConfigFile.nearest(module, build)).contains(buildFile);
    assertThat(ProjectConfigFile.nearest(build, build)).contains(buildFile);

    Path moduleFile = Files.writeString(build.resolve("jobs/" + ProjectConfigFile.NAME), "");
    assertThat(ProjectConfigFile.nearest(module, build)).contains(moduleFile);
    assertThat(ProjectConfigFile.nearest(module, build.resolve("jobs/export"))).isEmpty();

    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    assertThat(ProjectConfigFile.nearest(elsewhere, build)).contains(buildFile);
    assertThat(ProjectConfigFile.above(elsewhere)).contains(above);
  }
}
