package io.github.sparklint.core.spark;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Java code gets data that is not its input: files, streams, connections and queries it
 * opens, and element generators. The rows of {@value #RESOURCE} (the JDK, Hadoop and common I/O
 * libraries as data, next to {@code spark-methods.txt}), looked up by simple class name and
 * method name, since the analysis reads source without types: {@code new FileReader(..)}, {@code
 * Files.lines(..)}, {@code url.openStream()}, {@code Stream.iterate(..)}.
 */
public final class DataSources {
  /** The resource holding the rows, next to this class. */
  static final String RESOURCE = "data-sources.txt";

  /** What a constructor or method does with data from outside. */
  public enum Fact {
    /** Opens or names a file, stream, connection or query: data from outside. */
    OPENS,
    /** Returns the whole content of a file (it opens it, too). */
    READS_ALL,
    /** An endless element generator, unless something limits it. */
    GENERATES,
    /** As many elements as its arguments span ({@code IntStream.range(0, n)}). */
    COUNTS
  }

  private static final String ANY = "*";
  private static final String CONSTRUCTOR = "new";
  private static final Map<String, Map<String, Fact>> BY_OWNER = load();

  private DataSources() {}

  /** True when {@code new type(..)} opens data from outside ({@code new FileInputStream(f)}). */
  public static boolean opensOnCreation(String type) {
    return BY_OWNER.getOrDefault(type, Map.of()).get(CONSTRUCTOR) == Fact.OPENS;
  }

  /**
   * What the call {@code owner.method(..)} does with outside data: {@code owner} is the simple
   * name of the class a static call names, or null for a call on a value; rows about any receiver
   * ({@code openStream}) answer for both.
   */
  public static Optional<Fact> ofCall(String owner, String method) {
    if (owner != null) {
      Map<String, Fact> methods = BY_OWNER.getOrDefault(owner, Map.of());
      Fact fact = methods.containsKey(method) ? methods.get(method) : methods.get(ANY);
      if (fact != null) {
        return Optional.of(fact);
      }
    }
    return Optional.ofNullable(BY_OWNER.getOrDefault(ANY, Map.of()).get(method));
  }

  /** True when {@code owner.method(..)} returns the whole content of a file. */
  public static boolean readsAll(String owner, String method) {
    return ofCall(owner, method).filter(f -> f == Fact.READS_ALL).isPresent();
  }

  /** True when {@code owner.method(..)} yields as many numbers as its arguments span. */
  public static boolean counts(String owner, String method) {
    return ofCall(owner, method).filter(fact -> fact == Fact.COUNTS).isPresent();
  }

  private static Map<String, Map<String, Fact>> load() {
    Map<String, Map<String, Fact>> rows = new HashMap<>();
    for (FactsFile.Row row : FactsFile.rows(RESOURCE, 3, "owner, method and fact")) {
      String[] fields = row.fields();
      Fact fact = Fact.valueOf(fields[2].toUpperCase(Locale.ROOT).replace('-', '_'));
      if (rows.computeIfAbsent(fields[0], k -> new HashMap<>()).put(fields[1], fact) != null) {
        throw new IllegalStateException(RESOURCE + ":" + row.line() + ": a second row for "
            + fields[0] + " " + fields[1]);
      }
    }
    return Map.copyOf(rows);
  }
}
