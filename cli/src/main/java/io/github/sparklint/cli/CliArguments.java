package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.run.RunSettings;
import io.github.sparklint.core.run.SettingNames;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Translates raw command line values into the core's immutable configuration and request; every
 * bad value becomes a {@link ConfigException} naming it.
 */
final class CliArguments {
  private CliArguments() {}

  /** The settings as the command line spells them. */
  static final SettingNames NAMES = new SettingNames("--option", "--severity", "--fail-on",
      "--fail-on-unanalyzed", "--file-timeout", "--max-allowed-violations", "--baseline",
      "--remove-stale", "--new-since", "--confidence");

  /**
   * The run settings of the rule flags.
   *
   * @param options {@code RuleId:key=value} entries
   * @param disabled rule ids to switch off
   * @param severities {@code RuleId=level} entries
   */
  static RunSettings settings(List<String> options, List<String> disabled, List<String> severities) {
    return RunSettings.of(NAMES).options(options).disabled(disabled).severities(severities);
  }

  /**
   * What to analyze: {@code paths} and {@code classpath} resolve against the current directory,
   * reported paths are relative to {@code baseDir}; {@code symbolSolver} turns on deep mode.
   */
  static AnalysisRequest request(
      List<Path> paths, Path baseDir, String classpath, boolean symbolSolver) {
    Path base = baseDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(base)) {
      throw new ConfigException("--base-dir " + baseDir + " is not a directory");
    }
    List<Path> inputs = new ArrayList<>();
    for (Path path : paths) {
      Path input = path.toAbsolutePath().normalize();
      if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
        throw new ConfigException("input " + path + " does not exist");
      }
      inputs.add(input);
    }
    return AnalysisRequest.builder()
        .inputs(inputs)
        .baseDir(base)
        .classpath(classpath(classpath))
        .symbolSolver(symbolSolver)
        .build();
  }

  /**
   * {@code request} with the {@code --cache} directory, {@code --threads} count and {@code
   * --encoding}, when given.
   */
  static AnalysisRequest tuning(AnalysisRequest request, Path cache, Integer threads,
      String encoding) {
    return new AnalysisRequest(request.inputs(), request.baseDir(), request.sourceRoots(),
        request.classpath(), request.symbolSolver(),
        threads == null ? request.threads() : AnalysisRequest.threadCount("--threads", threads),
        cache == null ? null : cache.toAbsolutePath().normalize(), request.excluded(),
        request.fileTimeout(), request.progress(),
        AnalysisRequest.charset("--encoding", encoding));
  }

  /** The entries of a path-separator list, empty ones dropped. */
  static List<Path> classpath(String value) {
    List<Path> entries = new ArrayList<>();
    if (value == null) {
      return entries;
    }
    for (String entry : value.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry.trim()).toAbsolutePath().normalize());
      }
    }
    return entries;
  }
}
