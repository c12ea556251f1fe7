package io.github.sparklint.core.spark;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Helpers for building the Spark facts tables. */
final class SparkTables {
  private SparkTables() {}

  /**
   * Every method name in a per-kind table, as one set: the cheap name check the rules run on every
   * call before resolving the receiver's kind.
   */
  static Set<String> names(Map<SparkKind, ?> table) {
    Set<String> names = new HashSet<>();
    for (Object methods : table.values()) {
      if (methods instanceof Map<?, ?> byName) {
        byName.keySet().forEach(n -> names.add((String) n));
      } else {
        ((Collection<?>) methods).forEach(n -> names.add((String) n));
      }
    }
    return Set.copyOf(names);
  }

  /** The names in any of {@code sets}, as one set. */
  @SafeVarargs
  static Set<String> union(Set<String>... sets) {
    Set<String> names = new HashSet<>();
    for (Set<String> set : sets) {
      names.addAll(set);
    }
    return Set.copyOf(names);
  }

  /** Records in {@code table} that each of {@code methods} on {@code owner} returns {@code result}. */
  static void put(Map<SparkKind, Map<String, SparkKind>> table, SparkKind owner, SparkKind result,
      String... methods) {
    Map<String, SparkKind> m = table.computeIfAbsent(owner, k -> new HashMap<>());
    for (String method : methods) {
      m.put(method, result);
    }
  }
}
