package io.github.sparklint.core.run;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.fix.SourceFix;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.flow.FileSummary;
import io.github.sparklint.core.flow.ModelLayer;
import io.github.sparklint.core.flow.ProjectIndex;
import io.github.sparklint.core.flow.ProjectView;
import io.github.sparklint.core.flow.RowBounds;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.flow.Summarizer;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.JavacSyntax;
import io.github.sparklint.core.java.ParserSettings;
import io.github.sparklint.core.java.SymbolSolverKey;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/** Parses one file and runs every enabled rule on it; never throws for bad input. */
public final class FileAnalyzer {
  private final SparklintConfig config;
  private final List<Rule> rules;
  private final ParserConfiguration parserConfiguration;
  /** {@code parserConfiguration} for a source without a {@code var} word. */
  private final ParserConfiguration withoutVarTypes;
  private final ModelLayer models;
  private final WorthParsing worthParsing;

  /**
   * @param parserConfiguration JavaParser settings; when it carries a symbol resolver, the solver
   *     layer of type resolution is used
   */
  public FileAnalyzer(
      SparklintConfig config, List<Rule> rules, ParserConfiguration parserConfiguration) {
    this.config = config;
    this.rules = rules.stream().filter(r -> config.isEnabled(r.id())).toList();
    this.parserConfiguration = parserConfiguration;
    this.withoutVarTypes = ParserSettings.withoutVarTypes(parserConfiguration);
    this.models = ModelLayer.of(config.models());
    this.worthParsing = new WorthParsing(config.models());
  }

  /**
   * Findings and errors of one file, with what the project index needs from it and what its
   * findings depend on in the index.
   *
   * @param summary the file's method and type summaries
   * @param answers the questions its analysis asked the project index, with digests of the
   *     answers (see {@link ProjectView})
   */
  public record FileResult(List<Finding> findings, List<AnalysisError> errors, boolean parsed,
      FileSummary summary, Map<String, String> answers) {
    public FileResult {
      summary = summary == null ? FileSummary.EMPTY : summary;
      answers = answers == null ? Map.of() : Map.copyOf(answers);
    }

    /** This result with only the findings {@code config}'s confidence threshold shows. */
    public FileResult shownBy(SparklintConfig config) {
      List<Finding> shown = findings.stream().filter(config::shows).toList();
      return shown.size() == findings.size() ? this
          : new FileResult(shown, errors, parsed, summary, answers);
    }

    /** A result that neither adds to the project index nor depends on it. */
    public FileResult(List<Finding> findings, List<AnalysisError> errors, boolean parsed) {
      this(findings, errors, parsed, FileSummary.EMPTY, Map.of());
    }
  }

  /** The cheap text check before parsing ({@link WorthParsing}). */
  public boolean isWorthParsing(String source) {
    return worthParsing.test(source);
  }

  /** Analyzes {@code source} on its own, reporting under the name {@code file}. */
  public FileResult analyze(String file, String source) {
    return analyze(file, source, null);
  }

  /**
   * Analyzes {@code source}, reporting under the name {@code file}, with the other files' methods
   * read from {@code index}; {@code null} for the first pass, when only this file's own methods
   * are known.
   */
  public FileResult analyze(String file, String source, ProjectIndex index) {
    if (!isWorthParsing(source)) {
      return new FileResult(List.of(), List.of(), false);
    }
    return analyzeCaller(file, source, index);
  }

  /**
   * Analyzes {@code source} as {@link #analyze(String, String, ProjectIndex)} does, whether or not
   * it mentions Spark: a file the first pass skipped that calls a project method collecting what
   * it is given ({@link SparkFreeCallers}).
   */
  public FileResult analyzeCaller(String file, String source, ProjectIndex index) {
    CompilationUnit cu;
    try {
      ParseResult<CompilationUnit> result = parse(source);
      if (!result.isSuccessful() || result.getResult().isEmpty()) {
        return new FileResult(List.of(), List.of(FileErrors.parseError(file,
            result.getProblems(), JavacSyntax.parses(source))), false);
      }
      cu = result.getResult().get();
    } catch (StackOverflowError e) {
      return new FileResult(List.of(), List.of(FileErrors.tooDeep(file)), false);
    } catch (RuntimeException e) {
      return new FileResult(List.of(), List.of(FileErrors.parserFailure(file, e)), false);
    }
    stopIfOverBudget();
    if (parserConfiguration.getSymbolResolver().isPresent()) {
      cu.setData(SymbolSolverKey.KEY, Boolean.TRUE);
    }
    return withFixesOn(runRules(file, cu, index), source);
  }

  /**
   * Stamps each automatic fix with the text it was computed on, so that a writer can refuse a
   * file changed since. A file with Unicode escapes gets none: its tokens are positioned in the
   * decoded text, which is not the text on disk.
   */
  private static FileResult withFixesOn(FileResult result, String source) {
    if (result.findings().stream().allMatch(f -> f.autoFix().isEmpty())) {
      return result;
    }
    // one hash of the file for all its fixes
    String base = ParserSettings.hasUnicodeEscape(source) ? null : SourceFix.hash(source);
    List<Finding> findings = result.findings().stream()
        .map(f -> f.withAutoFix(base == null ? SourceFix.NONE : f.autoFix().based(base))).toList();
    return new FileResult(findings, result.errors(), result.parsed(), result.summary(),
        result.answers());
  }

  /**
   * Parses {@code source} as javac reads it: with Unicode escapes decoded first when it has one
   * (positions still refer to the original text). Should the decoding parse fail where the plain
   * one succeeds, the plain tree is used rather than nothing. A source without a {@code var} word
   * skips the tree post-processing that only looks for {@code var} types (a walk of every node).
   */
  private ParseResult<CompilationUnit> parse(String source) {
    if (!ParserSettings.hasUnicodeEscape(source)) {
      return new JavaParser(ParserSettings.mentionsVar(source) ? parserConfiguration
          : withoutVarTypes).parse(source);
    }
    ParseResult<CompilationUnit> decoded =
        new JavaParser(ParserSettings.withUnicodeEscapes(parserConfiguration)).parse(source);
    if (decoded.isSuccessful()) {
      return decoded;
    }
    ParseResult<CompilationUnit> plain = new JavaParser(parserConfiguration).parse(source);
    return plain.isSuccessful() ? plain : decoded;
  }

  /**
   * The summaries of {@code source}, a file the first pass skipped because it never mentions
   * Spark, whose methods functions given to Spark call ({@link HelperSummaries}): no rule runs,
   * and a file that does not parse adds nothing.
   */
  public FileResult summarizeHelper(String file, String source) {
    try {
      ParseResult<CompilationUnit> result = parse(source);
      if (!result.isSuccessful() || result.getResult().isEmpty()) {
        return new FileResult(List.of(), List.of(), false);
      }
      CompilationUnit cu = result.getResult().get();
      // the models, built-in and the project's, say what the library calls it makes do
      // (Lists.newArrayList(it) drains its iterator)
      SparkTypes types = new SparkTypes(ImportTable.of(cu),
          new ProjectView(ProjectIndex.of(List.of(), models)));
      return new FileResult(List.of(), List.of(), false,
          summarize(file, cu, types, new RowBounds(types)), Map.of());
    } catch (RuntimeException | StackOverflowError e) {
      return new FileResult(List.of(), List.of(), false);
    }
  }

  private FileResult runRules(String file, CompilationUnit cu, ProjectIndex index) {
    ImportTable imports = ImportTable.of(cu);
    ProjectView view;
    SparkTypes types = null;
    RowBounds rows = null;
    FileSummary summary = null;
    if (index != null) {
      view = new ProjectView(index);
    } else {
      ProjectView alone = new ProjectView(ProjectIndex.empty());
      SparkTypes aloneTypes = new SparkTypes(imports, alone);
      RowBounds aloneRows = new RowBounds(aloneTypes);
      FileSummary own = summarize(file, cu, aloneTypes, aloneRows);
      view = new ProjectView(ProjectIndex.of(List.of(own), models));
      // Knowing its own methods changes no answer its summary used: the summary stands, and so
      // do the kinds and flows worked out for it.
      if (view.agrees(alone.answers())) {
        summary = own;
        types = aloneTypes.seeing(view);
        rows = aloneRows.seeing(types);
      }
    }
    if (summary == null) {
      types = new SparkTypes(imports, view);
      rows = new RowBounds(types);
      summary = summarize(file, cu, types, rows);
    }
    view.endSummary();
    List<Finding> findings = new ArrayList<>();
    List<AnalysisError> errors = new ArrayList<>();
    for (Rule rule : rules) {
      stopIfOverBudget();
      List<Finding> ruleFindings = new ArrayList<>();
      try {
        rule.check(new RuleContext(rule, file, cu, types, rows, config, ruleFindings));
        findings.addAll(ruleFindings);
      } catch (RuntimeException | StackOverflowError e) {
        errors.add(FileErrors.ruleFailure(file, rule, e));
      }
    }
    findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column)
        .thenComparing(Finding::ruleId));
    return new FileResult(List.copyOf(findings), List.copyOf(errors), true, summary,
        view.answers());
  }

  /**
   * The summary of {@code cu}, its expressions typed by {@code types} and {@code rows}; empty when
   * the summarizer fails on it (the rules still run).
   */
  private static FileSummary summarize(String file, CompilationUnit cu, SparkTypes types,
      RowBounds rows) {
    try {
      return new Summarizer(rows, types).summarize(file, cu);
    } catch (RuntimeException | StackOverflowError e) {
      return FileSummary.EMPTY;
    }
  }

  /**
   * The cooperative half of the time budget: a worker whose file ran over budget is interrupted
   * (see {@link ParallelFiles}); the parse cannot notice, but once it returns no rule runs, and
   * the exception keeps the abandoned result out of the results cache.
   */
  private static void stopIfOverBudget() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("over its time budget");
    }
  }
}
