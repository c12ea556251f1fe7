package io.github.sparklint.core;

/**
 * A file sparklint could not analyze (or a rule that failed on it), with the position when known.
 *
 * @param file the file, in the same form as {@link Finding#file()}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what went wrong, readable without a stack trace
 */
public record AnalysisError(String file, int line, int column, String message) {

  /** {@code file:line:col: error: message}, or {@code file: error: message} without a position. */
  public String describe() {
    String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
    return where + ": error: " + message;
  }
}
