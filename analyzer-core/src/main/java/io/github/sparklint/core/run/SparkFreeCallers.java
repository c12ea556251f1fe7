package io.github.sparklint.core.run;

import io.github.sparklint.core.flow.FileSummary;
import io.github.sparklint.core.flow.MethodSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Brings back the files the first pass skipped because they never mention Spark, but that call a
 * project method that collects what it is given: a test calling its base class's {@code
 * sql(statement, args)} helper, which runs the statement and collects its rows, needs no Spark
 * import, yet its {@code sql("SELECT * FROM %s", table)} brings a whole table to the driver. Once
 * the summaries name the methods that collect a parameter (a Dataset, or SQL text), a skipped file
 * that calls a method of one of those names is analyzed like any other, and the rounds of {@link
 * ProjectRounds} then judge its calls with the index. Only those files are read again and parsed
 * (see {@link io.github.sparklint.core.java.CalledNames}); the others stay skipped. A file calling
 * an unrelated method of the same name is analyzed for nothing, and reports nothing: the index
 * resolves its call to that other method.
 */
public final class SparkFreeCallers {
  private SparkFreeCallers() {}

  /**
   * {@code results} (one per file of {@code files}) with each skipped file that calls a method
   * named as a collecting project method replaced by its first-pass analysis.
   *
   * @param admit the first-pass analysis of a skipped file when its text calls one of the names
   *     given, else null
   */
  public static <T> List<FileAnalyzer.FileResult> add(List<T> files,
      List<FileAnalyzer.FileResult> results,
      BiFunction<T, Set<String>, FileAnalyzer.FileResult> admit) {
    Set<String> names = collectingMethodNames(results);
    if (names.isEmpty()) {
      return results;
    }
    List<FileAnalyzer.FileResult> added = null;
    for (int i = 0; i < files.size(); i++) {
      if (!isSkipped(results.get(i))) {
        continue;
      }
      FileAnalyzer.FileResult admitted = admit.apply(files.get(i), names);
      if (admitted != null) {
        added = added == null ? new ArrayList<>(results) : added;
        added.set(i, admitted);
      }
    }
    return added == null ? results : added;
  }

  /** The names of the methods some file's summaries say collect what they are given, sorted. */
  static Set<String> collectingMethodNames(List<FileAnalyzer.FileResult> results) {
    Set<String> names = new TreeSet<>();
    for (FileAnalyzer.FileResult result : results) {
      for (MethodSummary method : result.summary().methods()) {
        if (method.collectsWhatItIsGiven()) {
          names.add(method.name());
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
