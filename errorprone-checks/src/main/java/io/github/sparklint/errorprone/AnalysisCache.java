package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import io.github.sparklint.core.engine.FileAnalyzer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The core's findings per compilation unit, so that the N sparklint checks run all rules once per
 * unit rather than parsing it N times. Units are held weakly (by identity: javac trees do not
 * override {@code equals}), so a finished compilation frees its entries.
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
  record Analysis(String configFingerprint, List<Finding> findings, List<AnalysisError> errors,
      boolean parsed, AtomicBoolean errorsClaimed) {

    /**
     * True for exactly one caller per unit: the check that reports the errors, so that they are
     * not repeated by every sparklint check.
     */
    boolean claimErrors() {
      return !errors.isEmpty() && errorsClaimed.compareAndSet(false, true);
    }
  }

  /** The analysis of {@code unit} with {@code config}, computed on first request. */
  static Analysis of(CompilationUnitTree unit, CharSequence source, SparklintConfig config) {
    Analysis cached = CACHE.get(unit);
    if (cached != null && cached.configFingerprint().equals(config.fingerprint())) {
      return cached;
    }
    String file = unit.getSourceFile() == null ? "<source>" : unit.getSourceFile().getName();
    FileAnalyzer.FileResult result = new Analyzer(config).analyzeSource(file, source.toString());
    Analysis analysis = new Analysis(config.fingerprint(), result.findings(), result.errors(),
        result.parsed(), new AtomicBoolean());
    CACHE.put(unit, analysis);
    return analysis;
  }
}
