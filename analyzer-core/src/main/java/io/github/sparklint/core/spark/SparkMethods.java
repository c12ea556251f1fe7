package io.github.sparklint.core.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in facts about Spark's methods, read once from {@value #RESOURCE} (the same row
 * format as user models, docs/models.md) into immutable lookup tables. {@link SparkApi}, {@link
 * SparkClasses}, {@link SparkClosures} and {@link SparkState} answer the rules' questions from
 * here; a method name appears in no Java table.
 */
final class SparkMethods {
  /** The resource holding the rows, next to this class. */
  static final String RESOURCE = "spark-methods.txt";

  private static final List<MethodRow> ROWS = load();
  private static final Map<SparkKind, Map<String, Map<MethodFact, List<String>>>> FACTS =
      index(ROWS);

  private SparkMethods() {}

  /** Every built-in row, in file order. */
  static List<MethodRow> rows() {
    return ROWS;
  }

  /** True when {@code method} of {@code owner} has {@code fact}, whatever its argument. */
  static boolean has(SparkKind owner, String method, MethodFact fact) {
    return arguments(owner, method, fact) != null;
  }

  /** True when {@code method} of {@code owner} has {@code fact} with {@code argument}. */
  static boolean has(SparkKind owner, String method, MethodFact fact, String argument) {
    List<String> arguments = arguments(owner, method, fact);
    return arguments != null && arguments.contains(argument);
  }

  /** The argument of {@code fact} for {@code method} of {@code owner}, if it has the fact. */
  static Optional<String> argument(SparkKind owner, String method, MethodFact fact) {
    List<String> arguments = arguments(owner, method, fact);
    return arguments == null ? Optional.empty() : Optional.of(arguments.get(0));
  }

  /** The names of the methods, on any kind, with {@code fact} (for cheap name pre-filters). */
  static Set<String> names(MethodFact fact) {
    Set<String> names = new HashSet<>();
    ROWS.stream().filter(r -> r.fact() == fact).forEach(r -> names.add(r.method()));
    return Set.copyOf(names);
  }

  /** The names of the methods, on any kind, with {@code fact} and {@code argument}. */
  static Set<String> names(MethodFact fact, String argument) {
    Set<String> names = new HashSet<>();
    ROWS.stream().filter(r -> r.fact() == fact && r.argument().equals(argument))
        .forEach(r -> names.add(r.method()));
    return Set.copyOf(names);
  }

  private static List<String> arguments(SparkKind owner, String method, MethodFact fact) {
    Map<String, Map<MethodFact, List<String>>> methods = FACTS.get(owner);
    if (methods == null) {
      return null;
    }
    Map<MethodFact, List<String>> facts = methods.get(method);
    return facts == null ? null : facts.get(fact);
  }

  private static List<MethodRow> load() {
    try (InputStream in = SparkMethods.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the sparklint jar");
      }
      List<MethodRow> rows = MethodRows.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      rows.stream().filter(r -> !r.anyArity()).findFirst().ifPresent(r -> {
        throw new MethodRows.BadRow("arity", r.line(), "built-in rows are about every overload "
            + "(*): the questions the rules ask do not count arguments");
      });
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE + " cannot be read", e);
    } catch (MethodRows.BadRow e) {
      throw new IllegalStateException(RESOURCE + ":" + e.line() + ": " + e.field() + ": "
          + e.getMessage(), e);
    }
  }

  private static Map<SparkKind, Map<String, Map<MethodFact, List<String>>>> index(
      List<MethodRow> rows) {
    Map<SparkKind, Map<String, Map<MethodFact, List<String>>>> building =
        new EnumMap<>(SparkKind.class);
    for (MethodRow row : rows) {
      SparkKind owner = SparkKind.ofText(row.owner()).orElseThrow();
      building.computeIfAbsent(owner, k -> new HashMap<>())
          .computeIfAbsent(row.method(), k -> new EnumMap<>(MethodFact.class))
          .merge(row.fact(), List.of(row.argument()),
              (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
    }
    Map<SparkKind, Map<String, Map<MethodFact, List<String>>>> frozen =
        new EnumMap<>(SparkKind.class);
    building.forEach((kind, methods) -> {
      Map<String, Map<MethodFact, List<String>>> copy = new HashMap<>();
      methods.forEach((name, facts) -> copy.put(name, new EnumMap<>(facts)));
      frozen.put(kind, Map.copyOf(copy));
    });
    return frozen;
  }
}
