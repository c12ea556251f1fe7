package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FunctionTypes;
import io.github.sparklint.core.java.ImportTable;
import io.github.sparklint.core.java.SolverTypes;
import io.github.sparklint.core.spark.SparkClasses;
import io.github.sparklint.core.spark.SparkClosures;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tells which Spark kind an expression has, in two layers: the symbol solver when it can resolve
 * the expression, then a fallback that always works without a classpath (declared types, {@code
 * var} initializers, imports, call chains through the {@link SparkClasses} table). One instance
 * serves one file on one thread; it remembers every answer, so the rules share one resolution per
 * expression.
 */
public final class SparkTypes {
  private static final int MAX_DEPTH = 64;

  private final ImportTable imports;
  private final ProjectView project;
  private final SparkNames names;
  private final ProjectKinds projectKinds;
  /** Kinds already worked out, by expression node (identity: equal-looking nodes may differ). */
  private final Map<Expression, Optional<SparkKind>> resolved = new IdentityHashMap<>();

  /** Kinds of this file alone: calls of methods declared elsewhere have no known kind. */
  public SparkTypes(ImportTable imports) {
    this(imports, new ProjectView(ProjectIndex.empty()));
  }

  /**
   * Kinds of this file, with the return types and fields of the analyzed sources' other methods
   * and types read from {@code project}.
   */
  public SparkTypes(ImportTable imports, ProjectView project) {
    this.imports = imports;
    this.project = project;
    this.names = new SparkNames(imports);
    this.projectKinds = new ProjectKinds(imports, project);
  }

  /**
   * These kinds seen through {@code view}: the kinds already worked out are kept. Only sound when
   * {@code view} gives every question this instance asked the same answer ({@link
   * ProjectView#agrees}).
   */
  public SparkTypes seeing(ProjectView view) {
    SparkTypes types = new SparkTypes(imports, view);
    types.resolved.putAll(resolved);
    return types;
  }

  /**
   * How many constants the enum of the analyzed sources that this file names {@code name} (as
   * written: {@code MatchType}, {@code Outer.Kind}) declares; empty for another type.
   */
  public OptionalInt enumConstants(String name) {
    return project.enumConstants(imports.projectType(name));
  }

  /** The project index as this file sees it. */
  public ProjectView project() {
    return project;
  }

  /** The Spark kind of {@code e}, or empty when it is not (or not known to be) a Spark type. */
  public Optional<SparkKind> kindOf(Expression e) {
    resolveChainBottomUp(e);
    return kindOf(e, 0);
  }

  /**
   * Resolves the receivers of a long call chain from the innermost out, so that each level finds
   * its receiver already known: a job adding a hundred columns with {@code withColumn} is a chain
   * deeper than the recursion limit, which would otherwise leave it without a kind.
   */
  private void resolveChainBottomUp(Expression e) {
    List<Expression> chain = new ArrayList<>();
    Expression at = e;
    while (at.isMethodCallExpr() && at.asMethodCallExpr().getScope().isPresent()
        && !resolved.containsKey(at)) {
      chain.add(at);
      at = at.asMethodCallExpr().getScope().get();
    }
    for (int i = chain.size() - 1; i > 0 && chain.size() > MAX_DEPTH / 2; i--) {
      kindOf(chain.get(i), 0);
    }
  }

  /** The Spark kind of the object {@code call} is invoked on (a receiver or a static owner). */
  public Optional<SparkKind> receiverKind(MethodCallExpr call) {
    return call.getScope().flatMap(scope -> kindOf(scope).or(() -> names.staticOwner(scope)));
  }

  /** The Spark kind {@code call} is made on: its receiver, or the class of a static call. */
  public Optional<SparkKind> ownerOf(MethodCallExpr call) {
    return call.getScope().isPresent() ? receiverKind(call) : staticOwnerOf(call);
  }

  /**
   * The Spark class a static call is made on: {@code SparkSession.builder()}, {@code
   * functions.broadcast(df)} or a statically imported {@code broadcast(df)}.
   */
  public Optional<SparkKind> staticOwnerOf(MethodCallExpr call) {
    return names.staticOwnerOf(call);
  }

  /**
   * The Spark kind a declared type names, e.g. {@code Dataset<Row>} or {@code JavaRDD<String>},
   * also a project class extending a Dataset or RDD class ({@code RiakJavaRDD<Map>}).
   */
  public Optional<SparkKind> kindOfType(Type type) {
    if (!(type instanceof ClassOrInterfaceType declared) || names.sparkClassOf(type).isPresent()) {
      return names.kindOfType(type);
    }
    return project.inheritedKind(imports.projectType(declared.getNameWithScope()));
  }

  /**
   * True when a declared type is Spark SQL's {@code Column}, a class named by facts only: no
   * expression has its kind ({@link SparkKind#COLUMN}).
   */
  public boolean isColumnType(Type type) {
    return names.isColumnType(type);
  }

  /** The qualified name of the Spark class a declared type names, e.g. {@code CollectionAccumulator}. */
  public Optional<String> sparkClassOf(Type type) {
    return names.sparkClassOf(type);
  }

  private Optional<SparkKind> kindOf(Expression e, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    Optional<SparkKind> known = resolved.get(e);
    if (known != null) {
      return known;
    }
    Optional<SparkKind> kind = resolve(e, depth);
    resolved.put(e, kind);
    return kind;
  }

  private Optional<SparkKind> resolve(Expression e, int depth) {
    Optional<String> solved = SolverTypes.qualifiedType(e);
    if (solved.isPresent()) {
      return SparkClasses.kindOfClass(solved.get());
    }
    return fallbackKindOf(e, depth);
  }

  private Optional<SparkKind> fallbackKindOf(Expression e, int depth) {
    if (e.isEnclosedExpr()) {
      return kindOf(e.asEnclosedExpr().getInner(), depth + 1);
    }
    if (e.isCastExpr()) {
      return kindOfType(e.asCastExpr().getType());
    }
    if (e.isConditionalExpr()) {
      return kindOf(e.asConditionalExpr().getThenExpr(), depth + 1)
          .or(() -> kindOf(e.asConditionalExpr().getElseExpr(), depth + 1));
    }
    if (e.isObjectCreationExpr()) {
      return kindOfType(e.asObjectCreationExpr().getType());
    }
    if (e.isNameExpr()) {
      return kindOfName(e.asNameExpr(), depth);
    }
    if (e.isFieldAccessExpr()) {
      return kindOfFieldAccess(e.asFieldAccessExpr(), depth);
    }
    if (e.isArrayAccessExpr() && e.asArrayAccessExpr().getName().isNameExpr()) {
      return Declarations.find(e.asArrayAccessExpr().getName().asNameExpr())
          .flatMap(d -> DatasetCollections.elementKind(d, this));
    }
    if (e.isMethodCallExpr()) {
      return kindOfCall(e.asMethodCallExpr(), depth);
    }
    return Optional.empty();
  }

  /**
   * The kind of a simple name: of its declaration in the file when it has one (a local, a
   * parameter or a field of the file shadows any inherited or imported field, so the index is
   * not asked), else of a field inherited from, or statically imported from, another file.
   */
  private Optional<SparkKind> kindOfName(NameExpr name, int depth) {
    Optional<Declarations.Declared> declared = Declarations.find(name);
    if (declared.isEmpty()) {
      return projectKinds.inheritedField(name, name.getNameAsString())
          .or(() -> projectKinds.staticImportedField(name.getNameAsString()));
    }
    Declarations.Declared d = declared.get();
    if (d.kind() == Declarations.Kind.LAMBDA_PARAMETER && d.type().isUnknownType()) {
      return lambdaParameterKind(d, depth);
    }
    if (Declarations.isInferred(d.type())) {
      return d.initializer().flatMap(init -> kindOf(init, depth + 1));
    }
    if (sparkClassOf(d.type()).isEmpty()) {
      return libraryDatasetKind(d, depth).or(() -> kindOfType(d.type()));
    }
    return kindOfType(d.type());
  }

  /**
   * The kind of a variable declared with a class that is not Spark's but initialized with a
   * Dataset or RDD: a library's subclass ({@code CassandraJavaRDD<Row> rows =
   * javaFunctions(sc).cassandraTable(..)}, {@code JavaMongoRDD}), since a value of a Spark kind can
   * only be assigned to a subtype of it (or to Object, on which no Spark method can be called).
   */
  private Optional<SparkKind> libraryDatasetKind(Declarations.Declared d, int depth) {
    return d.initializer().flatMap(init -> kindOf(init, depth + 1))
        .filter(SparkKind::isDistributed);
  }

  /**
   * An untyped lambda parameter whose kind the Spark method receiving the lambda fixes, or the
   * declared {@code java.util.function} type the lambda is written for ({@code
   * BiConsumer<SparkSession, JavaSparkContext> app = (spark, sc) -> ...}).
   */
  private Optional<SparkKind> lambdaParameterKind(Declarations.Declared d, int depth) {
    if (!(d.node().getParentNode().orElse(null) instanceof LambdaExpr lambda)) {
      return Optional.empty();
    }
    int index = lambda.getParameters().indexOf(d.node());
    if (!(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call)) {
      return FunctionTypes.targetType(lambda)
          .map(FunctionTypes::lambdaParameters)
          .filter(types -> index < types.size())
          .flatMap(types -> kindOfType(types.get(index)));
    }
    Optional<SparkKind> spark = call.getScope().flatMap(scope -> kindOf(scope, depth + 1)).flatMap(
        owner -> SparkClosures.functionParameterKind(owner, call.getNameAsString(), index));
    return spark.isPresent() ? spark : projectKinds.lambdaParameterKind(call, lambda, index);
  }

  private Optional<SparkKind> kindOfFieldAccess(FieldAccessExpr access, int depth) {
    if (access.getScope().isThisExpr()) {
      Optional<Declarations.Declared> declared = Declarations.ofReceiver(access);
      return declared.isPresent() ? kindOfType(declared.get().type())
          : projectKinds.inheritedField(access, access.getNameAsString());
    }
    return FieldReads.typeOf(access.getScope())
        .flatMap(type -> projectKinds.fieldOf(type, access.getNameAsString()));
  }

  private Optional<SparkKind> kindOfCall(MethodCallExpr call, int depth) {
    String method = call.getNameAsString();
    if (call.getScope().isEmpty()) {
      Optional<SparkKind> local = ownMethodReturnKind(call).or(() -> projectKinds.returnKind(call));
      if (local.isPresent()) {
        return local;
      }
      return staticOwnerOf(call).flatMap(owner -> SparkClasses.staticReturnKind(owner, method));
    }
    Expression scope = call.getScope().get();
    Optional<SparkKind> receiver = kindOf(scope, depth + 1);
    if (receiver.isPresent()) {
      return isSubclassMethod(call, receiver.get()) ? projectKinds.returnKind(call)
          : SparkClasses.returnKind(receiver.get(), method);
    }
    return names.staticOwner(scope).flatMap(owner -> SparkClasses.staticReturnKind(owner, method))
        .or(() -> projectKinds.returnKind(call))
        .or(() -> DatasetCollections.elementRead(call).flatMap(Declarations::find)
            .flatMap(d -> DatasetCollections.elementKind(d, this)));
  }

  /**
   * True when {@code call}, made on a receiver of Spark kind {@code receiver}, is a method that a
   * library's or the project's subclass of an RDD or Dataset adds ({@code
   * solrRdd.queryShards(q)}, {@code igniteRdd.sql(text)}, also on the result of a call in a
   * chain through a library class, {@code javaFunctions(sc).riakBucket(..).queryAll()}): Spark's
   * facts give it no result, a model or a method of the analyzed sources does.
   */
  public boolean isSubclassMethod(MethodCallExpr call, SparkKind receiver) {
    Optional<Expression> scope = call.getScope();
    if (scope.isEmpty() || SparkClasses.returnKind(receiver, call.getNameAsString()).isPresent()) {
      return false; // a Spark type's own method
    }
    if (!scope.get().isMethodCallExpr()) {
      Optional<Declarations.Declared> variable = scope.filter(Expression::isNameExpr)
          .flatMap(name -> Declarations.find(name.asNameExpr()));
      if (variable.isEmpty() || sparkClassOf(variable.get().type()).isPresent()) {
        return false; // a receiver of a Spark class, or one that names no class
      }
    }
    return projectKinds.reachesProjectMethod(call);
  }

  private Optional<SparkKind> ownMethodReturnKind(MethodCallExpr call) {
    Optional<TypeDeclaration> type = call.findAncestor(TypeDeclaration.class);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    List<MethodDeclaration> candidates = type.get().getMethodsByName(call.getNameAsString());
    return candidates.stream()
        .filter(m -> m.getParameters().size() == call.getArguments().size())
        .map(m -> kindOfType(m.getType()))
        .filter(Optional::isPresent)
        .map(Optional::get)
        .findFirst();
  }
}
