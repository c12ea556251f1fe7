package io.github.sparklint.core;

import java.util.Map;

/** How serious a finding is; ordered from most to least severe. */
public enum Severity implements Level<Severity> {
  ERROR,
  WARNING,
  NOTE;

  /**
   * Parses {@code error}, {@code warning} or {@code note} (any case; {@code info} is accepted for
   * {@code note}).
   *
   * @throws ConfigException naming the value and the allowed ones
   */
  public static Severity parse(String value) {
    return Level.parse("severity", values(), Map.of("info", NOTE), value);
  }
}
