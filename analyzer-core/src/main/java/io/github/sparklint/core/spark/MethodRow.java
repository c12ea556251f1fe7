package io.github.sparklint.core.spark;

import java.util.Objects;

/**
 * One fact about one method: a row of {@code spark-methods.txt} (the built-in Spark facts) or a
 * model in {@code sparklint.yaml}. Both use the same fields (docs/models.md).
 *
 * @param owner the class: a Spark kind's text ({@code dataset}) for the built-in rows, a simple
 *     or fully qualified class name for models
 * @param method the method's name
 * @param arity its number of parameters, or {@link #ANY_ARITY}
 * @param fact what the row says
 * @param argument the fact's argument ({@code 0}, {@code bounded 100}, {@code dataset}), or empty
 * @param line where the row is written
 * @param when the condition under which the row holds (a model's {@code when}), or null for
 *     every call
 */
public record MethodRow(String owner, String method, int arity, MethodFact fact, String argument,
    int line, ArgumentCondition when) {
  /** The arity of a row about every overload. */
  public static final int ANY_ARITY = -1;

  /** A row that holds for every call of the method. */
  public MethodRow(String owner, String method, int arity, MethodFact fact, String argument,
      int line) {
    this(owner, method, arity, fact, argument, line, null);
  }

  /** The class's simple name: what follows its last {@code .} or {@code $}. */
  public String simpleOwner() {
    return owner.substring(Math.max(owner.lastIndexOf('.'), owner.lastIndexOf('$')) + 1);
  }

  /** True when the row is about every overload of the method. */
  public boolean anyArity() {
    return arity == ANY_ARITY;
  }

  /** True when {@code other} is about a method this row is about too (by simple class name). */
  boolean sameMethod(MethodRow other) {
    return simpleOwner().equals(other.simpleOwner()) && method.equals(other.method)
        && (anyArity() || other.anyArity() || arity == other.arity);
  }

  /**
   * True when {@code other} states the same fact of a method this row is about too, under the
   * same condition (rows for different argument classes never overlap).
   */
  boolean overlaps(MethodRow other) {
    return fact == other.fact && sameMethod(other) && Objects.equals(when, other.when);
  }

  /** The row as the built-in file writes it (without its line). */
  public String text() {
    return String.join(" ", owner, method, anyArity() ? "*" : Integer.toString(arity),
        fact.text(), argument).trim() + (when == null ? "" : " when " + when.text());
  }
}
