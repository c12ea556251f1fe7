package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import io.github.sparklint.core.java.Supertypes;
import io.github.sparklint.core.java.TypeKeys;
import java.util.Optional;

/**
 * The rows a framework hands to a parameter of a method the project implements: a method of a
 * library type the class extends or implements directly ({@code class Enrich implements
 * Transformer} of Hudi, {@code extends org.apache.spark.ml.Transformer}), which a {@code hands}
 * row of the models describes ({@link HandedRows}). No analyzed call shows such a parameter's
 * rows, yet the framework calls the method with its own: each batch it ingests, the data a
 * pipeline is fitted on. A supertype the analyzed sources declare is the project's, whatever its
 * name; a qualified supertype (imported, or written so) must be the row's class.
 */
public final class FrameworkParameters {
  private final ProjectView view;

  public FrameworkParameters(ProjectView view) {
    this.view = view;
  }

  /**
   * The rows of {@code parameter}, a parameter of a method enclosing {@code at}, when a framework
   * hands them to it; empty otherwise.
   */
  public Optional<Bound> rows(Node at, String parameter) {
    Optional<MethodDeclaration> method = at.findAncestor(MethodDeclaration.class,
        m -> m.getParameterByName(parameter).isPresent());
    if (method.isEmpty() || method.get().isStatic() || method.get().isPrivate()) {
      return Optional.empty();
    }
    Parameter declared = method.get().getParameterByName(parameter).get();
    int index = method.get().getParameters().indexOf(declared);
    String name = method.get().getNameAsString();
    int arity = method.get().getParameters().size();
    for (String supertype : Supertypes.ofDeclaring(method.get())) {
      for (HandedRows row : view.handed(TypeKeys.simpleName(supertype), name, arity)) {
        if (row.param() == index && row.isAbout(supertype) && !view.isDeclared(supertype)) {
          return Optional.of(row.bound(parameter));
        }
      }
    }
    return Optional.empty();
  }
}
