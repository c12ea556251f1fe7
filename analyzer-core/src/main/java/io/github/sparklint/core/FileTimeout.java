package io.github.sparklint.core;

import java.time.Duration;

/**
 * The time budget of one file (parse plus rules): the one definition of the setting that the CLI
 * ({@code --file-timeout}), the Maven goal ({@code sparklint.fileTimeout}) and {@code
 * sparklint.yaml} ({@code fileTimeout:}) all take, in whole seconds. A file over budget is
 * reported and skipped; the other files are still analyzed.
 */
public final class FileTimeout {
  /** The setting's name in {@code sparklint.yaml} and, prefixed, in Maven. */
  public static final String KEY = "fileTimeout";
  /**
   * Hand-written files take milliseconds, the largest generated ones a few seconds
   * (docs/performance.md); 30 s leaves room for a slow CI machine and still ends a runaway parse
   * long before anyone wonders whether the build hangs.
   */
  public static final Duration DEFAULT = Duration.ofSeconds(30);
  /** The largest budget accepted: an hour. */
  public static final long MAX_SECONDS = 3600;

  private FileTimeout() {}

  /**
   * Parses a budget in whole seconds.
   *
   * @param where the setting's name as the user wrote it, for the error message
   * @throws ConfigException naming the setting, the value and the allowed range
   */
  public static Duration parse(String value, String where) {
    String v = value == null ? "" : value.trim();
    long seconds;
    try {
      seconds = Long.parseLong(v);
    } catch (NumberFormatException e) {
      seconds = -1;
    }
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new ConfigException(where + " has value '" + value
          + "'; expected a whole number of seconds from 1 to " + MAX_SECONDS);
    }
    return Duration.ofSeconds(seconds);
  }

  /** The error reported for a file that used up {@code budget}. */
  public static String exceeded(Duration budget) {
    return "analysis of this file took longer than " + describe(budget) + " (" + KEY
        + "); file skipped";
  }

  private static String describe(Duration budget) {
    return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
  }
}
