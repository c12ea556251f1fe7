package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.model.Model;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a module's check writes its reports, read from the module's POM as Maven reads it. */
class ModuleOutputDirectoryTest {
  static final String PLUGIN = "io.github.sparklint:sparklint-maven-plugin";

  @TempDir Path module;
  private final Properties commandLine = new Properties();

  /** The module of a POM whose {@code <build>} holds {@code plugins}, with a target directory. */
  static MavenProject module(Path dir, String build) throws Exception {
    Model model = new MavenXpp3Reader().read(new StringReader("""
        <project>
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.acme</groupId>
          <artifactId>%s</artifactId>
          <version>1</version>
          %s
        </project>
        """.formatted(dir.getFileName(), build)));
    MavenProject project = new MavenProject(model);
    project.getBuild().setDirectory(dir.resolve("target").toString());
    project.setFile(dir.resolve("pom.xml").toFile());
    return project;
  }

  /** A {@code <build>} declaring this plugin with {@code plugin} inside its element. */
  static String sparklint(String plugin) {
    return """
        <build><plugins><plugin>
          <groupId>io.github.sparklint</groupId>
          <artifactId>sparklint-maven-plugin</artifactId>
          %s
        </plugin></plugins></build>""".formatted(plugin);
  }

  private Path of(String build) throws Exception {
    return ModuleOutputDirectory.of(module(module, build), PLUGIN, commandLine);
  }

  @Test
  void withoutConfigurationTheReportsAreInTheBuildDirectory() throws Exception {
    assertThat(of("")).isEqualTo(module.resolve("target/sparklint"));
    assertThat(of(sparklint("<configuration><skip>false</skip></configuration>")))
        .isEqualTo(module.resolve("target/sparklint"));
  }

  @Test
  void thePluginsOutputDirectoryIsTheModulesWhenRelative() throws Exception {
    assertThat(of(sparklint(
        "<configuration><outputDirectory> build/lint </outputDirectory></configuration>")))
        .isEqualTo(module.resolve("build/lint"));
  }

  @Test
  void theCheckExecutionsOutputDirectoryWinsOverThePlugins() throws Exception {
    Path elsewhere = module.resolveSibling("reports");
    assertThat(of(sparklint("""
        <configuration><outputDirectory>plugin-level</outputDirectory></configuration>
        <executions>
          <execution><id>baseline</id><goals><goal>baseline</goal></goals>
            <configuration><outputDirectory>baseline-only</outputDirectory></configuration>
          </execution>
          <execution><id>lint</id><goals><goal>check</goal></goals>
            <configuration><outputDirectory>%s</outputDirectory></configuration>
          </execution>
        </executions>""".formatted(elsewhere)))).isEqualTo(elsewhere);
  }

  @Test
  void anotherGoalsOrAnotherPluginsOutputDirectoryIsNotTheChecks() throws Exception {
    assertThat(of(sparklint("""
        <executions><execution><goals><goal>baseline</goal></goals>
          <configuration><outputDirectory>baseline-only</outputDirectory></configuration>
        </execution></executions>"""))).isEqualTo(module.resolve("target/sparklint"));
    assertThat(of("""
        <build><plugins><plugin>
          <groupId>org.apache.maven.plugins</groupId>
          <artifactId>maven-pmd-plugin</artifactId>
          <configuration><outputDirectory>pmd</outputDirectory></configuration>
        </plugin></plugins></build>""")).isEqualTo(module.resolve("target/sparklint"));
  }

  @Test
  void thePropertyCountsWhenThePomConfiguresNothingTheCommandLinesFirst() throws Exception {
    String moduleProperty =
        "<properties><sparklint.outputDirectory>from-pom</sparklint.outputDirectory></properties>";
    assertThat(of(moduleProperty)).isEqualTo(module.resolve("from-pom"));

    commandLine.setProperty(ModuleOutputDirectory.PROPERTY, "from-command-line");
    assertThat(of(moduleProperty)).isEqualTo(module.resolve("from-command-line"));
    assertThat(of(sparklint(
        "<configuration><outputDirectory>configured</outputDirectory></configuration>")))
        .isEqualTo(module.resolve("configured"));
  }

  @Test
  void pluginManagementConfiguresAGoalRunFromTheCommandLine() throws Exception {
    assertThat(of("""
        <build><pluginManagement><plugins><plugin>
          <groupId>io.github.sparklint</groupId>
          <artifactId>sparklint-maven-plugin</artifactId>
          <configuration><outputDirectory>managed</outputDirectory></configuration>
        </plugin></plugins></pluginManagement></build>"""))
        .isEqualTo(module.resolve("managed"));
  }
}
