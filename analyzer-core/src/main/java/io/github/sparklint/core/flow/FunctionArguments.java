package io.github.sparklint.core.flow;

import java.util.List;

/**
 * The functions one call of a project method passes, as the caller's file sees them ({@link
 * FunctionRefs}): what a parameter of the callee that it gives to Spark holds ({@link
 * FunctionParameters}). A file records such calls for each call site where one of its calls
 * passes a function, and then every call of that site, the others with nothing passed: a call
 * site in the file's calls without a record passes no function in sight.
 *
 * @param site the call site
 * @param passed the arguments whose function is in sight, by position
 */
public record FunctionArguments(CallSite site, List<Passed> passed) {
  public FunctionArguments {
    passed = passed == null ? List.of() : List.copyOf(passed);
  }

  /**
   * An argument holding a function in sight.
   *
   * @param position the argument's position
   * @param functions every function it may hold
   */
  public record Passed(int position, List<FunctionRef> functions) {
    public Passed {
      functions = functions == null ? List.of() : List.copyOf(functions);
    }
  }

  /** The functions passed at {@code position}, or null when none is in sight there. */
  List<FunctionRef> at(int position) {
    return passed.stream().filter(p -> p.position() == position).findFirst()
        .map(Passed::functions).orElse(null);
  }
}
