package io.github.sparklint.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ordered level of a finding, most to least first ({@link Severity}, {@link Confidence}): its
 * lower-case label for reports and options, how it compares with a threshold, and how an option's
 * text names it. Implemented by enums, whose constants give the order.
 *
 * @param <L> the enum implementing it
 */
public interface Level<L extends Enum<L> & Level<L>> {
  /** The constant's name (implemented by {@link Enum#name()}). */
  String name();

  /** The constant's position, most first (implemented by {@link Enum#ordinal()}). */
  int ordinal();

  /** Lower-case name used in reports and options. */
  default String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this level is at least {@code threshold}: the same or before it. */
  default boolean isAtLeast(L threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * The level of {@code levels} whose label is {@code value} in any case, or which one of {@code
   * aliases} (by lower-case label) names.
   *
   * @param kind what the levels are, for the error ({@code severity})
   * @throws ConfigException naming the kind, the value and the allowed labels
   */
  static <L extends Enum<L> & Level<L>> L parse(
      String kind, L[] levels, Map<String, L> aliases, String value) {
    String label = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    L alias = aliases.get(label);
    if (alias != null) {
      return alias;
    }
    for (L level : levels) {
      if (level.label().equals(label)) {
        return level;
      }
    }
    throw new ConfigException(kind + " '" + value + "' is not one of "
        + Arrays.stream(levels).map(Level::label).collect(Collectors.joining(", ")));
  }
}
