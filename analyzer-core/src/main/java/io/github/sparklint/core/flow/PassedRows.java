package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The rows the calls of one file pass to project methods ({@link RowArguments}): for each call
 * site where some call passes a Dataset or RDD, every call of that site in the file, with the
 * flow of each such argument. The project index files them by callee, so that a method whose
 * parameter is filled by calls it cannot see by its own name (an override of a hook its
 * superclass calls, {@link OverriddenHooks}) learns what those calls pass.
 */
final class PassedRows {
  private PassedRows() {}

  /**
   * The rows the {@code calls} of one file, reported as {@code file}, pass to project methods
   * ({@code reaches} tells which calls may reach one), their flows read by {@code rows}.
   */
  static List<RowArguments> of(String file, List<MethodCallExpr> calls,
      Predicate<MethodCallExpr> reaches, SparkTypes types, RowBounds rows) {
    return CallRecords.ofFile(calls, reaches, (call, site) -> {
      List<RowArguments.Passed> passed = new ArrayList<>();
      for (int i = 0; i < call.getArguments().size(); i++) {
        if (types.kindOf(call.getArgument(i)).filter(SparkKind::isDistributed).isPresent()) {
          passed.add(new RowArguments.Passed(i, rows.argumentFlow(call.getArgument(i))));
        }
      }
      List<String> enclosing = CallSites.enclosingTypes(call);
      String owner = enclosing.isEmpty() ? "" : enclosing.get(0);
      return new RowArguments(site, owner, caller(file, call, owner), passed);
    }, record -> !record.passed().isEmpty());
  }

  /** The method or constructor making {@code call}, with the call's line. */
  private static Bound.Via caller(String file, MethodCallExpr call, String owner) {
    String method = call.findAncestor(CallableDeclaration.class)
        .map(c -> ((CallableDeclaration<?>) c).getNameAsString()).orElse("<init>");
    return new Bound.Via(TypeKeys.simpleName(owner) + "." + method, file,
        SourceLocations.line(call.getName()));
  }

  /**
   * Asks the index, and records, what the analyzed calls of the method with key {@code callee}
   * pass it in Datasets and RDDs: a caller that starts to pass other rows re-checks the file
   * that asked.
   */
  static RowArguments.Calls passedTo(ProjectView view, String callee) {
    RowArguments.Calls found = view.index().rowsPassedTo(callee);
    view.record(ProjectQuestion.ROWS_PASSED, callee, found::toString);
    return found;
  }
}
