package io.github.sparklint.maven;

import io.github.sparklint.core.gate.GateResult;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.SessionData;

/**
 * The one summary of a multi-module build that has no {@code sparklint:aggregate}: every {@code
 * check} execution of the reactor records its module (or that it skipped), and the execution that
 * records the last one, the last to finish also in a parallel build, returns {@code sparklint: 5
 * findings in 3 modules (5 new, 0 baselined)}. Builds with a single analyzed module get none (the
 * module's own summary says it all). The records live in the session's data, in JDK types only,
 * so that modules whose plugin class loaders differ still share them.
 */
final class ReactorSummary {
  private static final String KEY = ReactorSummary.class.getName() + ".modules";
  /** A module whose check skipped (pom packaging, {@code sparklint.skip}). */
  static final long[] SKIPPED = new long[0];

  private ReactorSummary() {}

  /**
   * Records a module's result ({@code null} when it skipped) and returns the build's summary when
   * this was the reactor's last {@code check} execution and at least two modules were analyzed.
   *
   * @param pluginKey this plugin's {@code groupId:artifactId}
   * @param onCommandLine whether {@code check} was typed on the command line (so it runs in every
   *     project, besides the executions the POMs bind)
   */
  static Optional<String> record(MavenSession session, String pluginKey, boolean onCommandLine,
      GateResult result) {
    long[] module = result == null ? SKIPPED : new long[] {result.result().findings().size(),
        result.fresh().size(), result.match().baselined().size()};
    return record(session.getRepositorySession().getData(), session.getProjects(), pluginKey,
        onCommandLine, module);
  }

  /**
   * As {@link #record(MavenSession, String, boolean, GateResult)}, with the session's parts and the
   * module as {findings, new, baselined}, or empty when it skipped.
   */
  static Optional<String> record(SessionData data, List<MavenProject> projects, String pluginKey,
      boolean onCommandLine, long[] module) {
    Queue<long[]> modules = modules(data);
    synchronized (modules) {
      modules.add(module);
      int expected = boundExecutions(projects, pluginKey) + (onCommandLine ? projects.size() : 0);
      if (modules.size() != expected) {
        return Optional.empty();
      }
      List<long[]> analyzed = modules.stream().filter(m -> m.length > 0).toList();
      if (analyzed.size() < 2) {
        return Optional.empty();
      }
      return Optional.of(line(analyzed.stream().mapToLong(m -> m[0]).sum(), analyzed.size(),
          analyzed.stream().mapToLong(m -> m[1]).sum(), analyzed.stream().mapToLong(m -> m[2]).sum()));
    }
  }

  /** {@code sparklint: 5 findings in 3 modules (1 new, 4 baselined)}, as both goals print it. */
  static String line(long findings, int modules, long fresh, long baselined) {
    return "sparklint: " + findings + (findings == 1 ? " finding" : " findings") + " in " + modules
        + (modules == 1 ? " module" : " modules") + " (" + fresh + " new, " + baselined
        + " baselined)";
  }

  @SuppressWarnings("unchecked")
  private static Queue<long[]> modules(SessionData data) {
    data.set(KEY, null, new ConcurrentLinkedQueue<long[]>());
    return (Queue<long[]>) data.get(KEY);
  }

  /** How many {@code check} executions the POMs of {@code projects} bind. */
  private static int boundExecutions(List<MavenProject> projects, String pluginKey) {
    int count = 0;
    for (MavenProject project : projects) {
      for (Plugin plugin : project.getBuildPlugins()) {
        if (plugin.getKey().equals(pluginKey)) {
          for (PluginExecution execution : plugin.getExecutions()) {
            count += (int) execution.getGoals().stream().filter(CheckMojo.NAME::equals).count();
          }
        }
      }
    }
    return count;
  }
}
