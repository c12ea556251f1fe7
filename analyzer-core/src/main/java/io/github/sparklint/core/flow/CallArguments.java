package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the arguments of a call fill the parameters of the project method it reaches, as Java does
 * it: one argument per parameter, except for a varargs method ({@code sql(String query, Object...
 * args)}), whose last parameter takes every argument from its position on ({@code sql("SELECT *
 * FROM %s.%s", ns, table)}: {@code args} holds {@code ns} and {@code table}), or none. A call
 * with as many arguments as parameters passes its last one as it is (an array, or one element).
 */
final class CallArguments {
  private CallArguments() {}

  /** True when the last parameter of {@code method} is a varargs one. */
  static boolean isVarargs(MethodDeclaration method) {
    return method.getParameters().isNonEmpty()
        && method.getParameters().getLast().map(p -> p.isVarArgs()).orElse(false);
  }

  /**
   * True when a call with {@code count} arguments reaches {@code method} only as a variable-arity
   * call: Java tries the methods a call fits by their fixed arity first ({@link
   * ProjectIndex#methods}).
   */
  static boolean fitsVariableArity(MethodSummary method, int count) {
    return method.varargs() && count >= method.arity() - 1 && count != method.arity();
  }

  /**
   * Of the overloads a call fits by its number of arguments, those of fixed arity when there are
   * any: {@code rows(a, b)} reaches {@code rows(Dataset, Dataset)}, not {@code rows(Dataset,
   * Dataset...)}, unless its last argument is an array, which a file alone does not tell.
   */
  static List<MethodSummary> fixedArityFirst(List<MethodSummary> overloads) {
    List<MethodSummary> fixed = overloads.stream().filter(method -> !method.varargs()).toList();
    return fixed.isEmpty() ? overloads : fixed;
  }

  /**
   * The flows of {@code method}'s parameters, from the flows of a call's {@code arguments}: for
   * the varargs parameter of a variable-arity call, any of the arguments it takes (the weakest of
   * their rows), or unknown when it takes none.
   */
  static List<Flow> fill(MethodSummary method, List<Flow> arguments) {
    int fixed = method.arity() - 1;
    if (!method.varargs() || arguments.size() == method.arity() || arguments.size() < fixed) {
      return arguments;
    }
    List<Flow> parameters = new ArrayList<>(arguments.subList(0, fixed));
    List<Flow> rest = arguments.subList(fixed, arguments.size());
    parameters.add(rest.isEmpty() ? Flow.UNKNOWN : Flow.either(rest));
    return parameters;
  }
}
