package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.QualifiedNames;
import io.github.sparklint.core.spark.SparkClasses;
import io.github.sparklint.core.spark.SparkKind;
import java.util.List;
import java.util.Optional;

/**
 * The Spark class a name written in one file denotes, through that file's imports: a declared type
 * ({@code Dataset<Row>}), the class a static call is made on ({@code SparkSession.builder()},
 * {@code functions.broadcast(df)}, a statically imported {@code broadcast(df)}). Reads the file's
 * text alone, never the project index.
 */
final class SparkNames {
  private final ImportTable imports;

  SparkNames(ImportTable imports) {
    this.imports = imports;
  }

  /** The Spark kind a declared type names, e.g. {@code Dataset<Row>} or {@code JavaRDD<String>}. */
  Optional<SparkKind> kindOfType(Type type) {
    return sparkClassOf(type).flatMap(SparkClasses::kindOfClass);
  }

  /** The qualified name of the Spark class a declared type names. */
  Optional<String> sparkClassOf(Type type) {
    if (!(type instanceof ClassOrInterfaceType cit)) {
      return Optional.empty();
    }
    return imports.resolveSparkType(cit.getNameWithScope());
  }

  /** True when {@code type} is Spark SQL's {@code Column} ({@link SparkClasses#COLUMN_CLASS}). */
  boolean isColumnType(Type type) {
    return type instanceof ClassOrInterfaceType cit
        && imports.namesSparkClass(cit.getNameWithScope(), SparkClasses.COLUMN_CLASS);
  }

  /** The Spark class a static call is made on, scoped or statically imported. */
  Optional<SparkKind> staticOwnerOf(MethodCallExpr call) {
    if (call.getScope().isPresent()) {
      return staticOwner(call.getScope().get());
    }
    if (enclosingTypeDeclares(call, call.getNameAsString())) {
      return Optional.empty();
    }
    List<String> owners = imports.staticImportOwners(call.getNameAsString());
    for (String owner : owners) {
      Optional<SparkKind> kind = SparkClasses.kindOfClass(owner);
      if (kind.isPresent()
          && SparkClasses.staticReturnKind(kind.get(), call.getNameAsString()).isPresent()) {
        return kind;
      }
    }
    return owners.size() == 1 ? owners.stream().findFirst().flatMap(SparkClasses::kindOfClass)
        : Optional.empty();
  }

  /**
   * The Spark class {@code scope} names when it is a class, not a variable ({@code SparkSession}
   * of {@code SparkSession.builder()}).
   */
  Optional<SparkKind> staticOwner(Expression scope) {
    if (!(scope.isNameExpr() || scope.isFieldAccessExpr())) {
      return Optional.empty();
    }
    if (scope.isNameExpr() && Declarations.find(scope.asNameExpr()).isPresent()) {
      return Optional.empty();
    }
    return QualifiedNames.of(scope).flatMap(imports::resolveSparkType)
        .flatMap(SparkClasses::kindOfClass);
  }

  private static boolean enclosingTypeDeclares(MethodCallExpr call, String method) {
    return call.findAncestor(TypeDeclaration.class)
        .map(t -> !((TypeDeclaration<?>) t).getMethodsByName(method).isEmpty())
        .orElse(false);
  }
}
