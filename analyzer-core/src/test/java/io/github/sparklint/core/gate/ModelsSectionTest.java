package io.github.sparklint.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.spark.ArgumentCondition;
import io.github.sparklint.core.spark.MethodFact;
import io.github.sparklint.core.spark.MethodModels;
import io.github.sparklint.core.spark.MethodRow;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code models:} section of {@code sparklint.yaml}: read, versioned, validated. */
class ModelsSectionTest {
  @TempDir Path dir;

  private Path yaml(String text) throws Exception {
    return Files.writeString(dir.resolve(ProjectConfigFile.NAME), text);
  }

  private MethodModels models(Path file) {
    return ProjectConfigFile.load(file).applyTo(SparklintConfig.builder()).build().models();
  }

  @Test
  void rowsAreReadWithTheirLinesAndReachTheConfiguration() throws Exception {
    Path file = yaml("""
        models:
          version: 1
          methods:
            - class: com.acme.platform.Tables
              method: read
              arity: 1
              fact: returns
              argument: dataset
            - {class: Exporter, method: toDriver, fact: collects, argument: 0}
        """);

    MethodModels models = models(file);

    assertThat(models.source()).isEqualTo(file.toString());
    assertThat(models.rows()).containsExactly(
        new MethodRow("com.acme.platform.Tables", "read", 1, MethodFact.RETURNS, "dataset", 4),
        new MethodRow("Exporter", "toDriver", MethodRow.ANY_ARITY, MethodFact.COLLECTS, "0", 9));
    assertThat(models.rows().get(0).simpleOwner()).isEqualTo("Tables");
  }

  @Test
  void changingAModelChangesTheConfigurationFingerprint() throws Exception {
    String before = ProjectConfigFile.load(yaml("""
        models:
          version: 1
          methods:
            - {class: Lookup, method: codes, fact: rows, argument: bounded 50}
        """)).applyTo(SparklintConfig.builder()).build().fingerprint();
    String after = ProjectConfigFile.load(yaml("""
        models:
          version: 1
          methods:
            - {class: Lookup, method: codes, fact: rows, argument: bounded 5000}
        """)).applyTo(SparklintConfig.builder()).build().fingerprint();

    assertThat(before).isNotEqualTo(after).isNotEqualTo(SparklintConfig.defaults().fingerprint());
  }

  @Test
  void sectionWithoutMethodsDeclaresNothing() throws Exception {
    assertThat(models(yaml("models:\n  version: 1\n")).isEmpty()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown fact | {class: A, method: m, fact: retruns, argument: dataset} "
          + "| 4: models: field 'fact': unknown fact 'retruns'; models may state returns, rows, collects, drains, hands, broadcasts",
      "Spark-only fact | {class: A, method: m, fact: takes, argument: 0} "
          + "| 4: models: field 'fact': unknown fact 'takes'",
      "argument index beyond arity | {class: A, method: m, arity: 2, fact: collects, argument: 2} "
          + "| 4: models: field 'argument': argument index 2 is out of range for a method of arity 2",
      "negative argument index | {class: A, method: m, fact: broadcasts, argument: -1} "
          + "| 4: models: field 'argument': 'broadcasts' takes an argument index (0 for the first argument), not '-1'",
      "receiver is not an argument | {class: A, method: m, fact: collects, argument: this} "
          + "| 4: models: field 'argument': 'collects' takes an argument index",
      "bad class name | {class: com.acme.1Tables, method: m, fact: returns, argument: rdd} "
          + "| 4: models: field 'class': 'com.acme.1Tables' is not a Java class name",
      "bad method name | {class: A, method: read-all, fact: returns, argument: rdd} "
          + "| 4: models: field 'method': 'read-all' is not a Java method name",
      "bad arity | {class: A, method: m, arity: many, fact: returns, argument: rdd} "
          + "| 4: models: field 'arity': 'many' is not a number of parameters",
      "kind models cannot return | {class: A, method: m, fact: returns, argument: reader} "
          + "| 4: models: field 'argument': 'returns' takes dataset, rdd, session, spark-context, sql-context or a class name (com.acme.Reader), not 'reader'",
      "bounded needs a count | {class: A, method: m, fact: rows, argument: bounded} "
          + "| 4: models: field 'argument': 'rows' takes unbounded, bounded N",
      "Spark-only rows | {class: A, method: m, fact: rows, argument: receiver} "
          + "| 4: models: field 'argument': 'rows' takes unbounded",
      "unknown field | {class: A, method: m, fact: returns, argument: rdd, size: 3} "
          + "| 4: models: unknown field 'size'; allowed: class, method, arity, fact, argument, when",
      "missing field | {class: A, fact: returns, argument: rdd} "
          + "| 4: models: the row has no 'method'",
      "not a condition | {class: A, method: m, fact: rows, argument: unbounded, when: argument 0 = X} "
          + "| 4: models: field 'when': 'argument 0 = X' is not a condition; write 'argument N is ClassName'",
      "not a class | {class: A, method: m, fact: rows, argument: unbounded, when: argument 0 is x-y} "
          + "| 4: models: field 'when': 'argument 0 is x-y' is not a condition",
      "condition of another fact | {class: A, method: m, fact: returns, argument: rdd, when: argument 0 is X} "
          + "| 4: models: field 'when': only 'rows' rows of models may have a condition, not 'returns'",
      "hands without a kind | {class: A, method: m, arity: 2, fact: hands, argument: 1} "
          + "| 4: models: field 'argument': 'hands' takes a parameter index followed by unbounded (a whole table) or batch",
      "hands of an unknown kind | {class: A, method: m, arity: 2, fact: hands, argument: 1 rows} "
          + "| 4: models: field 'argument': 'hands' takes a parameter index followed by unbounded",
      "hands beyond arity | {class: A, method: m, arity: 2, fact: hands, argument: 2 batch} "
          + "| 4: models: field 'argument': argument index 2 is out of range for a method of arity 2",
      "hands without an argument | {class: A, method: m, arity: 2, fact: hands} "
          + "| 4: models: field 'argument': 'hands' takes a parameter index",
      "argument beyond arity | {class: A, method: m, arity: 1, fact: rows, argument: unbounded, when: argument 1 is X} "
          + "| 4: models: field 'when': argument index 1 is out of range for a method of arity 1",
  })
  void badRowsAreErrorsNamingFileLineAndField(String what, String row, String expected)
      throws Exception {
    Path file = yaml("models:\n  version: 3\n  methods:\n    - " + row + "\n");

    assertThatThrownBy(() -> ProjectConfigFile.load(file)).as(what)
        .isInstanceOf(ConfigException.class).hasMessageStartingWith(file + ":" + expected);
  }

  @Test
  void conditionsAreReadFromVersionTwo() throws Exception {
    Path file = yaml("""
        models:
          version: 2
          methods:
            - {class: Runner, method: run, arity: 1, fact: rows, argument: unbounded, when: argument 0 is com.acme.ReadAll}
            - {class: Runner, method: run, arity: 1, fact: rows, argument: bounded 10, when: "argument  0 is Sample"}
            - {class: Runner, method: run, arity: 1, fact: rows, argument: driver}
        """);

    assertThat(models(file).rows()).containsExactly(
        new MethodRow("Runner", "run", 1, MethodFact.ROWS, "unbounded", 4,
            new ArgumentCondition(0, "com.acme.ReadAll")),
        new MethodRow("Runner", "run", 1, MethodFact.ROWS, "bounded 10", 5,
            new ArgumentCondition(0, "Sample")),
        new MethodRow("Runner", "run", 1, MethodFact.ROWS, "driver", 6));
    assertThat(models(file).rows().get(0).text())
        .isEqualTo("Runner run 1 rows unbounded when argument 0 is com.acme.ReadAll");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "condition in version 1 | 1 | {class: A, method: m, fact: rows, argument: unbounded, when: argument 0 is X} "
          + "| {class: A, method: m, fact: rows, argument: driver} "
          + "| 4: models: field 'when' needs 'version: 2' (this section says version 1)",
      "hands in version 2 | 2 | {class: A, method: m, fact: rows, argument: driver} "
          + "| {class: A, method: m, arity: 1, fact: hands, argument: 0 batch} "
          + "| 5: models: fact 'hands' needs 'version: 3' (this section says version 2)",
      "two tested arguments | 2 | {class: A, method: m, fact: rows, argument: unbounded, when: argument 0 is X} "
          + "| {class: A, method: m, fact: rows, argument: driver, when: argument 1 is Y} "
          + "| 5: models: field 'when': tests argument 1, but line 4 tests argument 0 of A.m; "
          + "the conditions of one method test one argument",
      "contradiction under one condition | 2 | {class: A, method: m, fact: rows, argument: unbounded, when: argument 0 is X} "
          + "| {class: A, method: m, fact: rows, argument: driver, when: argument 0 is X} "
          + "| 5: models: field 'argument': 'rows driver' contradicts 'rows unbounded' of line 4 for A.m",
  })
  void conditionsNeedVersionTwoAndOneTestedArgumentPerMethod(String what, String version,
      String first, String second, String expected) throws Exception {
    Path file = yaml("models:\n  version: " + version + "\n  methods:\n    - " + first + "\n    - "
        + second + "\n");

    assertThatThrownBy(() -> ProjectConfigFile.load(file)).as(what).hasMessage(file + ":" + expected);
  }

  @Test
  void contradictoryAndRepeatedRowsAreErrorsAtTheLaterRow() throws Exception {
    Path contradiction = yaml("""
        models:
          version: 1
          methods:
            - {class: com.acme.Tables, method: read, fact: returns, argument: dataset}
            - {class: Tables, method: read, arity: 1, fact: returns, argument: rdd}
        """);
    assertThatThrownBy(() -> ProjectConfigFile.load(contradiction))
        .hasMessage(contradiction + ":5: models: field 'argument': 'returns rdd' contradicts "
            + "'returns dataset' of line 4 for Tables.read");

    Path repeated = yaml("""
        models:
          version: 1
          methods:
            - {class: A, method: m, fact: collects, argument: 0}
            - {class: A, method: m, fact: collects, argument: 1}
            - {class: A, method: m, fact: collects, argument: 0}
        """);
    assertThatThrownBy(() -> ProjectConfigFile.load(repeated))
        .hasMessage(repeated + ":6: models: field 'fact': repeats the row of line 4");

    Path streamingRdd = yaml("""
        models:
          version: 1
          methods:
            - {class: A, method: m, fact: returns, argument: rdd}
            - {class: A, method: m, fact: rows, argument: streaming}
        """);
    assertThatThrownBy(() -> ProjectConfigFile.load(streamingRdd))
        .hasMessage(streamingRdd + ":5: models: field 'argument': 'rows streaming' needs a "
            + "Dataset, but line 4 says 'returns rdd'");
  }

  @Test
  void versionIsRequiredAndVersionsOneToThreeAreRead() throws Exception {
    Path none = yaml("models:\n  methods: []\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(none))
        .hasMessage(none + ":2: models needs 'version: 3'");

    Path four = yaml("models:\n  version: 4\n  methods: []\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(four))
        .hasMessage(four + ":2: models version '4' is not supported; this sparklint reads "
            + "versions 1 to 3");
    Path zero = yaml("models:\n  version: 0\n  methods: []\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(zero))
        .hasMessageEndingWith("models version '0' is not supported; this sparklint reads "
            + "versions 1 to 3");
    assertThat(models(yaml("models:\n  version: 2\n  methods: []\n")).isEmpty()).isTrue();

    Path key = yaml("models:\n  version: 1\n  classes: []\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(key))
        .hasMessage(key + ":3: models: unknown key 'classes'; allowed: methods, version");

    Path notList = yaml("models:\n  version: 1\n  methods: {class: A}\n");
    assertThatThrownBy(() -> ProjectConfigFile.load(notList))
        .hasMessage(notList + ":3: models: 'methods' must be a list of method rows");
  }
}
