package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.SparkState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rows of a SQL query that reads only temporary views its own file registers ({@code
 * people.createOrReplaceTempView("people")} then {@code spark.sql("SELECT name FROM people")}):
 * the registered Dataset's rows, the product of them for several views (a join), every
 * registration of a name as one of its values. A query reading anything else (a table, a view
 * registered elsewhere, tables listed with commas) is left to the SQL text alone. A view
 * registered in another method than the query's holds that method's rows only when they do not
 * come from its parameters, which the query's callers do not fill. A streaming query's memory
 * sink is such a view too ({@link MemorySinks}), also when the query and the sink share the name
 * through a variable of one method.
 */
final class TempViews {
  /** The database Spark keeps global temporary views in. */
  private static final String GLOBAL_DATABASE = "global_temp.";

  private final SparkTypes types;

  TempViews(SparkTypes types) {
    this.types = types;
  }

  /**
   * The rows {@code query} (a {@code sql(..)} call running {@code sql}) returns when it reads only
   * views registered in its file, with each registered Dataset's rows given by {@code rows}.
   */
  Optional<Flow> rowsOf(MethodCallExpr query, String sql, Function<Expression, Flow> rows) {
    List<String> tables = SqlText.readTables(sql);
    Optional<CompilationUnit> file = query.findCompilationUnit();
    if (tables.isEmpty() || file.isEmpty()) {
      return Optional.empty();
    }
    Node queried = query.findAncestor(CallableDeclaration.class).orElse(null);
    Optional<String> variable = MemorySinks.viewVariable(query);
    List<Flow> sides = new ArrayList<>();
    for (String table : tables) {
      List<Flow> options = new ArrayList<>();
      List<MethodCallExpr> found = table.equals(SqlSkeleton.PLACEHOLDER) && variable.isPresent()
          ? namedBy(queried, variable.get()) : registrations(file.get(), table);
      for (MethodCallExpr registration : found) {
        Flow flow = rows.apply(registered(registration).orElseThrow());
        boolean sameMethod =
            registration.findAncestor(CallableDeclaration.class).orElse(null) == queried;
        if (!sameMethod && usesParameters(flow)) {
          return Optional.empty();
        }
        options.add(flow);
      }
      if (options.isEmpty()) {
        return Optional.empty();
      }
      sides.add(Flow.either(options));
    }
    return Optional.of(sides.size() == 1 ? sides.get(0)
        : Flow.combined(Flow.Op.PRODUCT, query.getNameAsString(), sides));
  }

  /** The calls of {@code file} that register a Dataset as the view {@code table}. */
  private List<MethodCallExpr> registrations(CompilationUnit file, String table) {
    String lower = table.toLowerCase(Locale.ROOT);
    String name = lower.startsWith(GLOBAL_DATABASE) ? lower.substring(GLOBAL_DATABASE.length())
        : lower;
    if (name.contains(".")) {
      return List.of(); // a table of a database: not a temporary view
    }
    List<MethodCallExpr> found = new ArrayList<>();
    for (MethodCallExpr call : FileNodes.of(file).calls()) {
      if (SparkState.isTempViewRegistrationName(call.getNameAsString())
          && call.getArguments().size() == 1 && call.getScope().isPresent()
          && Constants.stringValue(call.getArgument(0))
              .filter(view -> view.toLowerCase(Locale.ROOT).equals(name)).isPresent()
          && registered(call).isPresent()) {
        found.add(call);
      }
    }
    return found;
  }

  /**
   * The registrations in {@code method} of a view named by the variable {@code name} ({@code
   * queryName(name)} of a memory sink, {@code createOrReplaceTempView(name)}).
   */
  private List<MethodCallExpr> namedBy(Node method, String name) {
    List<MethodCallExpr> found = new ArrayList<>();
    if (method == null) {
      return found;
    }
    for (MethodCallExpr call : method.findAll(MethodCallExpr.class)) {
      if (SparkState.isTempViewRegistrationName(call.getNameAsString())
          && call.getArguments().size() == 1 && call.getArgument(0).isNameExpr()
          && call.getArgument(0).asNameExpr().getNameAsString().equals(name)
          && registered(call).isPresent()) {
        found.add(call);
      }
    }
    return found;
  }

  /**
   * The Dataset {@code call} registers as a view: its receiver, or for a stream writer's {@code
   * queryName(..)} the Dataset its memory sink is filled from ({@link MemorySinks}); empty when
   * it registers none.
   */
  private Optional<Expression> registered(MethodCallExpr call) {
    Optional<SparkKind> kind = types.receiverKind(call)
        .filter(k -> SparkState.isTempViewRegistration(k, call.getNameAsString()));
    if (kind.isEmpty() || call.getScope().isEmpty()) {
      return Optional.empty();
    }
    return kind.get() == SparkKind.STREAM_WRITER ? MemorySinks.written(call, types)
        : call.getScope();
  }

  /** True when {@code flow} depends on a parameter of the method it was worked out in. */
  private static boolean usesParameters(Flow flow) {
    return flow.op() == Flow.Op.PARAM || flow.inputs().stream().anyMatch(TempViews::usesParameters);
  }
}
