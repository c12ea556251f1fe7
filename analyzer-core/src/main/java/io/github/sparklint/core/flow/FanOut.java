package io.github.sparklint.core.flow;

/**
 * What a function given to {@code flatMap}, {@code mapPartitions} and the like makes of its input,
 * as far as its code (and the project methods it calls) shows: the fact that decides whether the
 * rows it emits are bounded by the rows it is given ({@link FunctionFanOuts}).
 */
public enum FanOut {
  /** At most one element per call: one row per input row, or per partition. */
  ONE,
  /**
   * Elements made from its input only: splits, copies, pairs, windows of it, loops over it or
   * over a few constants. As many rows as its input, times a factor the input's size sets.
   */
  INPUT,
  /**
   * It reads data from outside: opens a file, stream, URL, JDBC connection, Hadoop file system
   * or {@code SparkFiles} (see {@code data-sources.txt}). As many rows as that data holds.
   */
  EXTERNAL,
  /**
   * It loops more times than a driver holds rows, with no relation to its input: a loop up to a
   * constant above {@link io.github.sparklint.core.spark.SparkApi#SMALL_ROW_COUNT}, or an endless
   * generator ({@code Stream.iterate}) without a limit.
   */
  LARGE_LOOP,
  /** Its code is out of sight (a library function object) or the analysis budget ran out. */
  UNKNOWN;

  /** True when its output is bounded by its input: {@link #ONE} or {@link #INPUT}. */
  public boolean boundedByInput() {
    return this == ONE || this == INPUT;
  }

  /** The weaker of the two as a bound on the output (an outside source beats the input). */
  FanOut weakest(FanOut other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
