package io.github.sparklint.triage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one of the failing jobs (package {@code jobs}) in a forked JVM as spark-submit would in
 * local mode: a small heap, the module options Spark's launcher adds on Java 17, Spark's own
 * log4j2 console layout, the event log written to a directory. The driver log is the JVM's
 * stdout and stderr, merged, byte for byte.
 */
record SparkJobRun(Path driverLog, Path eventLog, int exitCode) {
  static final String HEAP = "-Xmx512m";
  private static final List<String> MODULE_OPTIONS = List.of(
      "-XX:+IgnoreUnrecognizedVMOptions",
      "--add-opens=java.base/java.lang=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
      "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED",
      "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
      "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "-Djdk.reflect.useDirectMethodHandle=false");

  /**
   * Runs {@code jobs.<job>} and leaves {@code driver.log} and the event log in {@code dir}.
   *
   * @param codec the event-log compression codec, or null for a plain event log
   */
  static SparkJobRun run(String job, String codec, Path dir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path events = Files.createDirectories(dir.resolve("events"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(HEAP);
    command.addAll(MODULE_OPTIONS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("jobs." + job);
    command.add(events.toUri().toString());
    if (codec != null) {
      command.add(codec);
    }
    Path driverLog = dir.resolve("driver.log");
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(driverLog.toFile())
        .start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new IllegalStateException(job + " still ran after " + timeoutSeconds + " s");
    }
    return new SparkJobRun(driverLog, eventLogIn(events), process.exitValue());
  }

  private static Path eventLogIn(Path events) throws IOException {
    try (Stream<Path> files = Files.list(events)) {
      return files.filter(Files::isRegularFile).findFirst()
          .orElseThrow(() -> new IllegalStateException("no event log in " + events));
    }
  }
}
