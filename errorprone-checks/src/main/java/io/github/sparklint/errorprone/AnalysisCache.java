package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The core's findings per compilation unit, so that the N sparklint checks run all rules once per
 * unit rather than parsing it N times. Units are held weakly (by identity: javac trees do not
 * override {@code equals}), so a finished compilation frees its entries.
 */
final class AnalysisCache {
  private static final Map<CompilationUnitTree, Entry> CACHE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private AnalysisCache() {}

  private record Entry(String configFingerprint, List<Finding> findings) {}

  /** The findings of every enabled rule in {@code unit}, computed on first request. */
  static List<Finding> findings(
      CompilationUnitTree unit, CharSequence source, SparklintConfig config) {
    Entry cached = CACHE.get(unit);
    if (cached != null && cached.configFingerprint().equals(config.fingerprint())) {
      return cached.findings();
    }
    String file = unit.getSourceFile() == null ? "<source>" : unit.getSourceFile().getName();
    List<Finding> findings =
        new Analyzer(config).analyzeSource(file, source.toString()).findings();
    CACHE.put(unit, new Entry(config.fingerprint(), findings));
    return findings;
  }
}
