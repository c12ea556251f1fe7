package io.github.sparklint.core;

import com.github.javaparser.ParserConfiguration;
import io.github.sparklint.core.flow.ModelLayer;
import io.github.sparklint.core.java.CalledNames;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.java.SourceFiles;
import io.github.sparklint.core.java.TypeSolvers;
import io.github.sparklint.core.rules.RuleRegistry;
import io.github.sparklint.core.run.ConfigFileAnalyzer;
import io.github.sparklint.core.run.FileAnalyzer;
import io.github.sparklint.core.run.ParallelFiles;
import io.github.sparklint.core.run.HelperSummaries;
import io.github.sparklint.core.run.ProjectRounds;
import io.github.sparklint.core.run.ResultCache;
import io.github.sparklint.core.run.SourceCheck;
import io.github.sparklint.core.run.SparkFreeCallers;
import io.github.sparklint.core.run.WorthParsing;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The entry point every front uses: analyze files, or one in-memory source. */
public final class Analyzer {
  private final SparklintConfig config;

  public Analyzer(SparklintConfig config) {
    this.config = config;
  }

  /**
   * Analyzes every {@code .java} file the request names, and the Spark configuration files
   * ({@code spark-defaults.conf}, {@code *.properties}) under its directories; bad files become
   * errors, not failures.
   */
  public AnalysisResult analyze(AnalysisRequest request) {
    List<AnalysisError> errors = new ArrayList<>();
    Path base = request.baseDir().toAbsolutePath().normalize();
    SourceFiles files = SourceFiles.collect(request.inputs(), base, errors)
        .without(request.excluded());
    SourceCheck check = new SourceCheck(() -> new FileAnalyzer(config, RuleRegistry.all(),
        parserConfiguration(request, files)), cache(request), request.encoding());
    int total = files.files().size() + files.configFiles().size();
    AtomicInteger done = new AtomicInteger();
    request.progress().filesDone(0, total);
    List<FileAnalyzer.FileResult> results = ParallelFiles.map(files.files(), request.threads(),
        request.fileTimeout(), file -> {
          FileAnalyzer.FileResult checked = check.check(file, SourceFiles.display(file, base));
          request.progress().filesDone(done.incrementAndGet(), total);
          return checked;
        },
        (file, e) -> SourceCheck.internalError(SourceFiles.display(file, base), e),
        file -> SourceCheck.timedOut(SourceFiles.display(file, base), request.fileTimeout()));
    results = ProjectRounds.settle(files.files(), results, ModelLayer.of(config.models()),
        request.threads(),
        request.fileTimeout(),
        (file, index) -> check.recheck(file, SourceFiles.display(file, base), index),
        (file, e) -> SourceCheck.internalError(SourceFiles.display(file, base), e),
        file -> SourceCheck.timedOut(SourceFiles.display(file, base), request.fileTimeout()),
        settled -> SparkFreeCallers.add(files.files(), HelperSummaries.add(files.files(), settled,
            file -> file.getFileName().toString(),
            file -> check.helper(file, SourceFiles.display(file, base))),
            check::admits,
            callers -> ParallelFiles.map(callers, request.threads(), request.fileTimeout(),
                file -> check.check(file, SourceFiles.display(file, base)),
                (file, e) -> SourceCheck.internalError(SourceFiles.display(file, base), e),
                file -> SourceCheck.timedOut(SourceFiles.display(file, base),
                    request.fileTimeout()))));
    List<Finding> findings = new ArrayList<>();
    int analyzed = 0;
    int skipped = 0;
    for (FileAnalyzer.FileResult result : results) {
      findings.addAll(result.findings());
      errors.addAll(result.errors());
      if (result.parsed()) {
        analyzed++;
      } else if (result.errors().isEmpty()) {
        skipped++;
      }
    }
    ConfigFileAnalyzer configAnalyzer = new ConfigFileAnalyzer(config, RuleRegistry.all());
    for (Path file : files.configFiles()) {
      FileAnalyzer.FileResult result = configAnalyzer.analyze(SourceFiles.display(file, base), file);
      findings.addAll(result.findings());
      errors.addAll(result.errors());
      if (result.parsed()) {
        analyzed++;
      }
      request.progress().filesDone(done.incrementAndGet(), total);
    }
    List<Finding> shown = new ArrayList<>(findings.stream().filter(config::shows).toList());
    int hidden = findings.size() - shown.size();
    shown.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparingInt(Finding::column).thenComparing(Finding::ruleId));
    errors.sort(Comparator.comparing(AnalysisError::file).thenComparingInt(AnalysisError::line)
        .thenComparingInt(AnalysisError::column).thenComparing(AnalysisError::message));
    return new AnalysisResult(shown, errors, analyzed, skipped, hidden);
  }

  /**
   * A new parser configuration per worker thread: JavaParser's symbol solver is not thread-safe,
   * so in deep mode every worker builds its own solver over the same roots and jars.
   */
  private static ParserConfiguration parserConfiguration(AnalysisRequest request, SourceFiles files) {
    if (!request.symbolSolver()) {
      return ParserSettings.syntaxOnly();
    }
    List<Path> roots = request.sourceRoots().isEmpty() ? files.directories() : request.sourceRoots();
    return TypeSolvers.parserConfiguration(roots, request.classpath());
  }

  /** The results cache, unless none was asked for or deep mode makes findings cross-file. */
  private ResultCache cache(AnalysisRequest request) {
    if (request.cache().isEmpty() || request.symbolSolver()) {
      return null;
    }
    return ResultCache.open(request.cache().get(), config, RuleRegistry.all());
  }

  /**
   * Analyzes one in-memory source without the symbol solver, on a thread with the same deep stack
   * as {@link #analyze}'s workers, whatever the caller's stack, and without a time budget. Only the
   * source's own methods are in the project index.
   */
  public FileAnalyzer.FileResult analyzeSource(String file, String source) {
    return ParallelFiles.onDeepStack(() ->
        new FileAnalyzer(config, RuleRegistry.all(), ParserSettings.syntaxOnly())
            .analyze(file, source));
  }

  /**
   * As {@link #analyzeSource(String, String)} (the Error Prone front uses this for a unit it
   * cannot gather with the others), but an analysis running longer than {@code budget} ends in the
   * {@link FileTimeout#exceeded} error for the file instead of holding up the caller.
   */
  public FileAnalyzer.FileResult analyzeSource(String file, String source, Duration budget) {
    return analyzeSources(Map.of(file, source), budget).get(file);
  }

  /**
   * Analyzes in-memory Java sources as one project (the Error Prone front: the sources of one
   * javac compilation), without the symbol solver: each file's findings see the other files'
   * methods through the project index. Each file has {@code budget} (parse plus rules, in every
   * round), as in {@link #analyze}. Results by file name, in the order given. When no source is
   * worth parsing ({@link WorthParsing}), none is analyzed, and neither the parser nor the rules,
   * the models or the project index are loaded (a compilation without Spark).
   */
  public Map<String, FileAnalyzer.FileResult> analyzeSources(
      Map<String, String> sources, Duration budget) {
    if (!new WorthParsing(config.models()).anyOf(sources.values())) {
      Map<String, FileAnalyzer.FileResult> skipped = new LinkedHashMap<>();
      sources.keySet().forEach(file ->
          skipped.put(file, new FileAnalyzer.FileResult(List.of(), List.of(), false)));
      return skipped;
    }
    FileAnalyzer analyzer =
        new FileAnalyzer(config, RuleRegistry.all(), ParserSettings.syntaxOnly());
    List<String> files = List.copyOf(sources.keySet());
    List<FileAnalyzer.FileResult> results = ParallelFiles.map(files, 1, budget,
        file -> analyzer.analyze(file, sources.get(file)),
        (file, e) -> SourceCheck.internalError(file, e),
        file -> SourceCheck.timedOut(file, budget));
    // Only a parsed file asks the index anything, so only parsed files are analyzed again: those
    // that mention Spark, and the Spark-free ones that call a collecting project method.
    results = ProjectRounds.settle(files, results, ModelLayer.of(config.models()), 1, budget,
        (file, index) -> analyzer.analyzeCaller(file, sources.get(file), index),
        (file, e) -> SourceCheck.internalError(file, e),
        file -> SourceCheck.timedOut(file, budget),
        settled -> SparkFreeCallers.add(files, HelperSummaries.add(files, settled,
            HelperSummaries::fileName, file -> analyzer.summarizeHelper(file, sources.get(file))),
            (file, names) -> CalledNames.callsAny(sources.get(file), names),
            callers -> ParallelFiles.map(callers, 1, budget,
                file -> analyzer.analyzeCaller(file, sources.get(file), null),
                (file, e) -> SourceCheck.internalError(file, e),
                file -> SourceCheck.timedOut(file, budget))));
    Map<String, FileAnalyzer.FileResult> byFile = new LinkedHashMap<>();
    for (int i = 0; i < files.size(); i++) {
      byFile.put(files.get(i), results.get(i));
    }
    return byFile;
  }
}
