package io.github.sparklint.core.flow;

/**
 * Whether a Dataset is known to come from a streaming source, and whether every stream upstream
 * of it has a watermark: what a method's summary says about the Dataset it returns.
 */
public enum StreamState {
  /** Not known to be streaming (a batch read, a parameter, anything not followed). */
  NOT_STREAMING,
  /** A stream with no watermark upstream: its stateful operations keep state forever. */
  STREAMING,
  /** A stream whose every streaming input has a watermark. */
  WATERMARKED;

  /** The state of a value that is one of {@code this} and {@code other}. */
  public StreamState either(StreamState other) {
    if (this == NOT_STREAMING || other == NOT_STREAMING) {
      return this == NOT_STREAMING ? other : this;
    }
    return this == STREAMING || other == STREAMING ? STREAMING : WATERMARKED;
  }
}
