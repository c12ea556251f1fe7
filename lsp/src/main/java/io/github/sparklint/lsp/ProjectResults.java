package io.github.sparklint.lsp;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.engine.FileAnalyzer;
import io.github.sparklint.core.engine.ProjectRounds;
import io.github.sparklint.core.engine.SourceFiles;
import io.github.sparklint.core.flow.ProjectIndex;
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
 * run settles them. Immutable: an update returns a new instance, so an update cancelled half-way
 * leaves the previous state whole.
 */
final class ProjectResults {
  private final FileChecks checks;
  private final int threads;
  private final List<Path> files;
  private final List<FileAnalyzer.FileResult> results;
  private final Map<Path, Integer> positions = new HashMap<>();

  private ProjectResults(FileChecks checks, int threads, List<Path> files,
      List<FileAnalyzer.FileResult> results) {
    this.checks = checks;
    this.threads = threads;
    this.files = List.copyOf(files);
    this.results = List.copyOf(results);
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
    ProjectResults indexed = new ProjectResults(checks, threads, files, first);
    return new ProjectResults(checks, threads, files, indexed.settle(files, first, file -> null));
  }

  /** The latest result of {@code file}, when it is one of the indexed files. */
  Optional<FileAnalyzer.FileResult> resultOf(Path file) {
    Integer at = positions.get(file);
    return at == null ? Optional.empty() : Optional.of(results.get(at));
  }

  int size() {
    return files.size();
  }

  /** The index of every file's summaries, as the rules of a recheck see it. */
  ProjectIndex index() {
    return ProjectRounds.indexOf(results, checks.settings().models());
  }

  /**
   * Takes in the {@code changed} files as they read now ({@code openText} gives open documents'
   * unsaved text, null for the others; a file neither open nor on disk leaves the index), then
   * re-checks every file whose index answers changed, as a CLI run's later rounds do.
   *
   * @throws CancellationException when the thread is interrupted (a newer change arrived)
   */
  Update update(Collection<Path> changed, Function<Path, String> openText) {
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
    List<FileAnalyzer.FileResult> first =
        checks.analyzeAll(present, openText, null, threads, () -> { });
    stopIfCancelled();
    for (int k = 0; k < present.size(); k++) {
      nextResults.set(nextFiles.indexOf(present.get(k)), first.get(k));
    }
    for (int i = nextResults.size() - 1; i >= 0; i--) {
      if (nextResults.get(i) == null) {
        nextResults.remove(i);
        nextFiles.remove(i);
      }
    }
    List<FileAnalyzer.FileResult> settled = settle(nextFiles, nextResults, openText);
    stopIfCancelled();
    Map<Path, FileAnalyzer.FileResult> news = new LinkedHashMap<>();
    for (int i = 0; i < nextFiles.size(); i++) {
      Path file = nextFiles.get(i);
      if (present.contains(file) || resultOf(file).orElse(null) != settled.get(i)) {
        news.put(file, settled.get(i));
      }
    }
    return new Update(new ProjectResults(checks, threads, nextFiles, settled), news);
  }

  private List<FileAnalyzer.FileResult> settle(List<Path> all, List<FileAnalyzer.FileResult> first,
      Function<Path, String> openText) {
    return ProjectRounds.settle(all, first, checks.settings().models(), threads,
        checks.settings().fileTimeout(), (file, index) -> checks.analyze(file, openText, index),
        checks::failed, checks::timedOut);
  }

  private static void stopIfCancelled() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("a newer change replaced this analysis");
    }
  }
}
