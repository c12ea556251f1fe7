package io.github.sparklint.core.flow;

import java.util.List;

/**
 * A value stored in a field of a project type, as the writing file sees it: {@code this.rows =
 * sc.textFile(path)} in a constructor, {@code step.data = frame} in another class, a field's
 * initializer. Or, with no field, a call through which the writer stores what the callee stores in
 * the same object ({@code this(..)}, {@code super(..)}, {@code this.setRows(rows)}), so that a
 * constructor's writes include those of the constructors and setters it calls.
 *
 * @param owner the type the field is written through, keyed or referred to as {@link
 *     io.github.sparklint.core.java.TypeKeys} says (the enclosing type, or the declared type of
 *     the receiver); the field may be declared in a superclass
 * @param field the field's name, or null for a call whose callee's writes are the writer's own
 * @param own true when it stores in the writer's own object ({@code this.rows = ..}, {@code
 *     this(..)}, {@code setRows(rows)}), false for another object's ({@code step.data = frame})
 * @param writer the key of the method or constructor that writes ({@code Owner#name/arity},
 *     {@code Owner#<init>/arity}), or null for an initializer
 * @param value the rows stored, in terms of the writer's parameters; for a call, a {@link
 *     Flow.Op#CALL} whose site is the callee and whose inputs are the call's argument flows
 */
public record FieldWrite(String owner, String field, boolean own, String writer, Flow value) {
  /** The name constructors are keyed by, as methods are by theirs. */
  static final String CONSTRUCTOR = "<init>";

  /** True for a call whose callee's writes are the writer's own. */
  public boolean isCall() {
    return field == null;
  }

  /** The site of a constructor of {@code owner} taking {@code arity} arguments. */
  static CallSite constructor(String owner, int arity) {
    return new CallSite(List.of(owner), CONSTRUCTOR, arity);
  }

  /** The key a constructor's writes are filed under, like {@link MethodSummary#key()}. */
  static String constructorKey(String owner, int arity) {
    return owner + "#" + CONSTRUCTOR + "/" + arity;
  }
}
