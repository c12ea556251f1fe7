package io.github.sparklint.core;

import java.util.Map;

/**
 * How sure a finding is that the risk is real, by what the analysis knows about the data it names;
 * ordered from most to least sure. Orthogonal to {@link Severity}, which says how bad the risk is
 * when real. A run shows the findings at or above its threshold ({@link #DEFAULT_THRESHOLD} unless
 * configured), like a bug finder's confidence threshold.
 */
public enum Confidence implements Level<Confidence> {
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

  /**
   * Parses {@code high}, {@code medium} or {@code low} (any case).
   *
   * @throws ConfigException naming the value and the allowed ones
   */
  public static Confidence parse(String value) {
    return Level.parse("confidence", values(), Map.of(), value);
  }
}
