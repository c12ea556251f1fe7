package io.github.sparklint.lsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bad example jobs of {@code examples/}, copied into a test workspace. */
final class ExampleJobs {
  /** The examples module (surefire and failsafe run in the lsp module's directory). */
  static final Path EXAMPLES = Path.of(System.getProperty("sparklint.examples", "../examples"))
      .toAbsolutePath().normalize();
  /** Where the bad jobs live, relative to the examples module. */
  static final String BAD = "src/main/java/io/github/sparklint/examples/bad";

  private ExampleJobs() {}

  /** Copies the bad jobs to the same place under {@code workspace}; returns the copies. */
  static List<Path> copyBadJobs(Path workspace) throws IOException {
    Path target = Files.createDirectories(workspace.resolve(BAD));
    try (Stream<Path> jobs = Files.list(EXAMPLES.resolve(BAD))) {
      for (Path job : jobs.sorted().toList()) {
        Files.copy(job, target.resolve(job.getFileName()));
      }
    }
    try (Stream<Path> copies = Files.list(target)) {
      return copies.sorted().toList();
    }
  }
}
