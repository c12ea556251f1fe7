package io.github.sparklint.core.rule;

import java.util.Set;

/**
 * One {@code key value} entry of a Spark configuration file ({@code spark-defaults.conf} or a
 * {@code .properties} file), as Spark reads it.
 *
 * @param key the key, escapes resolved
 * @param value the value, escapes resolved and trimmed (Spark trims it too)
 * @param line 1-based line where the entry starts
 * @param column 1-based column of the key
 * @param suppressed rule ids (or {@code sparklint}) named by a {@code # @SuppressWarnings("...")}
 *     comment on the line directly above the entry
 */
public record ConfigEntry(String key, String value, int line, int column, Set<String> suppressed) {

  public ConfigEntry {
    suppressed = Set.copyOf(suppressed);
  }
}
