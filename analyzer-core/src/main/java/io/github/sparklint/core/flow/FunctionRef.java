package io.github.sparklint.core.flow;

import java.util.List;

/**
 * A function given to Spark, or to a project method that gives it to Spark, as the file holding
 * it sees it ({@link FunctionRefs}): a body read there (a lambda, an anonymous class's {@code
 * call}), the project methods that run it, still to be found through the index (the {@code call}
 * of a named function class, a method reference), or a parameter of the enclosing method, which
 * holds what that method's callers pass ({@link FunctionParameters}).
 *
 * @param body the function's body when it is in sight in this file, else null
 * @param owners the types that may declare the method that runs it (empty otherwise)
 * @param method that method's name ({@code call}, a referenced method), or null
 * @param parameter the enclosing method's parameter it is, as {@link FunctionParameters} asks of
 *     it ({@code position Owner#name/arity}), or null
 */
public record FunctionRef(FunctionBody body, List<String> owners, String method,
    String parameter) {
  public FunctionRef {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }

  /** A function run by the project methods {@code method} of {@code owners}. */
  FunctionRef(List<String> owners, String method) {
    this(null, owners, method, null);
  }

  /** A function whose body is in sight. */
  static FunctionRef of(FunctionBody body) {
    return new FunctionRef(body, List.of(), null, null);
  }

  /** The function the enclosing method's {@code parameter} holds. */
  static FunctionRef forwarded(String parameter) {
    return new FunctionRef(null, List.of(), null, parameter);
  }
}
