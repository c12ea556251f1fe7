package io.github.sparklint.core.run;

import io.github.sparklint.core.flow.FileAnswers;
import io.github.sparklint.core.flow.FileSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Brings into the project index the helper classes that functions given to Spark call but that
 * the first pass skipped, because their files never mention Spark ({@code Util.toIterator(min,
 * max)} returned from a {@code mapPartitions} function). A skipped file is summarized, without
 * running any rule, when a function's question named its class and found nothing; the file is
 * found by its name ({@code Util.java}), as Java requires of a public top-level class. The few
 * files named are parsed; every other skipped file stays unparsed. {@link ProjectRounds} asks
 * before each round, since a function may be read only once the index knows its receiver.
 */
public final class HelperSummaries {
  private HelperSummaries() {}

  /** The file name of a source named by its path or URI ({@code Util.java} of {@code a/b/Util.java}). */
  public static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /**
   * {@code results} (the first pass's, one per file of {@code files}) with the skipped files that
   * declare a class some function looked for replaced by their summaries.
   *
   * @param fileName the file name of a file ({@code Util.java})
   * @param summarize the summaries of a skipped file
   */
  public static <T> List<FileAnalyzer.FileResult> add(List<T> files,
      List<FileAnalyzer.FileResult> results, Function<T, String> fileName,
      Function<T, FileAnalyzer.FileResult> summarize) {
    Set<String> wanted = new HashSet<>();
    for (FileAnalyzer.FileResult result : results) {
      for (String owner : FileAnswers.unseenFunctionOwners(result.answers())) {
        wanted.add(owner + ".java");
      }
    }
    if (wanted.isEmpty()) {
      return results;
    }
    List<FileAnalyzer.FileResult> added = new ArrayList<>(results);
    for (int i = 0; i < files.size(); i++) {
      FileAnalyzer.FileResult result = results.get(i);
      if (!result.parsed() && result.errors().isEmpty() && result.summary() == FileSummary.EMPTY
          && wanted.contains(fileName.apply(files.get(i)))) {
        added.set(i, summarize.apply(files.get(i)));
      }
    }
    return added;
  }
}
