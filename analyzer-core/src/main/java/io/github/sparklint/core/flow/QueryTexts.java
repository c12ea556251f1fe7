package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.Declarations;
import java.util.List;
import java.util.Optional;

/**
 * The SQL text an expression holds: a constant or its {@link SqlSkeleton}, a final field of
 * another file the class inherits, or the statement a project method returns ({@code
 * getSelectAllSql(table)}), read from that method's summary or type summary. One
 * instance serves one file on one thread, with its {@link RowBounds}.
 */
final class QueryTexts {
  private final ProjectView project;

  QueryTexts(ProjectView project) {
    this.project = project;
  }

  /** The SQL text {@code e} holds, or empty when the code does not show it. */
  Optional<String> of(Expression e) {
    Optional<String> skeleton = SqlSkeleton.of(e);
    if (skeleton.isPresent()) {
      return skeleton;
    }
    if (e.isNameExpr() && Declarations.find(e.asNameExpr()).isEmpty()) {
      // a constant of a superclass or an implemented interface in another file
      return project.fields().text(CallSites.enclosingTypes(e), e.asNameExpr().getNameAsString());
    }
    if (!e.isMethodCallExpr()) {
      return skeleton;
    }
    Optional<CallSite> site = CallSites.of(e.asMethodCallExpr());
    if (site.isEmpty()) {
      return Optional.empty();
    }
    MethodCallExpr call = e.asMethodCallExpr();
    List<String> texts = project.methods(site.get()).stream()
        .map(MethodSummary::returns)
        .map(flow -> flow == null || flow.op() != Flow.Op.TEXT ? null
            : flow.name() != null ? flow.name() : formattedArgument(call, flow.param()))
        .distinct().toList();
    return texts.size() == 1 ? Optional.ofNullable(texts.get(0)) : Optional.empty();
  }

  /** The text of argument {@code param} of {@code call} as the callee formats it, or null. */
  private String formattedArgument(MethodCallExpr call, int param) {
    return param < call.getArguments().size()
        ? of(call.getArgument(param)).map(SqlSkeleton::formatted).orElse(null) : null;
  }

  /** True when {@code e} names a variable declared as a {@code String}: it may carry SQL text. */
  static boolean isText(Expression e) {
    return e.isNameExpr() && Declarations.find(e.asNameExpr())
        .map(d -> SqlSkeleton.isText(d.type())).orElse(false);
  }
}
