package io.github.sparklint.triage;

import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to triage.
 *
 * @param logs driver logs and event logs, in any mix; each is read on its own
 * @param sources source roots to find the user's lines in and analyze; empty for none
 * @param baseDir reported source paths are relative to it
 * @param config the static analysis's configuration, as the check command builds it
 */
public record TriageRequest(List<Path> logs, List<Path> sources, Path baseDir,
    SparklintConfig config) {
  public TriageRequest {
    logs = List.copyOf(logs);
    sources = List.copyOf(sources);
    Objects.requireNonNull(baseDir, "baseDir");
    Objects.requireNonNull(config, "config");
  }
}
