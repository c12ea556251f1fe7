package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.TypeKeys;
import java.util.Optional;

/**
 * How a field read names its object, read from the reading file alone: the type the object is
 * declared with ({@code PointRDD rdd} in {@code rdd.rawSpatialRDD}, the class of a static field),
 * and the allocation it certainly holds ({@code rdd = new PointRDD(sc, path)}), whose constructor
 * tells what the field holds ({@link FieldRows}).
 */
final class FieldReads {
  private FieldReads() {}

  /** The key of the type {@code scope} (an object or a class name) is declared with ({@link TypeKeys}). */
  static Optional<String> typeOf(Expression scope) {
    if (scope.isObjectCreationExpr()) {
      return Optional.of(TypeKeys.written(scope,
          scope.asObjectCreationExpr().getType().getNameWithScope()));
    }
    if (!scope.isNameExpr()) {
      return Optional.empty();
    }
    Optional<Declarations.Declared> declared = Declarations.find(scope.asNameExpr());
    if (declared.isPresent()) {
      return CallSites.typeName(declared.get());
    }
    String name = scope.asNameExpr().getNameAsString();
    return Character.isUpperCase(name.charAt(0)) ? Optional.of(TypeKeys.written(scope, name))
        : Optional.empty();
  }

  /**
   * The project-constructor call whose object {@code object} certainly is: an allocation, or a
   * local whose only (or certainly reaching) value is one. Not one with a class body (an
   * anonymous subclass may store anything).
   */
  static Optional<ObjectCreationExpr> allocation(Expression object) {
    Optional<Expression> value = Optional.of(object);
    if (object.isNameExpr()) {
      value = Declarations.singleValue(object.asNameExpr())
          .or(() -> Assignments.reachingValue(object.asNameExpr()));
    }
    return value.filter(Expression::isObjectCreationExpr).map(Expression::asObjectCreationExpr)
        .filter(created -> created.getAnonymousClassBody().isEmpty());
  }
}
