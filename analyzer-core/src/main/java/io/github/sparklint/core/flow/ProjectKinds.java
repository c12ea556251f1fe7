package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Spark kinds the project index tells one file about code in other files: a field inherited
 * from a superclass or imported statically, a field of another project type, what a project
 * method returns, and the parameters of a lambda handed to one. Each answer needs every method
 * the call may reach to agree. One instance serves one file on one thread.
 */
final class ProjectKinds {
  private final ImportTable imports;
  private final ProjectView project;

  ProjectKinds(ImportTable imports, ProjectView project) {
    this.imports = imports;
    this.project = project;
  }

  /**
   * A field of another analyzed file imported statically, by name or on demand ({@code import
   * static com.acme.SparkTestBase.*;} then {@code spark.sql(..)}), as Java resolves a simple name
   * that no enclosing scope or superclass declares.
   */
  Optional<SparkKind> staticImportedField(String field) {
    List<String> owners = CallSites.staticImportOwners(imports, field);
    return owners.isEmpty() ? Optional.empty() : project.fields().kind(owners, field);
  }

  /** A field the types enclosing {@code at} inherit from a superclass declared in another file. */
  Optional<SparkKind> inheritedField(Expression at, String field) {
    List<String> owners = CallSites.enclosingTypes(at);
    return owners.isEmpty() ? Optional.empty() : project.fields().kind(owners, field);
  }

  /** The field {@code field} of an object of the project type {@code type}. */
  Optional<SparkKind> fieldOf(String type, String field) {
    return project.fields().kind(List.of(type), field);
  }

  /**
   * A lambda passed to a project method whose parameter is a {@code java.util.function} type
   * over Spark values ({@code withCheck(Consumer<Dataset<Row>> check)}), when every method the
   * call may reach agrees (any project method of that name and arity when the receiver's type is
   * not shown, as in a builder chain).
   */
  Optional<SparkKind> lambdaParameterKind(MethodCallExpr call, LambdaExpr lambda, int index) {
    CallSite site = CallSites.receivingLambda(call);
    int argument = call.getArguments().indexOf(lambda);
    return agreed(project.methods(site).stream().map(m -> m.lambdaParamKind(argument, index)));
  }

  /**
   * The Spark kind a project method returns, when every method the call may reach agrees; else
   * the kind the models of those methods state, when the sources include a modelled library's own
   * code that declares a class out of sight ({@code GeodeJavaRegionRDD geodeRegion(..)}, a Scala
   * subclass of {@code JavaPairRDD}).
   */
  Optional<SparkKind> returnKind(MethodCallExpr call) {
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty()) {
      return Optional.empty();
    }
    Optional<SparkKind> kind =
        agreed(project.methods(site.get()).stream().map(MethodSummary::returnKind));
    return kind.isPresent() ? kind
        : agreed(project.modelled(site.get()).stream().map(MethodSummary::returnKind));
  }

  /** True when some project method may be what {@code call} reaches. */
  boolean reachesProjectMethod(MethodCallExpr call) {
    Optional<CallSite> site = CallSites.of(call);
    return site.isPresent() && project.mayResolve(site.get())
        && !project.methods(site.get()).isEmpty();
  }

  /** The one kind every method gives (null: none), or empty when they disagree or none is found. */
  private static Optional<SparkKind> agreed(Stream<SparkKind> kinds) {
    List<SparkKind> distinct = kinds.distinct().toList();
    return distinct.size() == 1 ? Optional.ofNullable(distinct.get(0)) : Optional.empty();
  }
}
