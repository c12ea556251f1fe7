package io.github.sparklint.core.java;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The getters a type has without declaring them: the accessor of each record component, and the
 * getters Lombok generates ({@code @Getter} on a field or on the type, {@code @Data}, {@code
 * @Value}; {@code @Accessors(fluent = true)} names them after the field). A getter the type
 * declares itself, a static field, and {@code @Getter(AccessLevel.NONE)} give none.
 */
public final class GeneratedAccessors {
  /** One generated getter: {@code name()} returns {@code field}, declared as {@code type}. */
  public record Accessor(String name, String field, Type type, Node declaration) {}

  private static final List<String> TYPE_GETTERS = List.of("Getter", "Data", "Value");

  private GeneratedAccessors() {}

  /** The generated getters of {@code type}, in declaration order. */
  public static List<Accessor> of(TypeDeclaration<?> type) {
    List<Accessor> accessors = new ArrayList<>();
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        String name = component.getNameAsString();
        addUndeclared(type, new Accessor(name, name, component.getType(), component), accessors);
      }
      return accessors;
    }
    boolean wholeType = TYPE_GETTERS.stream().anyMatch(a -> enabled(type, a));
    boolean fluent = isFluent(type);
    for (FieldDeclaration field : type.getFields()) {
      if (field.isStatic() || !(wholeType || enabled(field, "Getter")) || disabled(field)) {
        continue;
      }
      boolean fieldFluent = fluent || isFluent(field);
      for (VariableDeclarator variable : field.getVariables()) {
        String name = variable.getNameAsString();
        addUndeclared(type, new Accessor(fieldFluent ? name : getterName(name, variable.getType()),
            name, variable.getType(), variable), accessors);
      }
    }
    return accessors;
  }

  private static void addUndeclared(TypeDeclaration<?> type, Accessor accessor,
      List<Accessor> accessors) {
    boolean declared = type.getMethodsByName(accessor.name()).stream()
        .anyMatch(method -> method.getParameters().isEmpty());
    if (!declared) {
      accessors.add(accessor);
    }
  }

  /** Lombok's getter name: {@code getName}, or {@code isName} for a {@code boolean}. */
  private static String getterName(String field, Type type) {
    String prefix = type.isPrimitiveType() && type.asString().equals("boolean") ? "is" : "get";
    return prefix + field.substring(0, 1).toUpperCase(Locale.ROOT) + field.substring(1);
  }

  /** Annotated with Lombok's {@code simpleName}, not switched off by {@code AccessLevel.NONE}. */
  private static boolean enabled(NodeWithAnnotations<?> node, String simpleName) {
    return lombok(node, simpleName).filter(a -> !isNone(a)).isPresent();
  }

  private static boolean disabled(FieldDeclaration field) {
    return lombok(field, "Getter").filter(GeneratedAccessors::isNone).isPresent();
  }

  private static boolean isNone(AnnotationExpr annotation) {
    return value(annotation, "value").filter(v -> v.toString().endsWith("NONE")).isPresent();
  }

  private static boolean isFluent(NodeWithAnnotations<?> node) {
    return lombok(node, "Accessors").flatMap(a -> value(a, "fluent"))
        .filter(v -> v.isBooleanLiteralExpr() && v.asBooleanLiteralExpr().getValue()).isPresent();
  }

  /** The annotation {@code simpleName} (or {@code lombok.simpleName}, {@code lombok.experimental.simpleName}). */
  private static Optional<AnnotationExpr> lombok(NodeWithAnnotations<?> node, String simpleName) {
    for (AnnotationExpr annotation : node.getAnnotations()) {
      String name = annotation.getNameAsString();
      if (name.equals(simpleName) || name.equals("lombok." + simpleName)
          || name.equals("lombok.experimental." + simpleName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** The argument {@code name} of {@code annotation}; a single value ({@code @Getter(NONE)}) is {@code value}. */
  private static Optional<Expression> value(AnnotationExpr annotation, String name) {
    if (annotation.isSingleMemberAnnotationExpr()) {
      return name.equals("value")
          ? Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue())
          : Optional.empty();
    }
    if (annotation.isNormalAnnotationExpr()) {
      for (MemberValuePair pair : annotation.asNormalAnnotationExpr().getPairs()) {
        if (pair.getNameAsString().equals(name)) {
          return Optional.of(pair.getValue());
        }
      }
    }
    return Optional.empty();
  }
}
