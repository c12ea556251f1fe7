package io.github.sparklint.core.rule;

import java.util.Locale;
import java.util.OptionalLong;

/** Spark-style byte sizes: {@code 1048576}, {@code 10m}, {@code 1g}, {@code 512kb}. */
public final class ByteSizes {
  private ByteSizes() {}

  /**
   * Parses a size; a plain number is bytes.
   *
   * @throws IllegalArgumentException when it is not a size
   */
  public static long parse(String raw) {
    OptionalLong v = tryParse(raw, 1);
    if (v.isEmpty()) {
      throw new IllegalArgumentException("not a size: " + raw);
    }
    return v.getAsLong();
  }

  /**
   * Parses a size whose bare numbers are in {@code unitOfBareNumber} bytes (Spark reads a bare
   * {@code spark.driver.memory} as MiB); empty when it is not a size.
   */
  public static OptionalLong tryParse(String raw, long unitOfBareNumber) {
    String v = raw.trim().toLowerCase(Locale.ROOT).replace("_", "");
    int i = 0;
    boolean negative = v.startsWith("-");
    if (negative) {
      i = 1;
    }
    int start = i;
    while (i < v.length() && Character.isDigit(v.charAt(i))) {
      i++;
    }
    if (i == start) {
      return OptionalLong.empty();
    }
    long number;
    try {
      number = Long.parseLong(v.substring(start, i));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
    String unit = v.substring(i).trim();
    long factor;
    switch (unit) {
      case "" -> factor = unitOfBareNumber;
      case "b" -> factor = 1;
      case "k", "kb" -> factor = 1L << 10;
      case "m", "mb" -> factor = 1L << 20;
      case "g", "gb" -> factor = 1L << 30;
      case "t", "tb" -> factor = 1L << 40;
      case "p", "pb" -> factor = 1L << 50;
      default -> {
        return OptionalLong.empty();
      }
    }
    long bytes = number > Long.MAX_VALUE / factor ? Long.MAX_VALUE : number * factor;
    return OptionalLong.of(negative ? -bytes : bytes);
  }

  /** A size for messages: {@code 1 GiB}, {@code 10 MiB}, {@code 1.5 GiB}, {@code 512 bytes}. */
  public static String format(long bytes) {
    String[] units = {"PiB", "TiB", "GiB", "MiB", "KiB"};
    for (int i = 0; i < units.length; i++) {
      long unit = 1L << (50 - 10 * i);
      if (Math.abs(bytes) >= unit) {
        return bytes % unit == 0 ? bytes / unit + " " + units[i]
            : String.format(Locale.ROOT, "%.1f %s", bytes / (double) unit, units[i]);
      }
    }
    return bytes + " bytes";
  }
}
