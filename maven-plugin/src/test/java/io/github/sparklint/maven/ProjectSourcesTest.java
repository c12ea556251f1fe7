package io.github.sparklint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectSourcesTest {
  @TempDir Path project;

  @Test
  void generatedRootsFeedTheSolverButAreNotAnalyzed() throws Exception {
    Path main = Files.createDirectories(project.resolve("src/main/java"));
    Path generated = Files.createDirectories(project.resolve("target/generated-sources/annotations"));

    ProjectSources sources = ProjectSources.select(
        List.of(main.toString(), generated.toString()), List.of(), false, project.resolve("target"));

    assertThat(sources.inputs()).containsExactly(main);
    assertThat(sources.sourceRoots()).containsExactly(main, generated);
  }

  @Test
  void testRootsOnlyWhenIncludedAndMissingRootsDropped() throws Exception {
    Path main = Files.createDirectories(project.resolve("src/main/java"));
    Path test = Files.createDirectories(project.resolve("src/test/java"));
    List<String> mains = List.of(main.toString(), project.resolve("src/main/scala").toString());
    List<String> tests = List.of(test.toString());
    Path target = project.resolve("target");

    assertThat(ProjectSources.select(mains, tests, false, target).inputs()).containsExactly(main);
    assertThat(ProjectSources.select(mains, tests, true, target).inputs())
        .containsExactly(main, test);
  }

  @Test
  void onlyExistingJarsAreClasspathEntries() throws Exception {
    Path jar = Files.createFile(project.resolve("spark-sql_2.13-3.5.8.jar"));
    Path classes = Files.createDirectories(project.resolve("target/classes"));

    List<Path> jars = ProjectSources.jars(List.of(
        jar.toString(), classes.toString(), project.resolve("missing.jar").toString()));

    assertThat(jars).containsExactly(jar);
    assertThat(ProjectSources.jars(null)).isEmpty();
  }
}
