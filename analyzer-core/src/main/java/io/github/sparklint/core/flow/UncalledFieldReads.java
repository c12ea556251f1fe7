package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import java.util.Optional;

/**
 * Rows a method that no analyzed code calls reads out of a field its object was given: {@code
 * List<Page> collectPages() { return pages.values().collect(); }} where a constructor or setter
 * stores its parameter in {@code pages}. Like the rows of an uncalled method's parameter, whether
 * they ever reach the driver turns on calls the analyzed sources do not make; the field's writers
 * show what objects hold, not that anything collects it. A field the class fills itself (a read
 * in its constructor) shows the rows in sight and is not one of these, nor is a method a framework
 * calls (annotated, {@code main}, of an anonymous class).
 */
public final class UncalledFieldReads {
  /** Project methods followed into for the field they return. */
  private static final int MAX_DEPTH = 3;

  private final ProjectView view;

  public UncalledFieldReads(ProjectView view) {
    this.view = view;
  }

  /**
   * The note for a finding about {@code collected}, the rows a collect at it brings to the driver,
   * when they are those of a field its object was given and no analyzed code calls the method
   * holding it; empty otherwise.
   */
  public Optional<String> note(RowBounds bounds, Expression collected) {
    Optional<MethodDeclaration> method = collected.findAncestor(MethodDeclaration.class);
    if (method.isEmpty() || isEntryPoint(method.get()) || bounds.hasProjectCallers(collected)) {
      return Optional.empty();
    }
    return givenField(bounds.flowOf(collected), 0).map(field -> "; the rows are those of the"
        + " field `" + field + "`, which its object is given, and no call in the analyzed sources"
        + " reaches `" + method.get().getNameAsString() + "()`");
  }

  /** A method something outside the analyzed calls runs: a test, an override, {@code main}. */
  private static boolean isEntryPoint(MethodDeclaration method) {
    return !method.getAnnotations().isEmpty() || method.getNameAsString().equals("main")
        || method.findAncestor(ObjectCreationExpr.class).isPresent()
        || method.getParentNode().filter(UncalledFieldReads::isLocalClass).isPresent();
  }

  private static boolean isLocalClass(Node type) {
    return type.getParentNode().filter(p -> !(p instanceof CompilationUnit)
        && !(p instanceof TypeDeclaration)).isPresent();
  }

  /**
   * The name of a field {@code flow} reads, directly or as what a project method returns, that a
   * constructor or method stores one of its parameters in; empty when it reads none.
   */
  private Optional<String> givenField(Flow flow, int depth) {
    if (flow.op() == Flow.Op.FIELD) {
      Flow receiver = flow.inputs().get(0);
      boolean made = receiver.op() == Flow.Op.NEW && receiver.site() != null
          || receiver.op() == Flow.Op.HELD;
      return !made && view.fields().writes(flow.site().owners(), flow.name()).stream()
          .anyMatch(write -> !write.isCall() && write.writer() != null
              && FieldRows.usesParameters(write.value()))
          ? Optional.of(flow.name()) : Optional.empty();
    }
    if (flow.op() == Flow.Op.CALL && depth < MAX_DEPTH) {
      for (MethodSummary callee : view.methods(flow.site())) {
        Optional<String> field = callee.inSources() && callee.returns() != null
            ? givenField(callee.returns(), depth + 1) : Optional.empty();
        if (field.isPresent()) {
          return field;
        }
      }
    }
    for (Flow input : flow.inputs()) {
      Optional<String> field = givenField(input, depth);
      if (field.isPresent()) {
        return field;
      }
    }
    return Optional.empty();
  }
}
