package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.spark.DataSources;
import io.github.sparklint.core.spark.SparkApi;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@link FunctionBody} from the code of one function: a lambda, or a method (a project
 * method, the {@code call} of a function class). Its own statements read outside data when they
 * open one of the {@code data-sources.txt} sources, loop large when a loop or range runs to a
 * constant above {@link SparkApi#SMALL_ROW_COUNT} or an endless generator has no limit, and
 * otherwise make their output from their input. Calls of library methods that sparklint has no
 * facts about are taken as transforming their arguments: a function that reads through such a
 * library (a database client, a parser of remote files) is not recognized as reading.
 */
public final class FunctionBodies {
  /** How many project calls of one function are kept for the index to follow. */
  private static final int MAX_CALLS = 64;

  /** Calls that end an endless generator. */
  private static final Set<String> LIMITS = Set.of("limit", "takeWhile");

  private FunctionBodies() {}

  /** The body of {@code lambda}. */
  public static FunctionBody of(LambdaExpr lambda) {
    List<Expression> returned = lambda.getExpressionBody().map(List::of)
        .orElseGet(() -> returnedBy(lambda.getBody().findAll(ReturnStmt.class), lambda));
    // a lazy pre-order walk: most functions stop early, and none needs a list of every node
    return read(lambda.getBody().stream().iterator(), returned);
  }

  /** The body of {@code method}, or null when it has none (abstract, native). */
  public static FunctionBody of(MethodDeclaration method) {
    if (method.getBody().isEmpty()) {
      return null;
    }
    MethodNodes nodes = MethodNodes.of(method);
    // the file's one walk already listed the nodes with an effect, in the order a walk meets them
    return read(nodes.effects().iterator(), returnedBy(nodes.returns(), method));
  }

  /** Reads the nodes of a function body, in pre-order; only calls, creations and loops count. */
  private static FunctionBody read(Iterator<Node> nodes, List<Expression> values) {
    FanOut own = FanOut.INPUT;
    Map<String, CallSite> calls = new LinkedHashMap<>();
    while (nodes.hasNext()) {
      Node node = nodes.next();
      own = own.weakest(ownEffect(node));
      if (own != FanOut.INPUT) {
        break;
      }
      if (node instanceof MethodCallExpr call && calls.size() < MAX_CALLS
          && CallSites.mayNameOwner(call)) {
        CallSites.of(call).ifPresent(site -> calls.putIfAbsent(site.key(), site));
      }
    }
    boolean singleton = !values.isEmpty();
    List<CallSite> returned = new ArrayList<>();
    for (Expression value : values) {
      if (SingletonResults.isSingleton(value)) {
        continue;
      }
      Optional<List<CallSite>> helpers = returnedCalls(value);
      if (helpers.isEmpty()) {
        singleton = false;
        break;
      }
      returned.addAll(helpers.get());
    }
    return new FunctionBody(own, singleton, List.copyOf(calls.values()),
        singleton ? returned : List.of());
  }

  /** What one node of a function does with outside data, or {@link FanOut#INPUT}. */
  private static FanOut ownEffect(Node node) {
    if (node instanceof ObjectCreationExpr created
        && DataSources.opensOnCreation(created.getType().getNameAsString())) {
      return FanOut.EXTERNAL;
    }
    if (node instanceof MethodCallExpr call) {
      Optional<DataSources.Fact> fact = DataSources.ofCall(staticOwner(call), call.getNameAsString());
      if (fact.isEmpty()) {
        return FanOut.INPUT;
      }
      return switch (fact.get()) {
        case OPENS, READS_ALL -> FanOut.EXTERNAL;
        case GENERATES -> endless(call) ? FanOut.LARGE_LOOP : FanOut.INPUT;
        case COUNTS -> large(span(call)) ? FanOut.LARGE_LOOP : FanOut.INPUT;
      };
    }
    Optional<Expression> condition = node instanceof ForStmt loop ? loop.getCompare()
        : node instanceof WhileStmt loop ? Optional.of(loop.getCondition())
        : node instanceof DoStmt loop ? Optional.of(loop.getCondition()) : Optional.empty();
    return condition.filter(FunctionBodies::runsToLargeConstant).isPresent()
        ? FanOut.LARGE_LOOP : FanOut.INPUT;
  }

  /** {@code i < 10_000_000}: a loop condition comparing with a constant above the small count. */
  private static boolean runsToLargeConstant(Expression condition) {
    if (!(condition instanceof BinaryExpr compare)) {
      return false;
    }
    return switch (compare.getOperator()) {
      case LESS, LESS_EQUALS, GREATER, GREATER_EQUALS, NOT_EQUALS ->
          large(Constants.longValue(compare.getRight()))
              || large(Constants.longValue(compare.getLeft()));
      case AND -> runsToLargeConstant(compare.getLeft()) && runsToLargeConstant(compare.getRight());
      default -> false;
    };
  }

  /** The elements {@code IntStream.range(a, b)} spans, when constants give them. */
  private static Optional<Long> span(MethodCallExpr range) {
    List<Expression> arguments = range.getArguments();
    if (arguments.size() == 1) {
      return Constants.longValue(arguments.get(0));
    }
    if (arguments.size() < 2) {
      return Optional.empty();
    }
    Optional<Long> start = Constants.longValue(arguments.get(arguments.size() - 2));
    Optional<Long> end = Constants.longValue(arguments.get(arguments.size() - 1));
    return start.isPresent() && end.isPresent()
        ? Optional.of(end.get() - start.get()) : Optional.empty();
  }

  private static boolean large(Optional<Long> count) {
    return count.filter(n -> Math.abs(n) > SparkApi.SMALL_ROW_COUNT).isPresent();
  }

  /**
   * True when a generator ({@code Stream.iterate(seed, f)}) is not limited by a later call of its
   * chain; the three-argument {@code iterate} stops at its predicate.
   */
  private static boolean endless(MethodCallExpr generator) {
    if (generator.getNameAsString().equals("iterate") && generator.getArguments().size() > 2) {
      return false;
    }
    for (Node at = generator; at.getParentNode().orElse(null) instanceof MethodCallExpr next
        && next.getScope().orElse(null) == at; at = next) {
      if (LIMITS.contains(next.getNameAsString())) {
        return false;
      }
    }
    return true;
  }

  /** The class a static call names ({@code Files} of {@code java.nio.file.Files.lines(p)}). */
  private static String staticOwner(MethodCallExpr call) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty()) {
      return null;
    }
    String text = scope.get().isNameExpr() ? scope.get().asNameExpr().getNameAsString()
        : scope.get().isFieldAccessExpr() ? scope.get().asFieldAccessExpr().getNameAsString()
        : null;
    return text != null && Character.isUpperCase(text.charAt(0)) ? text : null;
  }

  /**
   * The project calls whose results {@code value} returns, when every other value it may return
   * holds at most one element: {@code helper(..)}, or a local ({@code out}, {@code out.iterator()})
   * that starts empty and is then assigned {@code helper(..)}. Empty when {@code value} may hold
   * anything else.
   */
  private static Optional<List<CallSite>> returnedCalls(Expression value) {
    Expression held = value.isMethodCallExpr() && value.asMethodCallExpr().getNameAsString()
        .equals("iterator") && value.asMethodCallExpr().getArguments().isEmpty()
        ? value.asMethodCallExpr().getScope().orElse(value) : value;
    Optional<Assignments.Values> values = held.isNameExpr()
        ? Assignments.valuesOf(held.asNameExpr()) : Optional.empty();
    if (values.isEmpty()) {
      return returnedCall(value).map(List::of);
    }
    List<CallSite> calls = new ArrayList<>();
    for (Expression assigned : values.get().values()) {
      if (SingletonResults.isSingleton(assigned)
          || SingletonResults.isEmptyStart(assigned, held.asNameExpr())) {
        continue;
      }
      Optional<CallSite> call = returnedCall(assigned);
      if (call.isEmpty()) {
        return Optional.empty();
      }
      calls.add(call.get());
    }
    return Optional.of(calls);
  }

  /** The project call whose result {@code value} returns: {@code helper(..)}, {@code helper(..).iterator()}. */
  private static Optional<CallSite> returnedCall(Expression value) {
    if (!value.isMethodCallExpr()) {
      return Optional.empty();
    }
    MethodCallExpr call = value.asMethodCallExpr();
    if (call.getNameAsString().equals("iterator") && call.getArguments().isEmpty()
        && call.getScope().filter(Expression::isMethodCallExpr).isPresent()) {
      call = call.getScope().get().asMethodCallExpr();
    }
    return CallSites.mayNameOwner(call) ? CallSites.of(call) : Optional.empty();
  }

  /** The values the return statements of {@code function} itself (not of nested ones) give. */
  static List<Expression> returnedBy(List<ReturnStmt> returns, Node function) {
    List<Expression> values = new ArrayList<>();
    for (ReturnStmt ret : returns) {
      Optional<Node> owner = ret.findAncestor(Node.class, n -> n instanceof MethodDeclaration
          || n instanceof LambdaExpr
          || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent());
      if (owner.isEmpty() || owner.get() != function) {
        continue;
      }
      if (ret.getExpression().isEmpty()) {
        return List.of();
      }
      values.add(ret.getExpression().get());
    }
    return values;
  }
}
