package io.github.sparklint.core.java;

import io.github.sparklint.core.AnalysisError;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The {@code .java} files named by the inputs, directories walked without following links, and
 * the Spark configuration files among them ({@code spark-defaults.conf}, {@code *.properties}).
 *
 * @param files the Java sources
 * @param configFiles configuration files, except copies in build output ({@code target/classes},
 *     {@code target/test-classes}, {@code build/resources})
 * @param directories the input directories
 */
public record SourceFiles(List<Path> files, List<Path> configFiles, List<Path> directories) {
  private static final String SPARK_DEFAULTS = "spark-defaults.conf";

  /** Collects files under {@code inputs}; problems (missing paths, unreadable dirs) go to errors. */
  public static SourceFiles collect(List<Path> inputs, Path base, List<AnalysisError> errors) {
    TreeSet<Path> files = new TreeSet<>();
    TreeSet<Path> configs = new TreeSet<>();
    List<Path> dirs = new ArrayList<>();
    for (Path input : inputs) {
      Path p = input.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        dirs.add(p);
        walk(p, base, files, configs, errors);
      } else if (Files.isRegularFile(p)) {
        (isConfigFile(p) ? configs : files).add(p);
      } else if (Files.exists(p)) {
        errors.add(new AnalysisError(display(p, base), 0, 0,
            "not a regular file or directory (a device, FIFO or socket); not read"));
      } else if (Files.isSymbolicLink(p)) {
        errors.add(new AnalysisError(display(p, base), 0, 0,
            "cannot follow symbolic link (a link loop or a missing target)"));
      } else {
        errors.add(new AnalysisError(display(p, base), 0, 0, "no such file or directory"));
      }
    }
    return new SourceFiles(List.copyOf(files), List.copyOf(configs), List.copyOf(dirs));
  }

  /** These files without the {@code excluded} ones; the input directories stay. */
  public SourceFiles without(Predicate<Path> excluded) {
    return new SourceFiles(files.stream().filter(excluded.negate()).toList(),
        configFiles.stream().filter(excluded.negate()).toList(), directories);
  }

  /** The path relative to {@code base} with {@code /} separators when under it, else absolute. */
  public static String display(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    return slashed(abs.startsWith(base) ? base.relativize(abs) : abs);
  }

  /**
   * {@code path} with {@code /} between its names: its file system's separator replaced, and
   * nothing else (a backslash is an ordinary character in a Unix file name).
   */
  public static String slashed(Path path) {
    String separator = path.getFileSystem().getSeparator();
    return separator.equals("/") ? path.toString() : path.toString().replace(separator, "/");
  }

  /** True for {@code spark-defaults.conf} and {@code *.properties} files. */
  public static boolean isConfigFile(Path file) {
    String name = file.getFileName().toString();
    return name.equals(SPARK_DEFAULTS) || name.endsWith(".properties");
  }

  private static boolean isBuildOutputCopy(Path file) {
    Path previous = null;
    for (Path segment : file) {
      String name = segment.toString();
      if (previous != null && (previous.toString().equals("target")
          && (name.equals("classes") || name.equals("test-classes"))
          || previous.toString().equals("build") && name.equals("resources"))) {
        return true;
      }
      previous = segment;
    }
    return false;
  }

  private static void walk(Path dir, Path base, TreeSet<Path> files, TreeSet<Path> configs,
      List<AnalysisError> errors) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
            files.add(file);
          } else if (attrs.isRegularFile() && isConfigFile(file)
              && !isBuildOutputCopy(dir.relativize(file))) {
            configs.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          errors.add(new AnalysisError(display(file, base), 0, 0,
              "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      errors.add(new AnalysisError(display(dir, base), 0, 0, "cannot walk directory: " + e));
    }
  }
}
