package io.github.sparklint.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  /** True when this severity is at least as severe as {@code threshold}. */
  public boolean isAtLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** Lower-case name used in console lines, SARIF levels and options. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code error}, {@code warning} or {@code note} (any case; {@code info} is accepted for
   * {@code note}).
   *
   * @throws ConfigException naming the value and the allowed ones
   */
  public static Severity parse(String value) {
    String v = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
    if (v.equals("INFO")) {
      return NOTE;
    }
    for (Severity s : values()) {
      if (s.name().equals(v)) {
        return s;
      }
    }
    throw new ConfigException(
        "severity '" + value + "' is not one of "
            + Arrays.stream(values()).map(Severity::label).collect(Collectors.joining(", ")));
  }
}
