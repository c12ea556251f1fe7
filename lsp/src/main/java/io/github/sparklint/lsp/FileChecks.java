package io.github.sparklint.lsp;

import io.github.sparklint.core.flow.ProjectIndex;
import io.github.sparklint.core.java.CalledNames;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.run.ConfigFileAnalyzer;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.run.ParallelFiles;
import io.github.sparklint.core.run.SourceCheck;
import io.github.sparklint.core.run.SparkFreeCallers;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How the language server analyzes one file, with the engine the other fronts use: an open
 * document from its unsaved text, any other file from disk ({@link SourceCheck}); the first pass
 * without an index, later passes with the project's. Each file keeps the workspace's time budget.
 */
final class FileChecks {
  private final WorkspaceSettings settings;
  private final ThreadLocal<FileAnalyzer> analyzers;
  private final SourceCheck disk;
  /** Open documents that never mention Spark but call a collecting project method. */
  private final Set<Path> admittedOpen = ConcurrentHashMap.newKeySet();

  FileChecks(WorkspaceSettings settings) {
    this.settings = settings;
    this.analyzers = ThreadLocal.withInitial(() ->
        new FileAnalyzer(settings.config(), RuleRegistry.all(), ParserSettings.syntaxOnly()));
    // files on disk are read in the sources' encoding; open documents come decoded by the editor
    this.disk = new SourceCheck(analyzers::get, null, settings.encoding());
  }

  WorkspaceSettings settings() {
    return settings;
  }

  /**
   * Analyzes {@code file} as it reads now: {@code openText} gives an open document's text (null
   * for a file only on disk); {@code index} is null in the first pass. No time budget here: the
   * callers run this through {@link ParallelFiles}.
   */
  FileAnalyzer.FileResult analyze(Path file, Function<Path, String> openText, ProjectIndex index) {
    String text = openText.apply(file);
    String shown = settings.shown(file);
    if (text == null) {
      return index == null ? disk.check(file, shown) : disk.recheck(file, shown, index);
    }
    return admittedOpen.contains(file) ? analyzers.get().analyzeCaller(shown, text, index)
        : analyzers.get().analyze(shown, text, index);
  }

  /**
   * True when {@code file}, which the first pass skipped (it never mentions Spark), calls one of
   * {@code names} (project methods that collect the query they are given): from then on it is
   * analyzed like a file that mentions Spark, as in a CLI run ({@link SparkFreeCallers}).
   */
  boolean admits(Path file, Function<Path, String> openText, Set<String> names) {
    String text = openText.apply(file);
    if (text == null) {
      return disk.admits(file, names);
    }
    if (!CalledNames.callsAny(text, names)) {
      return false;
    }
    admittedOpen.add(file);
    return true;
  }

  /**
   * The summaries of {@code file}, a file the first pass skipped (it never mentions Spark) that
   * declares a class functions given to Spark call, as it reads now ({@code openText} as in
   * {@link #analyze}); no rule runs on it, as in a CLI run.
   */
  FileAnalyzer.FileResult helper(Path file, Function<Path, String> openText) {
    String text = openText.apply(file);
    String shown = settings.shown(file);
    return text == null ? disk.helper(file, shown)
        : analyzers.get().summarizeHelper(shown, text);
  }

  /**
   * {@link #analyze} for each file on {@code threads} workers, each within its time budget;
   * {@code done} hears of each file analyzed (from the workers).
   */
  List<FileAnalyzer.FileResult> analyzeAll(List<Path> files, Function<Path, String> openText,
      ProjectIndex index, int threads, Runnable done) {
    return ParallelFiles.map(files, threads, settings.fileTimeout(), file -> {
      FileAnalyzer.FileResult result = analyze(file, openText, index);
      done.run();
      return result;
    }, this::failed, this::timedOut);
  }

  /** The result of a file whose analysis threw (an engine bug, out of memory). */
  FileAnalyzer.FileResult failed(Path file, Throwable e) {
    return SourceCheck.internalError(settings.shown(file), e);
  }

  /** The result of a file whose analysis ran over its time budget. */
  FileAnalyzer.FileResult timedOut(Path file) {
    return SourceCheck.timedOut(settings.shown(file), settings.fileTimeout());
  }

  /** A {@code spark-defaults.conf} or {@code .properties} document, from its unsaved text. */
  FileAnalyzer.FileResult analyzeConfigFile(Path file, String text) {
    return new ConfigFileAnalyzer(settings.config(), RuleRegistry.all())
        .analyze(settings.shown(file), text);
  }
}
