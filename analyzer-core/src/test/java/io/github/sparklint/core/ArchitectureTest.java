package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine keeps the layers of DESIGN.md: the core's own classes pass every rule of
 * {@link CoreLayers}, and the fixtures under {@code io.github.sparklint.archfixture} show that each
 * rule fails on what it forbids ({@code bad}) and accepts what looks close but is allowed
 * ({@code clean}).
 */
class ArchitectureTest {
  private static final String CORE_ROOT = "io.github.sparklint.core";
  private static final String FIXTURES = "io.github.sparklint.archfixture";
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(CORE_ROOT);
  private static final CoreLayers CORE_LAYERS = new CoreLayers(CORE_ROOT);
  private static final JavaClasses BAD = new ClassFileImporter().importPackages(FIXTURES + ".bad");

  @Test
  void theCoreLayersPointDownAndEveryClassHasOne() {
    CORE_LAYERS.layersPointDown().check(CORE);
  }

  @Test
  void theCorePackagesHaveNoCycles() {
    CORE_LAYERS.noPackageCycles().check(CORE);
  }

  @Test
  void theCoreImportsNothingFromErrorProneJavacInternalsOrMaven() {
    CORE_LAYERS.noFrontTools().check(CORE);
  }

  @Test
  void theSparkFactsImportNoJavaParser() {
    CORE_LAYERS.factsReadNoJavaParser().check(CORE);
  }

  @Test
  void javaParserStaysInTheJavaAndFlowLayersBesidesTheKnownGaps() {
    CORE_LAYERS.javaParserStaysInJavaAndFlow().check(CORE);
  }

  @Test
  void aTreeThatUsesOnlyLowerLayersPassesEveryRule() {
    CoreLayers layers = new CoreLayers(FIXTURES + ".clean");
    JavaClasses clean = new ClassFileImporter().importPackages(FIXTURES + ".clean");

    for (ArchRule rule : List.of(layers.layersPointDown(), layers.noPackageCycles(),
        layers.noFrontTools(), layers.factsReadNoJavaParser(),
        layers.javaParserStaysInJavaAndFlow())) {
      assertThat(rule.evaluate(clean).getFailureReport().getDetails()).as(rule.getDescription())
          .isEmpty();
    }
  }

  @Test
  void aFactThatUsesTheFlowLayerIsAWrongWayDependency() {
    assertThat(violations(bad().layersPointDown()))
        .anyMatch(v -> v.contains("bad.spark.Fact") && v.contains("bad.flow.Rows"))
        .noneMatch(v -> v.contains("bad.flow.Rows") && !v.contains("bad.spark.Fact"));
  }

  @Test
  void aRuleThatUsesTheRootEntryPointIsAWrongWayDependency() {
    assertThat(violations(bad().layersPointDown()))
        .anyMatch(v -> v.contains("bad.rule.Context") && v.contains("bad.Analyzer"))
        // rule and rules use each other, but inside one layer that is no wrong-way dependency
        .noneMatch(v -> v.contains("bad.rule.Context") && v.contains("bad.rules.Registry"));
  }

  @Test
  void aPackageThatNoLayerNamesIsReported() {
    assertThat(violations(bad().layersPointDown()))
        .anyMatch(v -> v.contains("bad.triage.Cause") && v.contains("not contained"));
  }

  @Test
  void twoPackagesOfOneLayerThatUseEachOtherAreACycle() {
    assertThat(violations(bad().noPackageCycles()))
        .hasSize(1)
        .allMatch(v -> v.contains("Cycle detected") && v.contains("rule") && v.contains("rules"));
  }

  @Test
  void javaParserInTheFactsOrAReportIsReported() {
    assertThat(violations(bad().factsReadNoJavaParser()))
        .allMatch(v -> v.contains("bad.spark.Fact"))
        .anyMatch(v -> v.contains("com.github.javaparser.ast.Node"));
    assertThat(violations(bad().javaParserStaysInJavaAndFlow()))
        .anyMatch(v -> v.contains("bad.spark.Fact") && v.contains("com.github.javaparser"))
        .anyMatch(v -> v.contains("bad.report.Report") && v.contains("com.github.javaparser"));
  }

  private static CoreLayers bad() {
    return new CoreLayers(FIXTURES + ".bad");
  }

  private static List<String> violations(ArchRule rule) {
    return rule.evaluate(BAD).getFailureReport().getDetails();
  }
}
