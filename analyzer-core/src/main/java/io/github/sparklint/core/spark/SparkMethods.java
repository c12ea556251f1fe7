package io.github.sparklint.core.spark;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The built-in facts about Spark's methods, read once from {@value #RESOURCE} (the same row
 * format as user models, docs/models.md) into immutable lookup {@link Table}s, one per fact. {@link SparkApi}, {@link
 * SparkClasses}, {@link SparkClosures} and {@link SparkState} answer the rules' questions from
 * here; a method name appears in no Java table.
 */
final class SparkMethods {
  /** The resource holding the rows, next to this class. */
  static final String RESOURCE = "spark-methods.txt";

  private static final List<MethodRow> ROWS = load();

  private SparkMethods() {}

  /**
   * The methods with one fact, and on which kinds each has it: one hash lookup and one enum
   * lookup per question, as fast as the Java tables it replaced. Immutable.
   *
   * @param <V> the fact's argument, parsed
   */
  static final class Table<V> {
    private final Map<String, Map<SparkKind, V>> byMethod;
    private final Set<String> names;

    private Table(Map<String, Map<SparkKind, V>> byMethod) {
      this.byMethod = byMethod;
      this.names = Set.copyOf(byMethod.keySet());
    }

    /** True when {@code method} of {@code owner} has the fact. */
    boolean has(SparkKind owner, String method) {
      Map<SparkKind, V> owners = byMethod.get(method);
      return owners != null && owners.containsKey(owner);
    }

    /** The fact's argument for {@code method} of {@code owner}, if it has the fact. */
    Optional<V> get(SparkKind owner, String method) {
      Map<SparkKind, V> owners = byMethod.get(method);
      return owners == null ? Optional.empty() : Optional.ofNullable(owners.get(owner));
    }

    /** The names of the methods with the fact on some kind (a cheap name pre-filter). */
    Set<String> names() {
      return names;
    }
  }

  /** Every built-in row, in file order. */
  static List<MethodRow> rows() {
    return ROWS;
  }

  /** The methods with {@code fact}, whatever its argument (the argument as written). */
  static Table<String> table(MethodFact fact) {
    return table(fact, argument -> argument);
  }

  /** The methods with {@code fact} and exactly {@code argument}. */
  static Table<String> table(MethodFact fact, String argument) {
    return build(fact, argument::equals, a -> a);
  }

  /** The methods with {@code fact}, with its argument parsed by {@code parse}. */
  static <V> Table<V> table(MethodFact fact, Function<String, V> parse) {
    return build(fact, argument -> true, parse);
  }

  private static <V> Table<V> build(MethodFact fact, Predicate<String> argument,
      Function<String, V> parse) {
    Map<String, Map<SparkKind, V>> building = new HashMap<>();
    for (MethodRow row : ROWS) {
      if (row.fact() == fact && argument.test(row.argument())) {
        building.computeIfAbsent(row.method(), k -> new EnumMap<>(SparkKind.class))
            .putIfAbsent(SparkKind.ofText(row.owner()).orElseThrow(), parse.apply(row.argument()));
      }
    }
    return new Table<>(Map.copyOf(building));
  }

  private static List<MethodRow> load() {
    return MethodRows.load(RESOURCE, false, row -> row.anyArity() ? null
        : new MethodRows.BadRow("arity", row.line(), "built-in rows are about every overload "
            + "(*): the questions the rules ask do not count arguments"));
  }
}
