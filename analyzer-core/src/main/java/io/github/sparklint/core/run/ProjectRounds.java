package io.github.sparklint.core.run;

import io.github.sparklint.core.flow.FileAnswers;
import io.github.sparklint.core.flow.FileSummary;
import io.github.sparklint.core.flow.ModelLayer;
import io.github.sparklint.core.flow.ProjectIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The project-wide part of a run. The first pass analyzes every file once, knowing only its own
 * methods, and keeps each file's summaries and the index questions its analysis asked. Then the
 * project index is built from all summaries, and a file is analyzed again only when the index
 * now answers one of its questions differently (a helper in another file returns bounded data,
 * a wrapper collects its argument, a method has callers); its new summaries may change others'
 * answers, so this repeats, at most {@value #MAX_ROUNDS} times. A round first re-analyzes only the
 * files whose summaries would change; only once no summary does (or in the last round) are the
 * files whose rules got other answers analyzed again, so that a file is not re-run for an answer
 * that changes back once the summaries settle. Most files ask nothing the first pass could not
 * answer and are parsed once.
 */
public final class ProjectRounds {
  /** Rounds after the first pass; a longer chain of dependent helpers stays as the last round left it. */
  static final int MAX_ROUNDS = 3;

  private ProjectRounds() {}

  /** A file analyzed again with the whole project's index. */
  @FunctionalInterface
  public interface Recheck<T> {
    FileAnalyzer.FileResult apply(T file, ProjectIndex index);
  }

  /**
   * The results once no file's answers change any more (or the rounds run out).
   *
   * @param files the analyzed files, in the order of {@code first}
   * @param first their first-pass results
   * @param models the modelled methods ({@code sparklint.yaml}), part of every round's index
   * @param budget each file's time budget, or null for none
   */
  public static <T> List<FileAnalyzer.FileResult> settle(List<T> files,
      List<FileAnalyzer.FileResult> first, ModelLayer models, int threads, Duration budget,
      Recheck<T> recheck,
      BiFunction<T, Throwable, FileAnalyzer.FileResult> onFailure,
      Function<T, FileAnalyzer.FileResult> onTimeout) {
    return settle(files, first, models, threads, budget, recheck, onFailure, onTimeout,
        UnaryOperator.identity());
  }

  /**
   * {@link #settle}, adding before each round the summaries of skipped helper files that the
   * results so far ask for ({@link HelperSummaries}).
   */
  public static <T> List<FileAnalyzer.FileResult> settle(List<T> files,
      List<FileAnalyzer.FileResult> first, ModelLayer models, int threads, Duration budget,
      Recheck<T> recheck,
      BiFunction<T, Throwable, FileAnalyzer.FileResult> onFailure,
      Function<T, FileAnalyzer.FileResult> onTimeout,
      UnaryOperator<List<FileAnalyzer.FileResult>> helpers) {
    List<FileAnalyzer.FileResult> results = new ArrayList<>(first);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      results = new ArrayList<>(helpers.apply(results));
      ProjectIndex index = indexOf(results, models);
      List<FileAnswers.Staleness> staleness = staleness(results, index, threads);
      List<Integer> stale = round < MAX_ROUNDS - 1
          ? positions(staleness, FileAnswers.Staleness.SUMMARY::equals) : List.of();
      if (stale.isEmpty()) {
        stale = positions(staleness, s -> s != FileAnswers.Staleness.SAME);
      }
      if (stale.isEmpty()) {
        break;
      }
      List<FileAnalyzer.FileResult> again = ParallelFiles.map(stale, threads, budget,
          i -> recheck.apply(files.get(i), index), (i, e) -> onFailure.apply(files.get(i), e),
          i -> onTimeout.apply(files.get(i)));
      for (int k = 0; k < stale.size(); k++) {
        results.set(stale.get(k), again.get(k));
      }
    }
    return results;
  }

  /**
   * How each result's answers fare in {@code index}, worked out on {@code threads} workers (one
   * pass over each file's answers); a file whose check fails is analyzed again.
   */
  private static List<FileAnswers.Staleness> staleness(List<FileAnalyzer.FileResult> results,
      ProjectIndex index, int threads) {
    return ParallelFiles.map(results, threads,
        result -> FileAnswers.staleness(result.answers(), index),
        (result, e) -> FileAnswers.Staleness.SUMMARY);
  }

  /** The positions of the states {@code which} selects. */
  private static List<Integer> positions(List<FileAnswers.Staleness> states,
      Predicate<FileAnswers.Staleness> which) {
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      if (which.test(states.get(i))) {
        positions.add(i);
      }
    }
    return positions;
  }

  /** The index of every file's summaries, with the modelled methods. */
  public static ProjectIndex indexOf(List<FileAnalyzer.FileResult> results, ModelLayer models) {
    List<FileSummary> summaries = new ArrayList<>(results.size());
    for (FileAnalyzer.FileResult result : results) {
      summaries.add(result.summary());
    }
    return ProjectIndex.of(summaries, models);
  }
}
