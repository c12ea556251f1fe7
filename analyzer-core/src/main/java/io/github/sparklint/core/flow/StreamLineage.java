package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.Walk;
import io.github.sparklint.core.spark.SparkState;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * Whether a Dataset (or grouped Dataset) expression is streaming, i.e. comes from {@code
 * spark.readStream()}, and whether a {@code withWatermark(...)} is applied to every stream
 * upstream of it. Call chains, joins, unions, both branches of a conditional, locals (every
 * value of a reassigned one) and project methods (their summaries say whether they return a
 * stream, and a watermarked one) are followed; anything else (parameters, fields, batch reads)
 * counts as "not known to be streaming".
 */
public final class StreamLineage {
  /**
   * What is known about one expression.
   *
   * @param streaming true when it is known to come from a streaming source
   * @param watermarked true when every streaming input upstream has a watermark
   */
  public record Lineage(boolean streaming, boolean watermarked) {
    /** Not known to be streaming. */
    public static final Lineage NOT_STREAMING = new Lineage(false, false);
    static final Lineage STREAM = new Lineage(true, false);

    /** True for a stream with no watermark upstream: its state can grow without bound. */
    public boolean unwatermarkedStream() {
      return streaming && !watermarked;
    }

    static Lineage of(StreamState state) {
      return switch (state) {
        case NOT_STREAMING -> NOT_STREAMING;
        case STREAMING -> STREAM;
        case WATERMARKED -> new Lineage(true, true);
      };
    }

    /** As a method summary records it. */
    public StreamState state() {
      return !streaming ? StreamState.NOT_STREAMING
          : watermarked ? StreamState.WATERMARKED : StreamState.STREAMING;
    }

    /** Streaming when either is, watermarked when every streaming one is. */
    public Lineage combinedWith(Lineage other) {
      boolean anyStream = streaming || other.streaming;
      boolean allMarked = (!streaming || watermarked) && (!other.streaming || other.watermarked);
      return new Lineage(anyStream, anyStream && allMarked);
    }
  }

  private final SparkTypes types;

  public StreamLineage(SparkTypes types) {
    this.types = types;
  }

  /** The lineage of {@code e}. */
  public Lineage of(Expression e) {
    return of(e, new Walk());
  }

  private Lineage of(Expression e, Walk walk) {
    if (walk.exhausted()) {
      return Lineage.NOT_STREAMING;
    }
    if (e.isEnclosedExpr()) {
      return of(e.asEnclosedExpr().getInner(), walk);
    }
    if (e.isNameExpr()) {
      return ofName(e.asNameExpr(), walk);
    }
    if (e.isConditionalExpr()) {
      return of(e.asConditionalExpr().getThenExpr(), walk)
          .combinedWith(of(e.asConditionalExpr().getElseExpr(), walk));
    }
    if (!e.isMethodCallExpr()) {
      return Lineage.NOT_STREAMING;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    Optional<SparkKind> owner =
        call.getScope().isPresent() ? types.receiverKind(call) : Optional.empty();
    return owner.isPresent() ? ofCall(call, owner.get(), walk) : projectCall(call);
  }

  /** What the project methods {@code call} may reach return, by their summaries. */
  private Lineage projectCall(MethodCallExpr call) {
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty()) {
      return Lineage.NOT_STREAMING;
    }
    Lineage joined = Lineage.NOT_STREAMING;
    for (MethodSummary callee : types.project().methods(site.get())) {
      joined = joined.combinedWith(Lineage.of(callee.stream()));
    }
    return joined;
  }

  /**
   * A final local or field followed to its value, a reassigned local to the value that certainly
   * reaches this use, or else streaming when any of its values is and watermarked when every
   * streaming value is.
   */
  private Lineage ofName(NameExpr name, Walk walk) {
    Optional<Expression> known =
        Declarations.finalValue(name).or(() -> Assignments.reachingValue(name));
    if (known.isPresent()) {
      return of(known.get(), walk);
    }
    Optional<Assignments.Values> values = Assignments.valuesOf(name);
    if (values.isEmpty() || !walk.enter(values.get().declaration())) {
      return Lineage.NOT_STREAMING;
    }
    try {
      Lineage joined = Lineage.NOT_STREAMING;
      for (Expression value : values.get().values()) {
        joined = joined.combinedWith(of(value, walk));
      }
      return joined;
    } finally {
      walk.leave(values.get().declaration());
    }
  }

  private Lineage ofCall(MethodCallExpr call, SparkKind owner, Walk walk) {
    String method = call.getNameAsString();
    if (SparkState.isStreamingSource(owner, method)) {
      return Lineage.STREAM;
    }
    if (!isDatasetLike(owner)) {
      return Lineage.NOT_STREAMING;
    }
    Lineage upstream = of(call.getScope().get(), walk);
    if (SparkState.isWatermark(owner, method)) {
      return new Lineage(upstream.streaming(), upstream.streaming());
    }
    if (SparkState.isCombining(owner, method) && !call.getArguments().isEmpty()) {
      return upstream.combinedWith(of(call.getArgument(0), walk));
    }
    return upstream;
  }

  private static boolean isDatasetLike(SparkKind kind) {
    return kind == SparkKind.DATASET || kind == SparkKind.GROUPED
        || kind == SparkKind.KEY_VALUE_GROUPED;
  }
}
