package io.github.sparklint.core.spark;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Connector read options that name the rows a read returns by an explicit list of keys, and
 * the options that make such a read unbounded again: the rows of {@value #RESOURCE}, next to
 * {@code spark-methods.txt}. An option is found by its key (Spark's option keys are
 * case-insensitive) or by the connector's Java constant for it, as {@code Class.FIELD} or fully
 * qualified ({@code Options.READ_DOCUMENTS_URIS}).
 */
public final class ReadOptions {
  /** The resource holding the rows, next to this class. */
  static final String RESOURCE = "read-options.txt";

  /** What an option does to a read. */
  public enum Fact {
    /** Its value lists the keys of the rows read, one per non-blank line. */
    KEYS_BY_LINE(Pattern.compile("\\R")),
    /** Its value lists the keys of the rows read, separated by commas. */
    KEYS_BY_COMMA(Pattern.compile(",")),
    /** Set next to a key list, the read returns more rows than the keys. */
    UNBOUNDS(null);

    private final Pattern separator;

    Fact(Pattern separator) {
      this.separator = separator;
    }

    /** True when the option's value lists keys. */
    public boolean listsKeys() {
      return separator != null;
    }

    /** How many keys {@code value} lists (its non-blank entries). */
    public long keyCount(String value) {
      return separator.splitAsStream(value).filter(key -> !key.isBlank()).count();
    }
  }

  /**
   * One row: an option of reads of {@code format}.
   *
   * @param format the connector's format name, as {@code format(..)} gives it
   * @param key the option's key
   * @param fact what the option does to a read
   */
  public record ReadOption(String format, String key, Fact fact) {}

  private static final String NO_CONSTANT = "-";
  private static final Map<String, ReadOption> BY_KEY = new HashMap<>();
  private static final Map<String, ReadOption> BY_CONSTANT = new HashMap<>();

  static {
    load();
  }

  private ReadOptions() {}

  /** The row of the option whose key is {@code key}. */
  public static Optional<ReadOption> ofKey(String key) {
    return Optional.ofNullable(BY_KEY.get(key.toLowerCase(Locale.ROOT)));
  }

  /**
   * The row of the option a connector constant names, written {@code Class.FIELD} or fully
   * qualified.
   */
  public static Optional<ReadOption> ofConstant(String written) {
    return Optional.ofNullable(BY_CONSTANT.get(lastTwo(written)));
  }

  /** True when some row is about reads of {@code format} (case-insensitive). */
  public static boolean hasFormat(String format) {
    return BY_KEY.values().stream().anyMatch(o -> o.format().equalsIgnoreCase(format));
  }

  private static String lastTwo(String name) {
    int last = name.lastIndexOf('.');
    int before = last < 0 ? -1 : name.lastIndexOf('.', last - 1);
    return name.substring(before + 1);
  }

  private static void load() {
    for (FactsFile.Row row : FactsFile.rows(RESOURCE, 4, "format, key, constant and fact")) {
      String[] fields = row.fields();
      ReadOption option = new ReadOption(fields[0], fields[1],
          Fact.valueOf(fields[3].toUpperCase(Locale.ROOT).replace('-', '_')));
      if (BY_KEY.put(fields[1].toLowerCase(Locale.ROOT), option) != null) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": a second row for "
            + fields[1]);
      }
      if (!fields[2].equals(NO_CONSTANT)) {
        BY_CONSTANT.put(lastTwo(fields[2]), option);
      }
    }
  }
}
