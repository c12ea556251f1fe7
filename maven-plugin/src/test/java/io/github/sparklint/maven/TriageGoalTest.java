package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code triage} goal on a module holding the job of a real failing run (the triage module's
 * MaxResultSizeJob and its stored driver log): the sources default to the compile source roots.
 */
class TriageGoalTest {
  private static final Path TRIAGE = Path.of("../triage").toAbsolutePath().normalize();
  private static final Path LOG = TRIAGE.resolve("src/test/resources/logs/max-result-size/driver.log");

  @TempDir Path module;
  private final List<String> logged = new ArrayList<>();

  @BeforeEach
  void writeModule() throws Exception {
    Path jobs = Files.createDirectories(module.resolve("src/main/java/jobs"));
    for (String job : List.of("MaxResultSizeJob.java", "JobSession.java")) {
      Files.copy(TRIAGE.resolve("src/test/java/jobs").resolve(job), jobs.resolve(job));
    }
  }

  @Test
  void aRecognizedCauseFailsTheBuildPointingAtTheProjectsLine() throws Exception {
    TriageMojo goal = goal(LOG.toString());

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("a cause that killed the run was found");

    assertThat(logged).contains(
        "info     line   src/main/java/jobs/MaxResultSizeJob.java:16 (collectAsList)");
    assertThat(Files.readString(module.resolve("target/sparklint/triage.sarif")))
        .contains("src/main/java/jobs/MaxResultSizeJob.java").contains("SparkUnboundedCollect");
    assertThat(module.resolve("target/sparklint/triage.json")).exists();
  }

  @Test
  void anUnreadableLogIsAToolErrorNamingIt() throws Exception {
    assertThatThrownBy(goal("missing.log")::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessageContaining("missing.log: no such file");
  }

  private TriageMojo goal(String log) throws Exception {
    TriageMojo goal = new TriageMojo();
    CheckGoalMultiFileTest.set(goal, "logs", List.of(log));
    CheckGoalMultiFileTest.set(goal, "compileSourceRoots",
        List.of(module.resolve("src/main/java").toString()));
    CheckGoalMultiFileTest.set(goal, "testCompileSourceRoots", List.of());
    CheckGoalMultiFileTest.set(goal, "buildDirectory", module.resolve("target").toFile());
    CheckGoalMultiFileTest.set(goal, "executionRootDirectory", module.toFile());
    CheckGoalMultiFileTest.set(goal, "moduleDirectory", module.toFile());
    CheckGoalMultiFileTest.set(goal, "outputDirectory", module.resolve("target/sparklint").toFile());
    CheckGoalMultiFileTest.set(goal, "cache", module.resolve("target/sparklint/cache").toFile());
    CheckGoalMultiFileTest.set(goal, "failOnCause", true);
    goal.setLog((Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
        (proxy, method, args) -> {
          if (args != null && args.length > 0 && args[0] instanceof CharSequence text) {
            logged.add(method.getName() + " " + text);
          }
          return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
        }));
    return goal;
  }
}
