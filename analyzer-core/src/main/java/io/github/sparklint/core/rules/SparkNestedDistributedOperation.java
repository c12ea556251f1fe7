package io.github.sparklint.core.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.flow.ExecutorClosures;
import io.github.sparklint.core.flow.SparkTypes;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.rule.Rule;
import io.github.sparklint.core.rule.RuleContext;
import io.github.sparklint.core.rule.RuleDescriptor;
import io.github.sparklint.core.spark.SparkClosures;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * A Dataset, RDD, DStream, SparkSession, SparkContext, SQLContext or streaming context used inside
 * a function Spark runs on executors ({@code rdd.map(x -> other.count())}, {@code ds.foreach(r -> spark.sql(...))}). They
 * exist only on the driver: the task fails (SPARK-5063) or sees a null session.
 */
public final class SparkNestedDistributedOperation implements Rule {
  /** What the rule flags and why, in one sentence; also the Error Prone check's summary. */
  public static final String SUMMARY =
      "a Dataset, RDD, `SparkSession` or `SparkContext` used inside a function that runs on "
          + "executors fails at run time (SPARK-5063): they exist only on the driver";

  private static final RuleDescriptor DESCRIPTOR =
      RuleDescriptor.of(
          "SparkNestedDistributedOperation",
          SUMMARY,
          Severity.ERROR);

  @Override
  public RuleDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public void check(RuleContext context) {
    SparkTypes types = context.types();
    // identity, not equals(): JavaParser nodes compare by structure
    Set<Node> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (ExecutorClosures.Closure closure : new ExecutorClosures(types).in(
        context.compilationUnit())) {
      for (MethodCallExpr call : closure.function().findAll(MethodCallExpr.class)) {
        Optional<SparkKind> kind = driverOnlyReceiver(types, call);
        if (kind.isEmpty() || !reported.add(call)) {
          continue;
        }
        context.report(call, message(call, kind.get(), closure), fix(kind.get()));
      }
    }
  }

  /**
   * The driver-only kind {@code call} is made on, for the first Spark call of a chain only
   * ({@code other.filter(..).count()} is one finding, at {@code filter}).
   */
  private static Optional<SparkKind> driverOnlyReceiver(SparkTypes types, MethodCallExpr call) {
    Optional<SparkKind> kind = call.getScope().isPresent()
        ? types.receiverKind(call) : Optional.empty();
    if (kind.isEmpty() || !SparkClosures.isDriverOnly(kind.get())) {
      return Optional.empty();
    }
    Expression scope = call.getScope().get();
    boolean chained = scope.isMethodCallExpr()
        && types.receiverKind(scope.asMethodCallExpr()).filter(SparkClosures::isDriverOnly).isPresent();
    return chained ? Optional.empty() : kind;
  }

  private static String message(MethodCallExpr call, SparkKind kind,
      ExecutorClosures.Closure closure) {
    String receiver = call.getScope().map(Object::toString).orElse("");
    String article = kind == SparkKind.RDD ? "an " : "a ";
    return "`" + receiver + "." + call.getNameAsString() + "(...)` uses " + article
        + describe(kind) + " inside the function passed to `" + closure.method() + "` (line "
        + SourceLocations.line(closure.call()) + "), which runs on executors; " + plural(kind)
        + " exist only on the driver, so the task fails (SPARK-5063)";
  }

  private static String fix(SparkKind kind) {
    if (kind.isDistributed()) {
      return "combine the two datasets on the cluster with a join (or a broadcast join when one "
          + "side is small), or collect the small side on the driver first, broadcast it with "
          + "sc.broadcast(...) and read broadcast.value() inside the function";
    }
    return "run the query on the driver before the Spark operation and join its result with the "
        + "data, or broadcast a small result with sc.broadcast(...) and read broadcast.value() "
        + "inside the function";
  }

  private static String plural(SparkKind kind) {
    return kind == SparkKind.DISTRIBUTED_MATRIX || kind == SparkKind.BLOCK_MATRIX
        ? "distributed matrices" : describe(kind) + "s";
  }

  private static String describe(SparkKind kind) {
    return switch (kind) {
      case DATASET -> "Dataset";
      case RDD -> "RDD";
      case DISTRIBUTED_MATRIX, BLOCK_MATRIX -> "distributed matrix";
      case SESSION -> "SparkSession";
      case SQL_CONTEXT -> "SQLContext";
      case DSTREAM -> "DStream";
      case STREAMING_CONTEXT -> "StreamingContext";
      default -> "SparkContext";
    };
  }
}
