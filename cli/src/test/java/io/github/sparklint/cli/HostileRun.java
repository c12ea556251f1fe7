package io.github.sparklint.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.SparklintConfig;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one hostile input, through the CLI in-process and (for inputs that are files) through the
 * core {@link Analyzer}, and books every problem in a {@link HostileTally}: a crash, a run over
 * {@link #LIMIT}, a file lost or changed, a file written outside the report and cache paths, the
 * canary's finding missing, or an outcome other than the input expects.
 */
final class HostileRun {
  /** Each run's time limit: half the default 30 s file budget, far above a normal run. */
  static final Duration LIMIT = Duration.ofSeconds(15);
  /** The file budget the runs use, so that a pathological file is cut off early. */
  private static final Duration BUDGET = Duration.ofSeconds(3);

  private final Path root;
  private final HostileTally tally;

  /**
   * @param root the directory holding every input's project: the tree checked for changes
   */
  HostileRun(Path root, HostileTally tally) {
    this.root = root;
    this.tally = tally;
  }

  /** Sets {@code input} up in a new project {@code name} under the root, runs and checks it. */
  void check(HostileInput input, String name) throws IOException {
    Path project = root.resolve(name);
    HostileInput.write(project, "src/Canary.java",
        HostileInput.CANARY.getBytes(StandardCharsets.UTF_8));
    List<String> extra;
    try {
      extra = input.setup().apply(project);
    } catch (HostileFiles.NotOnThisSystem e) {
      tally.skipped.add(input.name() + ": " + e.getMessage());
      delete(project);
      return;
    }
    long start = System.nanoTime();
    TreeSnapshot before = TreeSnapshot.of(root);
    cli(input, project, extra);
    if (input.outcome() != HostileInput.Outcome.CONFIG_ERROR) {
      core(input, project);
    }
    TreeSnapshot after = TreeSnapshot.of(root);
    tally.tried(input, Duration.ofNanos(System.nanoTime() - start).toMillis());
    for (Path lost : before.lostOrChangedIn(after)) {
      tally.filesLost++;
      tally.unexpected(input, "lost or changed " + root.relativize(lost));
    }
    for (Path added : before.addedIn(after,
        p -> p.startsWith(project.resolve("cache")) || p.startsWith(project.resolve("out")))) {
      tally.writtenOutside++;
      tally.unexpected(input, "wrote " + root.relativize(added));
    }
    delete(project);
  }

  private void cli(HostileInput input, Path project, List<String> extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("--base-dir", project.toString(),
        "--file-timeout", String.valueOf(BUDGET.toSeconds()),
        "--cache", project.resolve("cache").toString()));
    args.addAll(extra);
    args.add(project.resolve("src").toString());
    tally.cliRuns++;
    Optional<CommandRun> finished;
    try {
      finished = within(() -> CommandRun.of(args.toArray(String[]::new)));
    } catch (ExecutionException e) {
      tally.crash(input, "the CLI threw " + e.getCause());
      return;
    }
    if (finished.isEmpty()) {
      tally.hang(input, "CLI");
      return;
    }
    CommandRun run = finished.get();
    String all = run.out() + run.err();
    if (all.contains("internal error") || all.contains("\tat ") || all.contains("Caused by:")
        || run.exitCode() == Main.EXIT_ERROR
            && input.outcome() != HostileInput.Outcome.CONFIG_ERROR) {
      tally.crash(input, "exit " + run.exitCode() + ", " + run.err());
      return;
    }
    if (input.outcome() == HostileInput.Outcome.CONFIG_ERROR) {
      if (run.exitCode() != Main.EXIT_ERROR || !run.err().contains(input.shown())
          || !run.err().contains(input.detail()) || !run.out().isEmpty()) {
        tally.unexpected(input, "expected a configuration error naming " + input.shown() + " and '"
            + input.detail() + "', got exit " + run.exitCode() + ": " + run.err());
      }
      return;
    }
    if (run.out().lines().noneMatch(l -> l.startsWith(HostileInput.CANARY_FINDING)
        && l.contains("[SparkUnboundedCollect]"))) {
      tally.canaryMissed(input, "CLI");
    }
    if (run.exitCode() != Main.EXIT_FINDINGS) {
      tally.unexpected(input, "exit " + run.exitCode() + " with the canary's finding");
    }
    outcome(input, run);
    sarif(input, project);
  }

  private void outcome(HostileInput input, CommandRun run) {
    List<String> errors = run.err().lines().filter(l -> l.contains(": error: ")).toList();
    String shown = input.shown();
    switch (input.outcome()) {
      case ANALYZED -> {
        if (!errors.isEmpty() || shown != null && run.out().lines().noneMatch(
            l -> l.startsWith(shown))) {
          tally.unexpected(input, "expected it analyzed" + (shown == null ? "" : " with a finding"
              + " at " + shown) + "; stdout: " + run.out() + "stderr: " + run.err());
        }
      }
      case FILE_ERROR -> {
        if (errors.stream().noneMatch(l -> l.startsWith(shown + ":")
            && l.contains(input.detail()))) {
          tally.unexpected(input, "expected an error naming " + shown + " with '"
              + input.detail() + "'; stderr: " + run.err());
        }
      }
      case ANALYZED_OR_FILE_ERROR -> {
        if (errors.stream().anyMatch(l -> !l.startsWith(shown + ":"))) {
          tally.unexpected(input, "an error not naming " + shown + ": " + run.err());
        }
      }
      default -> { }
    }
  }

  /** A SARIF report, when the input asked for one: JSON whose every URI names a real file. */
  private void sarif(HostileInput input, Path project) throws IOException {
    Path report = project.resolve("out/report.sarif");
    if (!Files.exists(report)) {
      return;
    }
    try {
      JsonElement results = JsonParser.parseString(Files.readString(report))
          .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject().get("results");
      int found = 0;
      for (JsonElement result : results.getAsJsonArray()) {
        String uri = result.getAsJsonObject().getAsJsonArray("locations").get(0)
            .getAsJsonObject().getAsJsonObject("physicalLocation")
            .getAsJsonObject("artifactLocation").get("uri").getAsString();
        if (Files.isRegularFile(project.resolve(new URI(uri).getPath()))) {
          found++;
        }
      }
      if (found != 2) {
        tally.unexpected(input, found + " of the SARIF results name an existing file; expected 2");
      }
    } catch (RuntimeException | java.net.URISyntaxException e) {
      tally.unexpected(input, "unreadable SARIF report: " + e);
    }
  }

  private void core(HostileInput input, Path project) {
    tally.coreRuns++;
    Optional<AnalysisResult> finished;
    try {
      finished = within(() -> new Analyzer(SparklintConfig.defaults()).analyze(AnalysisRequest
          .builder().input(project.resolve("src")).baseDir(project).threads(2)
          .fileTimeout(BUDGET).build()));
    } catch (ExecutionException e) {
      tally.crash(input, "the core Analyzer threw " + e.getCause());
      return;
    }
    if (finished.isEmpty()) {
      tally.hang(input, "core Analyzer");
      return;
    }
    AnalysisResult result = finished.get();
    if (result.findings().stream().noneMatch(f -> f.file().equals("src/Canary.java")
        && f.line() == 8 && f.ruleId().equals("SparkUnboundedCollect"))) {
      tally.canaryMissed(input, "core Analyzer");
    }
    result.errors().stream().map(AnalysisError::message).filter(m -> m.contains("internal error"))
        .forEach(m -> tally.crash(input, "core Analyzer: " + m));
  }

  /** {@code task}'s result, or empty when it runs longer than {@link #LIMIT} (then abandoned). */
  private static <T> Optional<T> within(Callable<T> task) throws ExecutionException {
    FutureTask<T> future = new FutureTask<>(task);
    Thread thread = new Thread(future, "hostile-input-run");
    thread.setDaemon(true);
    thread.start();
    try {
      return Optional.of(future.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException e) {
      thread.interrupt();
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Deletes {@code dir} (after making everything in it accessible), never following links. */
  private static void delete(Path dir) throws IOException {
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
        Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwx------"));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
