package io.github.sparklint.core.flow;

import io.github.sparklint.core.spark.LibraryModels;
import io.github.sparklint.core.spark.MethodFact;
import io.github.sparklint.core.spark.MethodModels;
import io.github.sparklint.core.spark.MethodRow;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * The methods declared in {@code sparklint.yaml} ({@link MethodModels}) and the built-in library
 * models ({@link LibraryModels}) as method summaries, the form the {@link ProjectIndex} gives every
 * project method: it consults them for a type after that type's own source methods, so a model
 * describes code sparklint cannot see (a jar, a platform wrapper) and the rules read it exactly
 * like a project method. A method the project's models describe takes none of its built-in rows.
 * Classes are matched by simple name, as the index matches project types. Immutable.
 */
public final class ModelLayer {
  private static final ModelLayer NONE = new ModelLayer(MethodModels.none(), MethodModels.none());
  private static final ModelLayer LIBRARY =
      new ModelLayer(MethodModels.none(), LibraryModels.builtIn());
  private static final String ANY = "*";

  private final Map<String, List<MethodSummary>> byKey = new HashMap<>();
  private final Set<String> broadcasting = new HashSet<>();
  private final Set<String> returningClasses = new HashSet<>();
  /** By {@code Owner#method/arity} ({@code /*}: every overload), what frameworks hand. */
  private final Map<String, List<HandedRows>> handed = new HashMap<>();
  /** By method name, the arguments by whose class a model of such a method states rows. */
  private final Map<String, Set<Integer>> testedArguments = new HashMap<>();

  private ModelLayer(MethodModels project, MethodModels library) {
    Set<String> declared = new HashSet<>();
    for (MethodRow row : project.rows()) {
      declared.add(methodKey(row));
    }
    for (MethodModels models : List.of(project, library)) {
      models.rows().stream().filter(r -> r.when() != null && (models == project
              || !declared.contains(methodKey(r))))
          .forEach(r -> testedArguments.computeIfAbsent(r.method(), k -> new TreeSet<>())
              .add(r.when().argument()));
    }
    addAll(project, project.rows());
    addAll(library, library.rows().stream().filter(r -> !declared.contains(methodKey(r)))
        .toList());
  }

  private static String methodKey(MethodRow row) {
    return row.simpleOwner() + "#" + row.method();
  }

  private void addAll(MethodModels models, List<MethodRow> modelled) {
    Map<String, List<MethodRow>> byMethod = new LinkedHashMap<>();
    for (MethodRow row : modelled) {
      if (row.fact() == MethodFact.HANDS) {
        handed.computeIfAbsent(methodKey(row) + "/" + (row.anyArity() ? ANY : row.arity()),
            k -> new ArrayList<>()).add(HandedRows.of(row, models.source()));
        continue;
      }
      byMethod.computeIfAbsent(methodKey(row), k -> new ArrayList<>()).add(row);
    }
    byMethod.forEach((method, rows) -> {
      Set<Integer> arities = new TreeSet<>();
      rows.stream().filter(r -> !r.anyArity()).forEach(r -> arities.add(r.arity()));
      for (int arity : arities) {
        add(method + "/" + arity, summary(models.source(), rows.stream()
            .filter(r -> r.anyArity() || r.arity() == arity).toList(), arity));
      }
      List<MethodRow> any = rows.stream().filter(MethodRow::anyArity).toList();
      if (!any.isEmpty()) {
        add(method + "/" + ANY, summary(models.source(), any, MethodRow.ANY_ARITY));
      }
    });
  }

  /** The layer of {@code models} over the built-in library models. */
  public static ModelLayer of(MethodModels models) {
    return models.isEmpty() ? LIBRARY : new ModelLayer(models, LibraryModels.builtIn());
  }

  /** A layer that models no method, not even the built-in ones. */
  public static ModelLayer none() {
    return NONE;
  }

  /** The model of {@code name} with {@code arity} parameters in the type named {@code owner}. */
  List<MethodSummary> find(String owner, String name, int arity) {
    if (byKey.isEmpty()) {
      return List.of();
    }
    String method = owner + "#" + name + "/";
    List<MethodSummary> exact = byKey.get(method + arity);
    return exact != null ? exact : byKey.getOrDefault(method + ANY, List.of());
  }

  /**
   * What a framework hands to the parameters of implementations of {@code name} with {@code
   * arity} parameters of the library type named {@code owner} (simple name): the rows about that
   * arity and about every overload.
   */
  List<HandedRows> handed(String owner, String name, int arity) {
    if (handed.isEmpty()) {
      return List.of();
    }
    String method = owner + "#" + name + "/";
    List<HandedRows> found = new ArrayList<>(handed.getOrDefault(method + arity, List.of()));
    handed.getOrDefault(method + ANY, List.of()).stream().filter(h -> h.param() < arity)
        .forEach(found::add);
    return found;
  }

  /** True when a model of this name broadcasts one of its arguments. */
  boolean broadcasts(String name) {
    return broadcasting.contains(name);
  }

  /** True when a model of this name returns a library class (whose methods a chain may call). */
  boolean returnsClass(String name) {
    return returningClasses.contains(name);
  }

  /**
   * The arguments by whose class a model of a method of this name states rows ({@code when:
   * argument N is ..}): a call passes those arguments' classes.
   */
  Set<Integer> testedArguments(String name) {
    return testedArguments.isEmpty() ? Set.of() : testedArguments.getOrDefault(name, Set.of());
  }

  /** True when some model broadcasts an argument. */
  boolean broadcastsAny() {
    return !broadcasting.isEmpty();
  }


  private void add(String key, MethodSummary summary) {
    byKey.put(key, List.of(summary));
    if (!summary.broadcasts().isEmpty()) {
      broadcasting.add(summary.name());
    }
    if (summary.returnType() != null) {
      returningClasses.add(summary.name());
    }
  }

  private static MethodSummary summary(String file, List<MethodRow> rows, int arity) {
    MethodRow first = rows.get(0);
    SparkKind kind = null;
    String type = null;
    Flow returns = null;
    StreamState stream = StreamState.NOT_STREAMING;
    int line = first.line();
    List<MethodSummary.Collect> collects = new ArrayList<>();
    List<Integer> broadcasts = new ArrayList<>();
    List<MethodSummary.Drain> drains = new ArrayList<>();
    Map<String, Flow> byClass = new LinkedHashMap<>();
    int tested = -1;
    int conditionLine = -1;
    for (MethodRow row : rows) {
      if (row.when() != null) {
        conditionLine = byClass.isEmpty() ? row.line() : conditionLine;
        byClass.put(row.when().simpleClass(), rows(row));
        tested = row.when().argument();
        continue;
      }
      switch (row.fact()) {
        case RETURNS -> {
          kind = SparkKind.ofText(row.argument()).orElse(null);
          type = kind == null ? simpleName(row.argument()) : null;
        }
        case ROWS -> {
          if (row.argument().equals("streaming")) {
            stream = StreamState.STREAMING;
          }
          returns = rows(row);
          line = row.line();
        }
        case COLLECTS -> {
          int param = Integer.parseInt(row.argument());
          collects.add(new MethodSummary.Collect(param, row.fact().text(), row.line(), null, -1,
              Flow.param(param, "argument " + param), false));
        }
        case BROADCASTS -> broadcasts.add(Integer.parseInt(row.argument()));
        case DRAINS -> drains.add(
            new MethodSummary.Drain(Integer.parseInt(row.argument()), row.line(), null, -1));
        default -> throw new IllegalArgumentException("models cannot state " + row.fact());
      }
    }
    if (!byClass.isEmpty()) {
      returns = Flow.byClass(Flow.param(tested, "argument " + tested), byClass,
          returns != null ? returns : Flow.UNKNOWN);
      line = conditionLine; // findings name the method's first row with a condition
    }
    if (stream == StreamState.STREAMING && kind == null) {
      kind = SparkKind.DATASET;
    }
    // A method that only copies an iterator (Lists.newArrayList(it)) reads nothing from outside:
    // in a function given to Spark it makes no more elements than it is given.
    FunctionBody body = rows.stream().allMatch(r -> r.fact() == MethodFact.DRAINS)
        ? new FunctionBody(FanOut.INPUT, false, List.of(), List.of()) : null;
    return new MethodSummary(first.simpleOwner(), first.method(), arity, file, line, kind, returns,
        collects, List.of(), List.of(), null, stream, List.of(), broadcasts, type, body, false, -1,
        drains, false);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  /** The rows a {@link MethodFact#ROWS} row gives. */
  private static Flow rows(MethodRow row) {
    String[] words = row.argument().split(" ");
    return switch (words[0]) {
      case "bounded" -> Flow.known(
          Bound.bounded(OptionalLong.of(Long.parseLong(words[1])), row.method()));
      case "driver" -> Flow.known(Bound.driverData(row.method()));
      case "input" -> Flow.param(Integer.parseInt(words[1]), "argument " + words[1]);
      // the caller passes the count as a bound (CountArguments)
      case "at-most" -> Flow.param(Integer.parseInt(words[1]), "argument " + words[1]);
      default -> Flow.known(Bound.UNBOUNDED);
    };
  }
}
