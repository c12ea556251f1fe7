package io.github.sparklint.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The source roots of one Maven project that sparklint reads.
 *
 * @param inputs existing roots to analyze: the main roots (and the test roots when asked), minus
 *     generated roots under the build directory
 * @param sourceRoots every existing root, generated ones included, for the symbol solver
 */
public record ProjectSources(List<Path> inputs, List<Path> sourceRoots) {

  public ProjectSources {
    inputs = List.copyOf(inputs);
    sourceRoots = List.copyOf(sourceRoots);
  }

  /**
   * Selects the roots from the project model's compile and test-compile source roots; roots that
   * do not exist (a project without tests) are left out.
   */
  public static ProjectSources select(
      List<String> mainRoots, List<String> testRoots, boolean includeTests, Path buildDirectory) {
    Set<Path> roots = new LinkedHashSet<>(existing(mainRoots));
    if (includeTests) {
      roots.addAll(existing(testRoots));
    }
    Path build = buildDirectory.toAbsolutePath().normalize();
    List<Path> inputs = roots.stream().filter(root -> !root.startsWith(build)).toList();
    return new ProjectSources(inputs, List.copyOf(roots));
  }

  /** The classpath elements that are jar files (class directories are ignored by the solver). */
  public static List<Path> jars(List<String> classpathElements) {
    List<Path> jars = new ArrayList<>();
    for (String element : classpathElements == null ? List.<String>of() : classpathElements) {
      Path path = Path.of(element);
      if (element.endsWith(".jar") && Files.isRegularFile(path)) {
        jars.add(path);
      }
    }
    return jars;
  }

  private static List<Path> existing(List<String> roots) {
    List<Path> paths = new ArrayList<>();
    for (String root : roots == null ? List.<String>of() : roots) {
      Path path = Path.of(root).toAbsolutePath().normalize();
      if (Files.isDirectory(path)) {
        paths.add(path);
      }
    }
    return paths;
  }
}
