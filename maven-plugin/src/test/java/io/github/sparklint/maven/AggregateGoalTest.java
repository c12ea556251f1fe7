package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.gate.BaselineMatch;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The modules' checks leave failing to sparklint:aggregate only when the build runs it, and the
 * goal itself ({@code execute()} on a reactor of real Maven models) finds each module's reports
 * where that module's check writes them.
 */
class AggregateGoalTest {
  @Test
  void otherGoalsAndOtherPluginsAggregatesDoNotDeferFailing() {
    assertThat(GateMojo.aggregateRequested(null)).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of())).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("verify", "sparklint:check"))).isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("pmd:aggregate-pmd", "checkstyle:aggregate")))
        .isFalse();
    assertThat(GateMojo.aggregateRequested(List.of("com.acme:sparklint-maven-plugin:1:aggregate")))
        .isFalse();
  }

  @Test
  void theAggregateGoalByPrefixOrCoordinatesDefersFailing() {
    assertThat(GateMojo.aggregateRequested(List.of("verify", "sparklint:aggregate"))).isTrue();
    assertThat(GateMojo.aggregateRequested(
        List.of("verify", "io.github.sparklint:sparklint-maven-plugin:0.1.0:aggregate"))).isTrue();
    assertThat(GateMojo.aggregateRequested(
        List.of("io.github.sparklint:sparklint-maven-plugin:aggregate"))).isTrue();
  }

  @TempDir Path root;
  private final RecordingLog log = new RecordingLog();

  @Test
  void eachModulesReportsAreReadFromItsConfiguredDirectoryAndAMissingOneIsNamed()
      throws Exception {
    MavenProject ingest = ModuleOutputDirectoryTest.module(root.resolve("ingest"), "");
    MavenProject report = ModuleOutputDirectoryTest.module(root.resolve("report"),
        ModuleOutputDirectoryTest.sparklint(
            "<configuration><outputDirectory>build/lint</outputDirectory></configuration>"));
    MavenProject batch = ModuleOutputDirectoryTest.module(root.resolve("batch"),
        ModuleOutputDirectoryTest.sparklint(
            "<configuration><outputDirectory>build/lint</outputDirectory></configuration>"));
    MavenProject parent = ModuleOutputDirectoryTest.module(root, "<packaging>pom</packaging>");
    writeReports(root.resolve("ingest/target/sparklint"), "ingest/src/main/java/Load.java");
    writeReports(root.resolve("report/build/lint"), "report/src/main/java/Export.java");
    // batch's check wrote where it used to: not where its POM says now
    writeReports(root.resolve("batch/target/sparklint"), "batch/src/main/java/Batch.java");

    goal(List.of(parent, ingest, report, batch)).execute();

    JsonArray results = JsonParser.parseString(
            Files.readString(root.resolve("target/sparklint/sparklint.sarif")))
        .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
        .getAsJsonArray("results");
    assertThat(results).extracting(r -> r.getAsJsonObject().getAsJsonArray("locations").get(0)
            .getAsJsonObject().getAsJsonObject("physicalLocation")
            .getAsJsonObject("artifactLocation").get("uri").getAsString())
        .containsExactly("ingest/src/main/java/Load.java", "report/src/main/java/Export.java");
    assertThat(Files.readString(root.resolve("target/sparklint/gl-code-quality-report.json")))
        .contains("ingest/src/main/java/Load.java", "report/src/main/java/Export.java");
    assertThat(log.lines).filteredOn(line -> line.startsWith("warn ")).containsExactly(
        "warn sparklint: module batch has no report where its sparklint:check writes it"
            + " (batch/build/lint/sparklint.sarif), so its findings are not in the build's"
            + " report; did sparklint:check run in it?");
    assertThat(log.lines).contains(
        "info sparklint: 2 findings in 2 modules (2 new, 0 baselined) \u2014 report:"
            + " target/sparklint/sparklint.sarif");
  }

  @Test
  void aModuleWithoutItsCodeQualityReportIsNamedToo() throws Exception {
    MavenProject ingest = ModuleOutputDirectoryTest.module(root.resolve("ingest"), "");
    Path reports = root.resolve("ingest/target/sparklint");
    writeReports(reports, "ingest/src/main/java/Load.java");
    Files.delete(reports.resolve("gl-code-quality-report.json"));

    goal(List.of(ingest)).execute();

    assertThat(log.lines).filteredOn(line -> line.startsWith("warn ")).containsExactly(
        "warn sparklint: module ingest has no GitLab Code Quality report"
            + " (ingest/target/sparklint/gl-code-quality-report.json), so its findings are not in"
            + " the build's");
  }

  /** The reports a module's check writes for one new finding in {@code file}. */
  private void writeReports(Path directory, String file) throws Exception {
    Finding finding = new Finding("SparkUnboundedCollect", Severity.WARNING, file, 3, 5,
        "`collect()` copies every row", "limit it", "run", "rows.collect()");
    AnalysisResult result = new AnalysisResult(List.of(finding), List.of(), 1, 0);
    ReportFiles.write(new GateResult(result, BaselineMatch.none(List.of(finding)), false, false,
        true), root, directory, null);
  }

  /** The goal with the values Maven injects at the root of {@code reactor}. */
  private AggregateMojo goal(List<MavenProject> reactor) throws Exception {
    AggregateMojo goal = new AggregateMojo();
    CheckGoalMultiFileTest.set(goal, "reactorProjects", reactor);
    MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(),
        new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
    CheckGoalMultiFileTest.set(goal, "session", session);
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setGroupId("io.github.sparklint");
    plugin.setArtifactId("sparklint-maven-plugin");
    CheckGoalMultiFileTest.set(goal, "plugin", plugin);
    CheckGoalMultiFileTest.set(goal, "outputDirectory", root.resolve("target/sparklint").toFile());
    CheckGoalMultiFileTest.set(goal, "executionRootDirectory", root.toFile());
    CheckGoalMultiFileTest.set(goal, "moduleDirectory", root.toFile());
    CheckGoalMultiFileTest.set(goal, "failOnViolation", false);
    goal.setLog(log.log);
    return goal;
  }
}
