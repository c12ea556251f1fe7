package io.github.sparklint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One hostile input of the suite (see {@code HostileInputSuiteTest}): what it puts into a project
 * beside the canary job, and what a correct run makes of it.
 *
 * @param category sources, special files and links, config files, baselines or path names
 * @param name what the input is, for the report
 * @param setup writes the input into the project
 * @param outcome what the run must make of it
 * @param shown for {@link Outcome#ANALYZED}, the start of a finding line the input must produce
 *     ({@code null}: none); for errors, the name the error must carry (a reported path, or the
 *     configuration file's name)
 * @param detail text the error must contain (a field name, the reason); empty for any
 */
record HostileInput(
    String category, String name, Setup setup, Outcome outcome, String shown, String detail) {

  /** The canary, beside every input: one finding, at {@link #CANARY_FINDING}. */
  static final String CANARY = """
      package jobs;

      import org.apache.spark.sql.Dataset;
      import org.apache.spark.sql.Row;

      public final class Canary {
        Object run(org.apache.spark.sql.SparkSession spark) { Dataset<Row> events = spark.table("e");
          return events.collect();
        }
      }
      """;
  /** The start of the canary's finding line (relative to the project, the base directory). */
  static final String CANARY_FINDING = "src/Canary.java:8:";
  /** A job with the canary's shape: its finding is on line 8 too. */
  static final String JOB = CANARY.replace("Canary", "Job");

  /** Writes the input into {@code project}; returns extra command-line arguments. */
  @FunctionalInterface
  interface Setup {
    List<String> apply(Path project) throws IOException;
  }

  /** What a correct run makes of an input. */
  enum Outcome {
    /** The input is analyzed: no error for it, and its finding (if {@code shown}) is reported. */
    ANALYZED,
    /** The input is an error line naming it ({@code shown}), with {@code detail}. */
    FILE_ERROR,
    /** Either, depending on the machine's speed (a file near its time budget). */
    ANALYZED_OR_FILE_ERROR,
    /** Not Java sparklint reads (skipped or an error): only the checks every input gets. */
    ANY,
    /** Exit code 2, the message naming the file ({@code shown}) and the field ({@code detail}). */
    CONFIG_ERROR
  }

  static HostileInput analyzed(String category, String name, String finding, Setup setup) {
    return new HostileInput(category, name, setup, Outcome.ANALYZED, finding, "");
  }

  static HostileInput fileError(
      String category, String name, String shown, String detail, Setup setup) {
    return new HostileInput(category, name, setup, Outcome.FILE_ERROR, shown, detail);
  }

  static HostileInput analyzedOrError(String category, String name, String shown, Setup setup) {
    return new HostileInput(category, name, setup, Outcome.ANALYZED_OR_FILE_ERROR, shown, "");
  }

  static HostileInput any(String category, String name, Setup setup) {
    return new HostileInput(category, name, setup, Outcome.ANY, null, "");
  }

  static HostileInput configError(
      String category, String name, String file, String field, Setup setup) {
    return new HostileInput(category, name, setup, Outcome.CONFIG_ERROR, file, field);
  }

  /** Writes {@code bytes} to {@code project/relative}, creating directories; no extra arguments. */
  static List<String> write(Path project, String relative, byte[] bytes) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return List.of();
  }
}
