package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.run.FileAnalyzer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * The core's findings per compilation unit, so that the N sparklint checks run all rules once per
 * unit rather than parsing it N times. A unit is analyzed with the rest of its compilation ({@link
 * CompilationAnalysis}) when javac's units can be gathered, else on its own; units analyzed alone
 * are held weakly (by identity: javac trees do not override {@code equals}), so a finished
 * compilation frees their entries.
 */
final class AnalysisCache {
  private static final Map<CompilationUnitTree, Analysis> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private AnalysisCache() {}

  /**
   * One unit's analysis.
   *
   * @param findings the findings of every enabled rule
   * @param errors why the file, or one rule on it, could not be analyzed
   * @param parsed whether the rules ran at all
   */
  record Analysis(String configKey, List<Finding> findings, List<AnalysisError> errors,
      boolean parsed, AtomicBoolean errorsClaimed) {

    /** The core's result for one file, analyzed with {@code config}. */
    static Analysis of(UnitConfig config, FileAnalyzer.FileResult result) {
      return new Analysis(config.key(), result.findings(), result.errors(),
          result.parsed(), new AtomicBoolean());
    }

    /**
     * True for exactly one caller per unit: the check that reports the errors, so that they are
     * not repeated by every sparklint check.
     */
    boolean claimErrors() {
      return !errors.isEmpty() && errorsClaimed.compareAndSet(false, true);
    }
  }

  /**
   * The analysis of {@code unit} with {@code config}, computed on first request: with the other
   * units of the compilation {@code context} when they can be gathered, else alone.
   *
   * @param unitConfig the configuration of any unit of the compilation, empty when excluded
   */
  static Analysis of(Context context, CompilationUnitTree unit, CharSequence source,
      UnitConfig config, Function<CompilationUnitTree, Optional<UnitConfig>> unitConfig) {
    return CompilationAnalysis.of(context, unit, config, unitConfig)
        .orElseGet(() -> alone(unit, source, config));
  }

  /** The analysis of {@code unit} on its own, knowing only its own methods. */
  static Analysis alone(CompilationUnitTree unit, CharSequence source, UnitConfig config) {
    Analysis cached = CACHE.get(unit);
    if (cached != null && cached.configKey().equals(config.key())) {
      return cached;
    }
    String file = unit.getSourceFile() == null ? "<source>" : unit.getSourceFile().getName();
    Analysis analysis = Analysis.of(config, new Analyzer(config.rules())
        .analyzeSource(file, source.toString(), config.fileTimeout()));
    CACHE.put(unit, analysis);
    return analysis;
  }
}
