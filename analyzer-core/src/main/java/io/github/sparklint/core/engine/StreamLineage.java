package io.github.sparklint.core.engine;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.Optional;

/**
 * Whether a Dataset (or grouped Dataset) expression is streaming, i.e. comes from {@code
 * spark.readStream()}, and whether a {@code withWatermark(...)} is applied to every stream
 * upstream of it. Call chains, joins, unions and single-assignment locals are followed; anything
 * else (parameters, fields, batch reads) counts as "not known to be streaming".
 */
public final class StreamLineage {
  private static final int MAX_DEPTH = 64;

  /**
   * What is known about one expression.
   *
   * @param streaming true when it is known to come from a streaming source
   * @param watermarked true when every streaming input upstream has a watermark
   */
  public record Lineage(boolean streaming, boolean watermarked) {
    static final Lineage NOT_STREAMING = new Lineage(false, false);
    static final Lineage STREAM = new Lineage(true, false);

    /** True for a stream with no watermark upstream: its state can grow without bound. */
    public boolean unwatermarkedStream() {
      return streaming && !watermarked;
    }

    Lineage combinedWith(Lineage other) {
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
    return of(e, 0);
  }

  private Lineage of(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Lineage.NOT_STREAMING;
    }
    if (e.isEnclosedExpr()) {
      return of(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isNameExpr()) {
      return Declarations.finalValue(e.asNameExpr())
          .map(v -> of(v, depth + 1))
          .orElse(Lineage.NOT_STREAMING);
    }
    if (!e.isMethodCallExpr() || e.asMethodCallExpr().getScope().isEmpty()) {
      return Lineage.NOT_STREAMING;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    Optional<SparkKind> owner = types.receiverKind(call);
    if (owner.isEmpty()) {
      return Lineage.NOT_STREAMING;
    }
    return ofCall(call, owner.get(), depth);
  }

  private Lineage ofCall(MethodCallExpr call, SparkKind owner, int depth) {
    String method = call.getNameAsString();
    if (SparkApi.isStreamingSource(owner, method)) {
      return Lineage.STREAM;
    }
    if (!isDatasetLike(owner)) {
      return Lineage.NOT_STREAMING;
    }
    Lineage upstream = of(call.getScope().get(), depth + 1);
    if (SparkApi.isWatermark(owner, method)) {
      return new Lineage(upstream.streaming(), upstream.streaming());
    }
    if (SparkApi.isCombining(owner, method) && !call.getArguments().isEmpty()) {
      return upstream.combinedWith(of(call.getArgument(0), depth + 1));
    }
    return upstream;
  }

  private static boolean isDatasetLike(SparkKind kind) {
    return kind == SparkKind.DATASET || kind == SparkKind.GROUPED
        || kind == SparkKind.KEY_VALUE_GROUPED;
  }
}
