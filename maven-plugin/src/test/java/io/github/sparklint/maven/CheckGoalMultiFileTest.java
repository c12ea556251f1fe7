package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code check} goal itself (its {@code execute()}, with the parameters Maven would inject)
 * on a module whose helper is in the main sources and whose collect is in a test: the goal
 * indexes main and test sources as one project, so the test's collect of the helper's whole
 * table is found, with the helper as the origin of the rows, on the console and in the SARIF.
 */
class CheckGoalMultiFileTest {
  private static final String LOADER = """
      package jobs;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      public final class OrderLoader {
        public static Dataset<Row> orders(SparkSession spark) {
          return spark.table("warehouse.orders");
        }

        public static Dataset<Row> sample(SparkSession spark) {
          return orders(spark).limit(20);
        }
      }
      """;

  private static final String LOADER_TEST = """
      package jobs;

      import java.util.List;
      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.SparkSession;

      class OrderLoaderTest {
        void loads(SparkSession spark) {
          List<Row> sample = OrderLoader.sample(spark).collectAsList();
          List<Row> all = OrderLoader.orders(spark).collectAsList();
        }
      }
      """;

  @TempDir Path module;
  private final List<String> logged = new ArrayList<>();
  private Path main;
  private Path test;

  @BeforeEach
  void writeModule() throws Exception {
    main = Files.createDirectories(module.resolve("src/main/java/jobs"));
    test = Files.createDirectories(module.resolve("src/test/java/jobs"));
    Files.writeString(main.resolve("OrderLoader.java"), LOADER);
    Files.writeString(test.resolve("OrderLoaderTest.java"), LOADER_TEST);
  }

  @Test
  void aTestCollectingTheMainHelpersWholeTableFailsTheBuildNamingTheHelper() throws Exception {
    CheckMojo goal = goal(true);

    assertThatThrownBy(goal::execute).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("1 sparklint finding at or above warning");

    assertThat(logged).noneMatch(line -> line.startsWith("warn "));
    assertThat(String.join(" ", logged).replace(" error     ", " "))
        .contains("error src/test/java/jobs/OrderLoaderTest.java:10:47: warning: "
            + "[SparkUnboundedCollect] ")
        .contains("the rows come from `OrderLoader.orders()` (OrderLoader.java:8)")
        .contains("error sparklint: HTML report: ");
    JsonObject result = JsonParser.parseString(Files.readString(
            module.resolve("target/sparklint/sparklint.sarif"))).getAsJsonObject()
        .getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results")
        .get(0).getAsJsonObject();
    JsonObject origin = result.getAsJsonArray("relatedLocations").get(0).getAsJsonObject()
        .getAsJsonObject("physicalLocation");
    assertThat(origin.getAsJsonObject("artifactLocation").get("uri").getAsString())
        .isEqualTo("src/main/java/jobs/OrderLoader.java");
    assertThat(origin.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(8);
  }

  @Test
  void withoutTestSourcesTheMainHelperAloneIsClean() throws Exception {
    goal(false).execute();

    assertThat(logged).noneMatch(line -> line.startsWith("warn "))
        .anyMatch(line -> line.startsWith("info sparklint: 0 findings"));
  }

  /** The goal with the values Maven injects for this module (defaults of its parameters). */
  private CheckMojo goal(boolean includeTests) throws Exception {
    CheckMojo goal = new CheckMojo();
    set(goal, "compileSourceRoots", List.of(module.resolve("src/main/java").toString()));
    set(goal, "testCompileSourceRoots", List.of(module.resolve("src/test/java").toString()));
    set(goal, "includeTests", includeTests);
    set(goal, "buildDirectory", module.resolve("target").toFile());
    set(goal, "executionRootDirectory", module.toFile());
    set(goal, "moduleDirectory", module.toFile());
    MavenSession session = new MavenSession(null, new DefaultRepositorySystemSession(),
        new DefaultMavenExecutionRequest(), new DefaultMavenExecutionResult());
    session.setProjects(List.of());
    set(goal, "session", session);
    PluginDescriptor plugin = new PluginDescriptor();
    plugin.setGroupId("io.github.sparklint");
    plugin.setArtifactId("sparklint-maven-plugin");
    set(goal, "plugin", plugin);
    set(goal, "outputDirectory", module.resolve("target/sparklint").toFile());
    set(goal, "cache", module.resolve("target/sparklint/cache").toFile());
    set(goal, "cacheEnabled", true);
    set(goal, "failOnViolation", true);
    set(goal, "failOnSeverity", "warning");
    goal.setLog(log());
    return goal;
  }

  private Log log() {
    return (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[] {Log.class},
        (proxy, method, args) -> {
          if (args != null && args.length > 0 && args[0] instanceof CharSequence text) {
            logged.add(method.getName() + " " + text);
          }
          return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
        });
  }

  static void set(Object goal, String name, Object value) throws Exception {
    for (Class<?> type = goal.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        field.set(goal, value);
        return;
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    throw new AssertionError("the goal has no parameter " + name);
  }
}
