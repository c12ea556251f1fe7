package io.github.sparklint.core.flow;

import java.util.List;

/**
 * A function given to Spark, or to a project method that gives it to Spark, as the file holding
 * it sees it ({@link FunctionRefs}): a body read there (a lambda, an anonymous class's {@code
 * call}), or the project methods that run it, still to be found through the index (the {@code
 * call} of a named function class, a method reference).
 *
 * @param body the function's body when it is in sight in this file, else null
 * @param owners the types that may declare the method that runs it (empty otherwise)
 * @param method that method's name ({@code call}, a referenced method), or null
 */
public record FunctionRef(FunctionBody body, List<String> owners, String method) {
  public FunctionRef {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }

  /** A function run by the project methods {@code method} of {@code owners}. */
  FunctionRef(List<String> owners, String method) {
    this(null, owners, method);
  }

  /** A function whose body is in sight. */
  static FunctionRef of(FunctionBody body) {
    return new FunctionRef(body, List.of(), null);
  }
}
