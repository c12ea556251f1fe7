package io.github.sparklint.core;

import com.github.javaparser.ParserConfiguration;
import io.github.sparklint.core.engine.ConfigFileAnalyzer;
import io.github.sparklint.core.engine.FileAnalyzer;
import io.github.sparklint.core.engine.SourceFiles;
import io.github.sparklint.core.engine.SourceText;
import io.github.sparklint.core.engine.TypeSolvers;
import io.github.sparklint.core.rules.RuleRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
    SourceFiles files = SourceFiles.collect(request.inputs(), base, errors);
    List<Path> roots = request.sourceRoots().isEmpty() ? files.directories() : request.sourceRoots();
    ParserConfiguration parser = request.symbolSolver()
        ? TypeSolvers.parserConfiguration(roots, request.classpath())
        : FileAnalyzer.plainParserConfiguration();
    FileAnalyzer analyzer = new FileAnalyzer(config, RuleRegistry.all(), parser);
    List<Finding> findings = new ArrayList<>();
    int analyzed = 0;
    int skipped = 0;
    for (Path file : files.files()) {
      String shown = SourceFiles.display(file, base);
      String source;
      try {
        source = SourceText.read(file);
      } catch (SourceText.UnreadableSourceException e) {
        errors.add(new AnalysisError(shown, e.line(), 0, e.getMessage()));
        continue;
      }
      FileAnalyzer.FileResult result = analyzer.analyze(shown, source);
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
    }
    findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparingInt(Finding::column).thenComparing(Finding::ruleId));
    errors.sort(Comparator.comparing(AnalysisError::file).thenComparingInt(AnalysisError::line));
    return new AnalysisResult(findings, errors, analyzed, skipped);
  }

  /**
   * Analyzes one in-memory source without the symbol solver (the Error Prone front, which has
   * javac's own types, uses this).
   */
  public FileAnalyzer.FileResult analyzeSource(String file, String source) {
    return new FileAnalyzer(config, RuleRegistry.all(), FileAnalyzer.plainParserConfiguration())
        .analyze(file, source);
  }
}
