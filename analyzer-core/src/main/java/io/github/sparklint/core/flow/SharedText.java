package io.github.sparklint.core.flow;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each text the results of a run keep many times (call-site owners and names, the
 * questions files ask the project index and the digests of their answers), so that young
 * collections copy one string per distinct text (docs/performance.md, speed7).
 *
 * <p>A map rather than {@link String#intern}: interning is a call into the JVM on every use, which
 * cost about 0.4 s of CPU on the benchmark corpus (speed8), where a map lookup is a hash and an
 * equality test in Java. The table is emptied when it holds {@value #MAX_TEXTS} texts, so that a
 * long-running language server does not accumulate them; emptying only stops later texts being
 * shared with earlier ones, it changes no answer.
 */
final class SharedText {
  /** About four times the distinct questions of the 2,318-file benchmark corpus. */
  private static final int MAX_TEXTS = 1 << 17;

  private static final ConcurrentHashMap<String, String> TEXTS = new ConcurrentHashMap<>();

  private SharedText() {}

  /** The shared copy of {@code text}: the first one given, while the table holds it. */
  static String of(String text) {
    String shared = TEXTS.putIfAbsent(text, text);
    if (shared != null) {
      return shared;
    }
    if (TEXTS.size() > MAX_TEXTS) {
      TEXTS.clear();
    }
    return text;
  }
}
