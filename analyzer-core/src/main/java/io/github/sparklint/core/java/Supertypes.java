package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithImplements;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The types a declared type names as its supertypes, as references ({@link TypeKeys}) the project
 * index resolves: the class it extends, and the interfaces it implements (a class, an enum, a
 * record) or extends (an interface: all its {@code extends} but the first, which {@link
 * #superclass} names, as the type summaries keep it).
 */
public final class Supertypes {
  private Supertypes() {}

  /** A reference to the class {@code type} extends (of an interface: its first), or null. */
  public static String superclass(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration c ? c.getExtendedTypes().getFirst()
        .map(t -> TypeKeys.written(c, t.getNameWithScope())).orElse(null) : null;
  }

  /** References to the interfaces {@code type} names besides its {@link #superclass}. */
  public static List<String> interfaces(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    if (type instanceof NodeWithImplements<?> implementing) {
      implementing.getImplementedTypes()
          .forEach(t -> names.add(TypeKeys.written(type, t.getNameWithScope())));
    }
    if (type instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
      c.getExtendedTypes().stream().skip(1)
          .forEach(t -> names.add(TypeKeys.written(c, t.getNameWithScope())));
    }
    return names;
  }

  /**
   * The supertypes ({@link #all}) of the class or interface declaring {@code method}; of an
   * anonymous class, the type it is made of; none for a method of an enum or a record.
   */
  public static List<String> ofDeclaring(MethodDeclaration method) {
    Optional<Node> parent = method.getParentNode();
    if (parent.isPresent() && parent.get() instanceof ClassOrInterfaceDeclaration type) {
      return all(type);
    }
    if (parent.isPresent() && parent.get() instanceof ObjectCreationExpr created) {
      return List.of(TypeKeys.written(method, created.getType().getNameWithScope()));
    }
    return List.of();
  }

  /** {@link #superclass} (when there is one) and then the {@link #interfaces}. */
  public static List<String> all(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    Optional.ofNullable(superclass(type)).ifPresent(names::add);
    names.addAll(interfaces(type));
    return names;
  }
}
