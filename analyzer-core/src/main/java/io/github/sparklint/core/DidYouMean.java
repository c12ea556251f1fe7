package io.github.sparklint.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a mistyped one, for "did you mean" hints on rule ids and option keys:
 * the candidate with the smallest edit distance (case ignored), if it is close enough to be a typo
 * (at most a third of the longer name, and at most 3 edits).
 */
public final class DidYouMean {
  private static final int MAX_EDITS = 3;

  private DidYouMean() {}

  /** {@code "; did you mean 'X'?"} for the closest candidate, or an empty text when none is close. */
  public static String hint(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** The candidate closest to {@code typed}, when one is close enough to be a typo of it. */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String t = typed.trim().toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(c -> distance(t, c.toLowerCase(Locale.ROOT)) <= allowed(t, c))
        .min(Comparator.comparingInt((String c) -> distance(t, c.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  private static int allowed(String typed, String candidate) {
    return Math.min(MAX_EDITS, Math.max(typed.length(), candidate.length()) / 3);
  }

  /** Levenshtein distance: insertions, deletions and substitutions. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
