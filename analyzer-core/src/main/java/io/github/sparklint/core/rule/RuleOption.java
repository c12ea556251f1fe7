package io.github.sparklint.core.rule;

import io.github.sparklint.core.ConfigException;
import java.util.Locale;
import java.util.function.Function;

/**
 * A typed, validated option of one rule, e.g. {@code SparkLargeTake:maxRows}.
 *
 * @param <T> the value type
 */
public final class RuleOption<T> {
  private final String key;
  private final T defaultValue;
  private final Function<String, T> parser;
  private final String allowed;
  private final String description;

  private RuleOption(
      String key, T defaultValue, Function<String, T> parser, String allowed, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.parser = parser;
    this.allowed = allowed;
    this.description = description;
  }

  /** A whole-number option accepting {@code min..max}; underscores are allowed ({@code 100_000}). */
  public static RuleOption<Long> count(
      String key, long defaultValue, long min, long max, String description) {
    String allowed = "a whole number from " + min + " to " + max;
    return new RuleOption<>(
        key, defaultValue, raw -> checkRange(parseLong(raw.replace("_", "")), min, max), allowed,
        description);
  }

  /**
   * A size in bytes accepting plain numbers or Spark-style suffixes ({@code 10m}, {@code 1g},
   * {@code 512k}, {@code 2t}, {@code b} optional), within {@code min..max} bytes.
   */
  public static RuleOption<Long> bytes(
      String key, long defaultValue, long min, long max, String description) {
    String allowed = "a size in bytes (e.g. 10485760, 10m, 1g) from " + min + " to " + max;
    return new RuleOption<>(
        key, defaultValue, raw -> checkRange(ByteSizes.parse(raw), min, max), allowed,
        description);
  }

  /** {@code true} or {@code false}. */
  public static RuleOption<Boolean> flag(String key, boolean defaultValue, String description) {
    return new RuleOption<>(
        key,
        defaultValue,
        raw -> {
          String v = raw.trim().toLowerCase(Locale.ROOT);
          if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
          }
          throw new IllegalArgumentException();
        },
        "true or false",
        description);
  }

  public String key() {
    return key;
  }

  public T defaultValue() {
    return defaultValue;
  }

  public String allowed() {
    return allowed;
  }

  public String description() {
    return description;
  }

  /**
   * Parses a raw value given for {@code ruleId}.
   *
   * @throws ConfigException naming the rule, key, value and allowed range
   */
  public T parse(String ruleId, String raw) {
    try {
      return parser.apply(raw.trim());
    } catch (RuntimeException e) {
      throw new ConfigException(
          "option " + ruleId + ":" + key + " has value '" + raw + "'; expected " + allowed);
    }
  }

  private static long parseLong(String raw) {
    return Long.parseLong(raw.trim());
  }

  private static long checkRange(long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException("out of range");
    }
    return value;
  }
}
