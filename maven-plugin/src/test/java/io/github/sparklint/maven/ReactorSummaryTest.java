package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultSessionData;
import org.eclipse.aether.SessionData;
import org.junit.jupiter.api.Test;

/**
 * The build's one summary: printed by the check execution that completes the reactor, whatever
 * the order the modules finish in, and never for a build that analyzed a single module.
 */
class ReactorSummaryTest {
  private static final String PLUGIN = "io.github.sparklint:sparklint-maven-plugin";

  private final SessionData session = new DefaultSessionData();

  @Test
  void onlyTheLastCheckOfTheReactorPrintsTheBuildsSummary() {
    List<MavenProject> reactor = List.of(project(PLUGIN, "check"), project(PLUGIN, "check"),
        project(PLUGIN, "check"));

    assertThat(record(reactor, false, 3, 3, 0)).isEmpty();
    assertThat(record(reactor, false, ReactorSummary.SKIPPED)).isEmpty();
    assertThat(record(reactor, false, 2, 1, 1))
        .contains("sparklint: 5 findings in 2 modules (4 new, 1 baselined)");
  }

  @Test
  void aBuildWithOneAnalyzedModuleGetsNoSecondSummary() {
    List<MavenProject> reactor = List.of(project(PLUGIN, "check"), project(PLUGIN, "check"));

    assertThat(record(reactor, false, ReactorSummary.SKIPPED)).isEmpty();
    assertThat(record(reactor, false, 1, 1, 0)).isEmpty();
  }

  @Test
  void onlyThisPluginsCheckExecutionsCountAndTheCommandLineRunsItInEveryProject() {
    List<MavenProject> reactor = List.of(project(PLUGIN, "baseline"),
        project("org.acme:check-plugin", "check"));

    assertThat(record(reactor, true, 1, 1, 0)).isEmpty();
    assertThat(record(reactor, true, 1, 0, 1))
        .contains("sparklint: 2 findings in 2 modules (1 new, 1 baselined)");
  }

  @Test
  void theLineSaysOneFindingAndOneModuleInTheSingular() {
    assertThat(ReactorSummary.line(1, 1, 0, 1))
        .isEqualTo("sparklint: 1 finding in 1 module (0 new, 1 baselined)");
  }

  private Optional<String> record(List<MavenProject> reactor, boolean onCommandLine,
      long... module) {
    return ReactorSummary.record(session, reactor, PLUGIN, onCommandLine, module);
  }

  /** A project whose POM binds {@code goal} of {@code pluginKey} in one execution. */
  private static MavenProject project(String pluginKey, String goal) {
    Plugin plugin = new Plugin();
    plugin.setGroupId(pluginKey.substring(0, pluginKey.indexOf(':')));
    plugin.setArtifactId(pluginKey.substring(pluginKey.indexOf(':') + 1));
    PluginExecution execution = new PluginExecution();
    execution.addGoal(goal);
    plugin.addExecution(execution);
    MavenProject project = new MavenProject();
    project.getBuild().addPlugin(plugin);
    return project;
  }
}
