package io.github.sparklint.triage;

import io.github.sparklint.core.SparklintConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The real logs of src/test/resources/logs and the jobs' sources, for the tests. */
final class StoredLogs {
  static final Path MODULE = Path.of("").toAbsolutePath();
  static final Path LOGS = MODULE.resolve("src/test/resources/logs");
  static final Path JOBS = MODULE.resolve("src/test/java/jobs");

  private StoredLogs() {}

  /** The driver log of a case. */
  static Path driverLog(String name) {
    return LOGS.resolve(name).resolve("driver.log");
  }

  /** The event log of a case (the one file besides driver.log). */
  static Path eventLog(String name) {
    try (Stream<Path> files = Files.list(LOGS.resolve(name))) {
      return files.filter(f -> !f.getFileName().toString().equals("driver.log")).findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Triages {@code logs} with the jobs' sources, paths relative to the module. */
  static TriageResult triage(List<Path> logs, boolean withSources) {
    return Triage.run(new TriageRequest(logs, withSources ? List.of(JOBS) : List.of(), MODULE,
        SparklintConfig.defaults()));
  }

  /** The single culprit of a one-log result. */
  static Culprit only(TriageResult result) {
    List<Culprit> culprits = result.logs().get(0).culprits();
    if (culprits.size() != 1) {
      throw new AssertionError("expected one cause, got " + culprits.stream()
          .map(c -> c.diagnosis().cause().id()).toList() + "\n" + TriageText.render(result));
    }
    return culprits.get(0);
  }
}
