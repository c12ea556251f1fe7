package io.github.sparklint.lsp;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.flow.FileAnswers;
import io.github.sparklint.core.flow.ProjectIndex;
import io.github.sparklint.core.java.SourceFiles;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.run.HelperSummaries;
import io.github.sparklint.core.run.ProjectRounds;
import io.github.sparklint.core.run.SparkFreeCallers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;

/**
 * The warm project index: every workspace Java file's latest result (findings, method summaries
 * and the index questions its analysis asked), settled by {@link ProjectRounds} exactly as a CLI
 * run settles them, and the {@link ProjectIndex} of their summaries. Immutable: an update returns
 * a new instance, so an update cancelled half-way leaves the previous state whole.
 *
 * <p>An update first tries the fixed point it starts from: the changed file analyzed with the
 * current index. When its summaries come out as they were (and its functions ask for no helper
 * file the index lacks), the index is unchanged, so no other file's answers can change and that
 * one analysis is the settled result (an edit inside a method body, or opening a file as it is
 * on disk). Otherwise that analysis is the file's first result (its answers stand unless the
 * file's new summaries answer its own questions differently) and the project settles as in a CLI
 * run, which summarizes the helper files without Spark that functions call ({@link
 * HelperSummaries}).
 */
final class ProjectResults {
  private final FileChecks checks;
  private final int threads;
  private final List<Path> files;
  private final List<FileAnalyzer.FileResult> results;
  private final ProjectIndex index;
  private final Map<Path, Integer> positions = new HashMap<>();

  private ProjectResults(FileChecks checks, int threads, List<Path> files,
      List<FileAnalyzer.FileResult> results, ProjectIndex index) {
    this.checks = checks;
    this.threads = threads;
    this.files = List.copyOf(files);
    this.results = List.copyOf(results);
    this.index = index;
    for (int i = 0; i < this.files.size(); i++) {
      positions.put(this.files.get(i), i);
    }
  }

  /** What an update changed: the new state, and each file whose result is new. */
  record Update(ProjectResults next, Map<Path, FileAnalyzer.FileResult> changed) {}

  /**
   * Indexes the Java files under the workspace root that {@code sparklint.yaml} does not exclude,
   * from disk, on {@code threads} workers, reporting each file done to {@code progress}.
   */
  static ProjectResults index(FileChecks checks, int threads, IndexProgress progress) {
    Path root = checks.settings().root();
    List<AnalysisError> unreadable = new ArrayList<>();
    List<Path> files = SourceFiles.collect(List.of(root), root, unreadable)
        .without(checks.settings()::excludes).files();
    progress.begin(files.size());
    List<FileAnalyzer.FileResult> first =
        checks.analyzeAll(files, file -> null, null, threads, progress::advance);
    return settled(checks, threads, files, first, file -> null);
  }

  /** The state once {@code first} (first-pass results of {@code all}) settled. */
  private static ProjectResults settled(FileChecks checks, int threads, List<Path> all,
      List<FileAnalyzer.FileResult> first, Function<Path, String> openText) {
    List<FileAnalyzer.FileResult> settled = ProjectRounds.settle(all, first,
        checks.settings().models(), threads, checks.settings().fileTimeout(),
        (file, index) -> checks.analyze(file, openText, index), checks::failed,
        checks::timedOut, results -> withHelpers(checks, threads, all, results, openText));
    stopIfCancelled();
    return new ProjectResults(checks, threads, all, settled,
        ProjectRounds.indexOf(settled, checks.settings().models()));
  }

  /**
   * {@code results} (one per file of {@code all}) with the skipped files that declare a class
   * their functions call summarized, as the CLI's rounds add them ({@link HelperSummaries}), and
   * those that call a project method collecting the query it is given analyzed ({@link
   * SparkFreeCallers}).
   */
  private static List<FileAnalyzer.FileResult> withHelpers(FileChecks checks, int threads,
      List<Path> all, List<FileAnalyzer.FileResult> results, Function<Path, String> openText) {
    List<FileAnalyzer.FileResult> summarized = HelperSummaries.add(all, results,
        file -> file.getFileName().toString(), file -> checks.helper(file, openText));
    return SparkFreeCallers.add(all, summarized,
        (file, names) -> checks.admits(file, openText, names),
        callers -> checks.analyzeAll(callers, openText, null, threads, () -> { }));
  }

  /**
   * True when the functions of {@code again} (a file's new result) look for no type that those
   * of {@code before} (its settled result) did not: the rounds that settled {@code before}
   * summarized every helper file a type it looked for has, so no other one can be wanted now.
   */
  private static boolean asksForNoOtherHelper(FileAnalyzer.FileResult again,
      FileAnalyzer.FileResult before) {
    return FileAnswers.unseenFunctionOwners(before.answers())
        .containsAll(FileAnswers.unseenFunctionOwners(again.answers()));
  }

  /** The latest result of {@code file}, when it is one of the indexed files. */
  Optional<FileAnalyzer.FileResult> resultOf(Path file) {
    Integer at = positions.get(file);
    return at == null ? Optional.empty() : Optional.of(results.get(at));
  }

  /** Every indexed file's latest result, in the order the files were indexed. */
  Map<Path, FileAnalyzer.FileResult> results() {
    Map<Path, FileAnalyzer.FileResult> all = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      all.put(files.get(i), results.get(i));
    }
    return all;
  }

  int size() {
    return files.size();
  }


  /**
   * Takes in the {@code changed} files as they read now ({@code openText} gives open documents'
   * unsaved text, null for the others; a file neither open nor on disk leaves the index), then
   * re-checks every file whose index answers changed, as a CLI run's later rounds do.
   *
   * @throws CancellationException when the thread is interrupted (a newer change arrived)
   */
  Update update(Collection<Path> changed, Function<Path, String> openText) {
    Map<Path, FileAnalyzer.FileResult> againstIndex = new HashMap<>();
    if (changed.size() == 1) {
      Path file = changed.iterator().next();
      Optional<FileAnalyzer.FileResult> again = againstIndex(file, openText);
      if (again.isPresent() && again.get().summary().equals(resultOf(file).get().summary())
          && asksForNoOtherHelper(again.get(), resultOf(file).get())) {
        List<FileAnalyzer.FileResult> next = new ArrayList<>(results);
        next.set(positions.get(file), again.get());
        return new Update(new ProjectResults(checks, threads, files, next, index),
            Map.of(file, again.get()));
      }
      again.ifPresent(result -> againstIndex.put(file, result));
    }
    List<Path> nextFiles = new ArrayList<>(files);
    List<FileAnalyzer.FileResult> nextResults = new ArrayList<>(results);
    List<Path> present = new ArrayList<>();
    for (Path file : changed) {
      Integer at = positions.get(file);
      boolean exists = openText.apply(file) != null || Files.isRegularFile(file);
      if (!exists && at != null) {
        nextResults.set(at, null);
      } else if (exists) {
        present.add(file);
        if (at == null) {
          nextFiles.add(file);
          nextResults.add(null);
        }
      }
    }
    List<Path> unknown = present.stream().filter(f -> !againstIndex.containsKey(f)).toList();
    List<FileAnalyzer.FileResult> first =
        checks.analyzeAll(unknown, openText, null, threads, () -> { });
    stopIfCancelled();
    for (int k = 0; k < unknown.size(); k++) {
      nextResults.set(nextFiles.indexOf(unknown.get(k)), first.get(k));
    }
    againstIndex.forEach((file, result) -> nextResults.set(nextFiles.indexOf(file), result));
    for (int i = nextResults.size() - 1; i >= 0; i--) {
      if (nextResults.get(i) == null) {
        nextResults.remove(i);
        nextFiles.remove(i);
      }
    }
    ProjectResults next = settled(checks, threads, nextFiles, nextResults, openText);
    Map<Path, FileAnalyzer.FileResult> news = new LinkedHashMap<>();
    for (int i = 0; i < nextFiles.size(); i++) {
      Path file = nextFiles.get(i);
      FileAnalyzer.FileResult result = next.results.get(i);
      if (present.contains(file) || resultOf(file).orElse(null) != result) {
        news.put(file, result);
      }
    }
    return new Update(next, news);
  }

  /** {@code file}, one of the indexed files, analyzed as it reads now with the current index. */
  private Optional<FileAnalyzer.FileResult> againstIndex(Path file,
      Function<Path, String> openText) {
    boolean exists = openText.apply(file) != null || Files.isRegularFile(file);
    if (!positions.containsKey(file) || !exists) {
      return Optional.empty();
    }
    FileAnalyzer.FileResult again =
        checks.analyzeAll(List.of(file), openText, index, 1, () -> { }).get(0);
    stopIfCancelled();
    return Optional.of(again);
  }

  private static void stopIfCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("a newer change replaced this analysis");
    }
  }
}
