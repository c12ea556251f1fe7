package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.TypeKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A method no analyzed code calls by its own class that overrides a project method which is
 * called: a hook the superclass runs on the rows it holds ({@code writeAll() { ...;
 * saveToHPS(documents); }}), replaced in a subclass or a test's fake by one that collects them
 * ({@code @Override void saveToHPS(JavaRDD<Doc> docs) { saved = docs.collect(); }}). The calls of
 * the overridden method are the override's calls too, so its parameter is not one whose callers
 * nothing shows: the rows are what the superclass passes, out of this file's sight.
 */
public final class OverriddenHooks {
  private final ProjectView view;

  public OverriddenHooks(ProjectView view) {
    this.view = view;
  }

  /**
   * The note for a finding at {@code at} about the rows of a parameter of its method, when that
   * method overrides a called method of a project supertype: {@code "; the rows are those of the
   * parameter `docs`, which the calls of `Writer.saveToHPS()` (Writer.java:84) it overrides
   * fill"}; empty otherwise.
   */
  public Optional<String> note(Node at, String parameter) {
    Optional<MethodDeclaration> method = at.findAncestor(MethodDeclaration.class);
    if (method.isEmpty() || method.get().isStatic() || method.get().isPrivate()) {
      return Optional.empty();
    }
    String name = method.get().getNameAsString();
    int arity = method.get().getParameters().size();
    for (String supertype : supertypes(method.get())) {
      List<MethodSummary> called =
          view.calledMethods(new CallSite(List.of(supertype), name, arity));
      if (!called.isEmpty()) {
        return Optional.of("; the rows are those of the parameter `" + parameter + "`, which"
            + " the calls of " + called.get(0).via().describe() + " it overrides fill");
      }
    }
    return Optional.empty();
  }

  /**
   * The types the class declaring {@code method} extends or implements, as references ({@link
   * FieldWrites#superName}, {@link FieldWrites#interfaceNames}); an anonymous class's, the type
   * it is made of.
   */
  static List<String> supertypes(MethodDeclaration method) {
    Optional<Node> parent = method.getParentNode();
    if (parent.isPresent() && parent.get() instanceof ClassOrInterfaceDeclaration type) {
      List<String> names = new ArrayList<>();
      Optional.ofNullable(FieldWrites.superName(type)).ifPresent(names::add);
      names.addAll(FieldWrites.interfaceNames(type));
      return names;
    }
    if (parent.isPresent() && parent.get() instanceof ObjectCreationExpr created) {
      return List.of(TypeKeys.written(method, created.getType().getNameWithScope()));
    }
    return List.of();
  }
}
