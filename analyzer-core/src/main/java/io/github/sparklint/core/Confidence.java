package io.github.sparklint.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How sure a finding is that the risk is real, by what the analysis knows about the data it names;
 * ordered from most to least sure. Orthogonal to {@link Severity}, which says how bad the risk is
 * when real. A run shows the findings at or above its threshold ({@link #DEFAULT_THRESHOLD} unless
 * configured), like a bug finder's confidence threshold.
 */
public enum Confidence {
  /** The code shows the risk: e.g. the rows collected come from a whole table or file. */
  HIGH,
  /** The risk depends on something the code leaves open, e.g. how many distinct keys there are. */
  MEDIUM,
  /**
   * The code does not show the data at all, e.g. the rows of a parameter of a method no analyzed
   * code calls: as often false as right on real code (docs/precision.md).
   */
  LOW;

  /** The threshold when none is configured: low-confidence findings are not shown. */
  public static final Confidence DEFAULT_THRESHOLD = MEDIUM;

  /** True when this confidence is at least {@code threshold}. */
  public boolean isAtLeast(Confidence threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Lower-case name used in reports and options. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code high}, {@code medium} or {@code low} (any case).
   *
   * @throws ConfigException naming the value and the allowed ones
   */
  public static Confidence parse(String value) {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    for (Confidence c : values()) {
      if (c.name().equals(v)) {
        return c;
      }
    }
    throw new ConfigException(
        "confidence '" + value + "' is not one of "
            + Arrays.stream(values()).map(Confidence::label).collect(Collectors.joining(", ")));
  }
}
