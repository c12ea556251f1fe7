package io.github.sparklint.errorprone;

import com.google.errorprone.ErrorProneFlags;
import com.sun.source.tree.CompilationUnitTree;
import io.github.sparklint.core.gate.ProjectConfig;
import io.github.sparklint.core.gate.ProjectConfigFile;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;

/**
 * Finds the {@code sparklint.yaml} that governs a compilation unit: the file named by {@code
 * -XepOpt:sparklint:configFile=PATH}, else the first {@code sparklint.yaml} in the source file's
 * directory or one of its parents. Lookups and parsed files are cached (a file is re-read when it
 * changes), so the N checks of a build read each file once.
 */
final class ProjectConfigs {
  /** The Error Prone flag naming the configuration file explicitly. */
  static final String FLAG = "sparklint:configFile";

  private static final Map<Path, Optional<Path>> FOUND = new ConcurrentHashMap<>();
  private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();
  private static final Map<JavaFileObject, Optional<Path>> PATHS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private record Loaded(long modified, ProjectConfig config) {}

  private ProjectConfigs() {}

  /**
   * The configuration for {@code unit}; {@link ProjectConfig#none()} when no file applies (e.g. an
   * in-memory source without the flag).
   *
   * @throws io.github.sparklint.core.ConfigException naming the file, line and problem
   */
  static ProjectConfig forUnit(ErrorProneFlags flags, CompilationUnitTree unit) {
    Optional<Path> file = flags.get(FLAG).map(p -> Path.of(p).toAbsolutePath().normalize());
    if (file.isEmpty()) {
      file = sourcePath(unit).map(Path::getParent)
          .flatMap(dir -> FOUND.computeIfAbsent(dir, ProjectConfigFile::above));
    }
    return file.map(ProjectConfigs::load).orElse(ProjectConfig.none());
  }

  /**
   * The unit's source file on disk, when it has one; worked out once per source file (every check
   * asks it of every unit, and the URI round trip is not free), held weakly.
   */
  static Optional<Path> sourcePath(CompilationUnitTree unit) {
    JavaFileObject source = unit.getSourceFile();
    if (source == null) {
      return Optional.empty();
    }
    Optional<Path> path = PATHS.get(source);
    if (path == null) {
      URI uri = source.toUri();
      path = "file".equals(uri.getScheme())
          ? Optional.of(Path.of(uri).toAbsolutePath().normalize()) : Optional.empty();
      PATHS.put(source, path);
    }
    return path;
  }

  private static ProjectConfig load(Path file) {
    long modified = modified(file);
    Loaded cached = LOADED.get(file);
    if (cached != null && cached.modified() == modified) {
      return cached.config();
    }
    ProjectConfig config = ProjectConfigFile.load(file);
    LOADED.put(file, new Loaded(modified, config));
    return config;
  }

  private static long modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return -1;
    }
  }
}
