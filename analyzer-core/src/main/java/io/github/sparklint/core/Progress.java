package io.github.sparklint.core;

/**
 * How the analysis tells a front how far it is: called once with {@code done == 0} before the
 * first file, then after each file of the first pass, from the worker threads (an implementation
 * must be thread-safe and quick). The core never prints; fronts decide what to show.
 */
@FunctionalInterface
public interface Progress {
  /** Tells nothing. */
  Progress NONE = (done, total) -> {};

  /**
   * @param done files analyzed so far
   * @param total files the run analyzes (Java sources and Spark configuration files)
   */
  void filesDone(int done, int total);
}
