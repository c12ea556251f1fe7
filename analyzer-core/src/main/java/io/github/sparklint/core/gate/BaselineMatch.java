package io.github.sparklint.core.gate;

import io.github.sparklint.core.Finding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Findings split by a baseline: each entry absorbs up to its {@code count} findings with the same
 * identity (in report order); the rest are new. Entries in scope that absorbed fewer findings than
 * their count are stale: the code they accepted is gone or fixed.
 *
 * @param fresh the findings no entry absorbed, in report order
 * @param baselined the findings an entry absorbed (by identity)
 * @param stale in-scope entries with the count of findings they did not find
 */
public record BaselineMatch(List<Finding> fresh, Set<Finding> baselined, List<Baseline.Entry> stale) {

  public BaselineMatch {
    fresh = List.copyOf(fresh);
    baselined = Collections.unmodifiableSet(baselined);
    stale = List.copyOf(stale);
  }

  /**
   * Matches {@code findings} against {@code baseline}; only entries whose file is in {@code scope}
   * (the files this run analyzed) can be stale.
   */
  public static BaselineMatch match(
      List<Finding> findings, Baseline baseline, Predicate<String> scope) {
    Map<String, Integer> left = new LinkedHashMap<>();
    baseline.entries().forEach(e -> left.put(e.key(), e.count()));
    List<Finding> fresh = new ArrayList<>();
    Set<Finding> baselined = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Finding f : findings) {
      String key = Baseline.keyOf(f);
      int remaining = left.getOrDefault(key, 0);
      if (remaining > 0) {
        left.put(key, remaining - 1);
        baselined.add(f);
      } else {
        fresh.add(f);
      }
    }
    List<Baseline.Entry> stale = new ArrayList<>();
    for (Baseline.Entry e : baseline.entries()) {
      int unused = left.get(e.key());
      if (unused > 0 && scope.test(e.file())) {
        stale.add(e.withCount(unused));
      }
    }
    return new BaselineMatch(fresh, baselined, stale);
  }

  /** Every finding new: no baseline in use. */
  public static BaselineMatch none(List<Finding> findings) {
    return new BaselineMatch(findings, Collections.newSetFromMap(new IdentityHashMap<>()), List.of());
  }
}
