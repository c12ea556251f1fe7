package io.github.sparklint.core.run;

import io.github.sparklint.core.flow.FileSummary;
import io.github.sparklint.core.flow.MethodSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Brings back the files the first pass skipped because they never mention Spark, but that call a
 * project method that runs and collects the SQL text it is given: a test calling its base class's
 * {@code sql(statement, args)} helper, which runs the statement and collects its rows, needs no
 * Spark import, yet its {@code sql("SELECT * FROM %s", table)} brings a whole table to the driver.
 * Once the summaries name the methods that collect the query they are given, a skipped file that
 * calls a method of one of those names is analyzed like any other, and the rounds of {@link
 * ProjectRounds} then judge its calls with the index. Only those files are read again and parsed
 * (see {@link io.github.sparklint.core.java.CalledNames}); the others stay skipped. A file calling
 * an unrelated method of the same name is analyzed for nothing, and reports nothing: the index
 * resolves its call to that other method. Methods that collect a Dataset parameter are not
 * looked for: a file that never names a Spark type rarely has a Dataset to pass, and their names
 * ({@code check}, {@code convert}, {@code add}) would bring back most skipped files.
 */
public final class SparkFreeCallers {
  private SparkFreeCallers() {}

  /**
   * {@code results} (one per file of {@code files}) with each skipped file that calls a method
   * named as a project method collecting the query it is given replaced by its first-pass
   * analysis.
   *
   * @param calls whether a skipped file's text calls a method named one of the names given
   * @param analyze the first-pass analyses of the files found calling one, in their order (on the
   *     run's workers, each within its time budget)
   */
  public static <T> List<FileAnalyzer.FileResult> add(List<T> files,
      List<FileAnalyzer.FileResult> results, BiPredicate<T, Set<String>> calls,
      Function<List<T>, List<FileAnalyzer.FileResult>> analyze) {
    Set<String> names = collectingMethodNames(results);
    if (names.isEmpty()) {
      return results;
    }
    List<Integer> callers = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      if (isSkipped(results.get(i)) && calls.test(files.get(i), names)) {
        callers.add(i);
      }
    }
    if (callers.isEmpty()) {
      return results;
    }
    List<FileAnalyzer.FileResult> analyzed =
        analyze.apply(callers.stream().map(files::get).toList());
    List<FileAnalyzer.FileResult> added = new ArrayList<>(results);
    for (int k = 0; k < callers.size(); k++) {
      added.set(callers.get(k), analyzed.get(k));
    }
    return added;
  }

  /**
   * The names of the methods that run and collect the SQL text they are given, or pass it to such
   * a method ({@code sql(statement)} calling {@code getQueryData(statement)}), sorted.
   */
  static Set<String> collectingMethodNames(List<FileAnalyzer.FileResult> results) {
    Set<String> names = new TreeSet<>();
    List<MethodSummary> passing = new ArrayList<>();
    for (FileAnalyzer.FileResult result : results) {
      for (MethodSummary method : result.summary().methods()) {
        if (method.collectsQueryItIsGiven()) {
          names.add(method.name());
        } else if (method.collects().stream().anyMatch(collect -> collect.via() != null)) {
          passing.add(method);
        }
      }
    }
    for (boolean grew = !names.isEmpty(); grew; ) {
      grew = false;
      for (MethodSummary method : passing) {
        if (!names.contains(method.name()) && method.collects().stream()
            .anyMatch(c -> c.via() != null && names.contains(c.via().name()))) {
          grew = names.add(method.name()) || grew;
        }
      }
    }
    return names;
  }

  /** True for a file the first pass skipped unparsed, with nothing summarized from it. */
  private static boolean isSkipped(FileAnalyzer.FileResult result) {
    return !result.parsed() && result.errors().isEmpty() && result.summary() == FileSummary.EMPTY;
  }
}
