package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.util.Context;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.ConfigException;
import io.github.sparklint.core.run.FileAnalyzer;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * The core's findings for every unit of one javac compilation, analyzed as one project (so a unit's
 * findings see the other units' methods, as in the CLI and the Maven goal). On the first sparklint
 * check of a compilation, every unit is gathered ({@link CompilationSources}), units excluded by
 * their {@code sparklint.yaml} are left out, the others are grouped by their configuration, and
 * each group is analyzed once; the later checks only look their unit up. Held weakly per javac
 * {@link Context}, and holding no javac object, so a finished compilation frees its entry.
 */
final class CompilationAnalysis {
  private static final Map<Context, CompilationAnalysis> BY_COMPILATION =
      Collections.synchronizedMap(new WeakHashMap<>());

  /** Unit configuration key, then file name: the unit's analysis. */
  private Map<String, Map<String, AnalysisCache.Analysis>> byConfig;

  private CompilationAnalysis() {}

  /**
   * The analysis of {@code unit} with {@code config} as part of its compilation; empty when the
   * compilation's units cannot be gathered or this unit was not among them.
   *
   * @param unitConfig the configuration of a unit of the compilation, empty when its {@code
   *     sparklint.yaml} excludes it; may throw {@link ConfigException}
   */
  static Optional<AnalysisCache.Analysis> of(Context context, CompilationUnitTree unit,
      UnitConfig config, Function<CompilationUnitTree, Optional<UnitConfig>> unitConfig) {
    CompilationAnalysis compilation =
        BY_COMPILATION.computeIfAbsent(context, c -> new CompilationAnalysis());
    Map<String, AnalysisCache.Analysis> group =
        compilation.analyses(context, unitConfig).get(config.key());
    return Optional.ofNullable(group).map(g -> g.get(unit.getSourceFile().getName()));
  }

  private synchronized Map<String, Map<String, AnalysisCache.Analysis>> analyses(Context context,
      Function<CompilationUnitTree, Optional<UnitConfig>> unitConfig) {
    if (byConfig == null) {
      byConfig = CompilationSources.units(context)
          .map(units -> analyze(units, unitConfig)).orElse(Map.of());
    }
    return byConfig;
  }

  private static Map<String, Map<String, AnalysisCache.Analysis>> analyze(
      List<CompilationUnitTree> units,
      Function<CompilationUnitTree, Optional<UnitConfig>> unitConfig) {
    Set<String> names = new HashSet<>();
    Set<String> duplicates = new HashSet<>();
    for (CompilationUnitTree unit : units) {
      if (!names.add(unit.getSourceFile().getName())) {
        duplicates.add(unit.getSourceFile().getName());
      }
    }
    Map<String, UnitConfig> configs = new HashMap<>();
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (CompilationUnitTree unit : units) {
      String name = unit.getSourceFile().getName();
      Optional<UnitConfig> config = duplicates.contains(name) ? Optional.empty()
          : configOf(unit, unitConfig);
      Optional<String> source = config.isPresent() ? sourceOf(unit) : Optional.empty();
      if (source.isPresent()) {
        configs.putIfAbsent(config.get().key(), config.get());
        groups.computeIfAbsent(config.get().key(), f -> new LinkedHashMap<>())
            .put(name, source.get());
      }
    }
    Map<String, Map<String, AnalysisCache.Analysis>> byConfig = new HashMap<>();
    groups.forEach((key, sources) -> {
      UnitConfig config = configs.get(key);
      Map<String, AnalysisCache.Analysis> analyses = new HashMap<>();
      for (Map.Entry<String, FileAnalyzer.FileResult> result : new Analyzer(config.rules())
          .analyzeSources(sources, config.fileTimeout()).entrySet()) {
        analyses.put(result.getKey(), AnalysisCache.Analysis.of(config, result.getValue()));
      }
      byConfig.put(key, Map.copyOf(analyses));
    });
    return Map.copyOf(byConfig);
  }

  /**
   * A unit's configuration; empty when excluded, or when its {@code sparklint.yaml} is bad (its
   * own check reports that, and it is analyzed with no other unit).
   */
  private static Optional<UnitConfig> configOf(CompilationUnitTree unit,
      Function<CompilationUnitTree, Optional<UnitConfig>> unitConfig) {
    try {
      return unitConfig.apply(unit);
    } catch (ConfigException e) {
      return Optional.empty();
    }
  }

  /** The unit's text, read as javac and Error Prone read it. */
  private static Optional<String> sourceOf(CompilationUnitTree unit) {
    try {
      CharSequence text = unit.getSourceFile().getCharContent(false);
      return Optional.ofNullable(text).map(CharSequence::toString);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
