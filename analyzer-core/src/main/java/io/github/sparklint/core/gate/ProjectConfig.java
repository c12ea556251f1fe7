package io.github.sparklint.core.gate;

import io.github.sparklint.core.FileTimeout;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A project's {@code sparklint.yaml}, validated: rule settings to apply to a {@link
 * SparklintConfig.Builder} (fronts apply these first, then their own flags, so flags win) and the
 * excluded files.
 *
 * @param file the file read, empty when the project has none
 * @param settings validated settings, in file order
 * @param excludes the excluded files, relative to the file's directory
 * @param fileTimeout the file's {@code fileTimeout:}, when set
 * @param failOnUnanalyzed the file's {@code failOnUnanalyzed:}, when set
 * @param failOn the file's {@code failOn:}, the lowest severity that fails, when set
 * @param maxAllowedViolations the file's {@code maxAllowedViolations:}, when set
 */
public record ProjectConfig(
    Optional<Path> file, List<Consumer<SparklintConfig.Builder>> settings, Excludes excludes,
    Optional<Duration> fileTimeout, Optional<Boolean> failOnUnanalyzed, Optional<Severity> failOn,
    Optional<Integer> maxAllowedViolations) {

  public ProjectConfig {
    settings = List.copyOf(settings);
  }

  /** No file: nothing set, nothing excluded. */
  public static ProjectConfig none() {
    return new ProjectConfig(Optional.empty(), List.of(), Excludes.none(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Whether a file that could not be analyzed fails the gate: a front's own setting {@code flag}
   * ({@code null} when not given) wins over the file's, which wins over {@link
   * Gate#FAIL_ON_UNANALYZED}.
   */
  public boolean resolveFailOnUnanalyzed(Boolean flag) {
    return flag != null ? flag : failOnUnanalyzed.orElse(Gate.FAIL_ON_UNANALYZED);
  }

  /**
   * Each file's time budget: a front's own setting {@code flag} (named {@code flagName}; {@code
   * null} or blank when not given) wins over the file's, which wins over the default.
   *
   * @throws io.github.sparklint.core.ConfigException naming the setting and the allowed range
   */
  public Duration resolveFileTimeout(String flag, String flagName) {
    if (flag != null && !flag.isBlank()) {
      return FileTimeout.parse(flag, flagName);
    }
    return fileTimeout.orElse(FileTimeout.DEFAULT);
  }

  /** Applies the file's rule settings to {@code builder} and returns it. */
  public SparklintConfig.Builder applyTo(SparklintConfig.Builder builder) {
    settings.forEach(s -> s.accept(builder));
    return builder;
  }
}
