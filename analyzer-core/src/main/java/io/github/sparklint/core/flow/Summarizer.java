package io.github.sparklint.core.flow;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.FunctionTypes;
import io.github.sparklint.core.java.GeneratedAccessors;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.java.Supertypes;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Works out the {@link FileSummary} of one parsed file: for every type its superclass and Spark
 * fields, for every method the Spark kind it returns, where the rows it returns come from and
 * which parameters it collects, and the calls the file makes that may reach a project method.
 */
public final class Summarizer {
  private final SparkTypes types;
  private final RowBounds rows;
  private final ReturnValues returnValues;
  private final ReturnedCollections returnedCollections;
  private final DriverConfs confs;
  private final FieldWrites fieldWrites;
  private final CollectedParameters collected;

  /** @param rows the file's row bounds (whose types and project view are used too) */
  public Summarizer(RowBounds rows, SparkTypes types) {
    this.types = types;
    this.rows = rows;
    this.returnValues = new ReturnValues(types, rows);
    this.returnedCollections = new ReturnedCollections(types, rows);
    this.confs = new DriverConfs(types);
    this.fieldWrites = new FieldWrites(types, rows);
    this.collected = new CollectedParameters(types, rows);
  }

  /** The summary of {@code cu}, reported under the name {@code file}. */
  public FileSummary summarize(String file, CompilationUnit cu) {
    List<TypeSummary> typeSummaries = new ArrayList<>();
    List<MethodSummary> methods = new ArrayList<>();
    for (TypeDeclaration<?> type : FileNodes.of(cu).declarations()) {
      String owner = TypeKeys.declared(type);
      typeSummaries.add(typeSummary(owner, type));
      for (BodyDeclaration<?> member : type.getMembers()) {
        if (member instanceof MethodDeclaration method) {
          methods.add(methodSummary(file, owner, method));
        }
      }
      for (GeneratedAccessors.Accessor accessor : GeneratedAccessors.of(type)) {
        accessorSummary(file, owner, accessor).ifPresent(methods::add);
      }
    }
    Map<String, CallSite> calls = new LinkedHashMap<>();
    for (MethodCallExpr call : FileNodes.of(cu).calls()) {
      // Callers are asked about for methods whose parameters hold rows, and for methods that
      // collect a field their object is given (UncalledFieldReads), which may take no argument.
      if (collected.mayReachProject(call)) {
        CallSites.of(call).ifPresent(site -> calls.putIfAbsent(site.key(), site));
      }
    }
    return new FileSummary(typeSummaries, methods, List.copyOf(calls.values()),
        fieldWrites.of(cu),
        FunctionParameters.of(FileNodes.of(cu).calls(), collected::mayReachProject),
        PassedRows.of(file, FileNodes.of(cu).calls(), collected::mayReachProject, types, rows));
  }

  /**
   * The rows {@code method} hands to functions taking a Dataset or RDD: the arguments of {@code
   * f.accept(..)} / {@code f.apply(..)} where {@code f} is declared as such a function ({@code
   * Consumer<Dataset<Row>>}, {@code BiConsumer<String, Dataset<Row>>}), in its body or lambdas.
   */
  private List<Flow> handed(MethodDeclaration method) {
    List<Flow> flows = new ArrayList<>();
    for (MethodCallExpr call : MethodNodes.of(method).calls()) {
      if (!FunctionTypes.isInvocation(call.getNameAsString()) || call.getScope().isEmpty()) {
        continue;
      }
      Optional<Declarations.Declared> function = Declarations.ofReceiver(call.getScope().get());
      if (function.isEmpty()) {
        continue;
      }
      List<com.github.javaparser.ast.type.Type> parameters =
          FunctionTypes.lambdaParameters(function.get().type());
      for (int i = 0; i < parameters.size() && i < call.getArguments().size(); i++) {
        if (types.kindOfType(parameters.get(i)).filter(SparkKind::isDistributed).isPresent()) {
          Flow flow = rows.flowOf(call.getArgument(i));
          if (!flows.contains(flow)) {
            flows.add(flow);
          }
        }
      }
    }
    return flows;
  }

  private TypeSummary typeSummary(String owner, TypeDeclaration<?> type) {
    Map<String, SparkKind> fields = new HashMap<>();
    Map<String, String> texts = new HashMap<>();
    boolean constants = type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator variable : field.getVariables()) {
        types.kindOfType(variable.getType()).ifPresent(k -> fields.put(variable.getNameAsString(), k));
        if ((constants || field.isFinal()) && SqlSkeleton.isText(variable.getType())) {
          variable.getInitializer().flatMap(SqlSkeleton::of)
              .ifPresent(text -> texts.put(variable.getNameAsString(), text));
        }
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        types.kindOfType(component.getType())
            .ifPresent(k -> fields.put(component.getNameAsString(), k));
      }
    }
    return new TypeSummary(owner, Supertypes.superclass(type),
        Supertypes.interfaces(type), fields,
        type instanceof EnumDeclaration declared ? declared.getEntries().size() : -1,
        extendedKind(type), texts);
  }

  /** The Dataset or RDD kind of the Spark class a class extends ({@code extends JavaRDD<T>}), or null. */
  private SparkKind extendedKind(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration declared && !declared.isInterface()
        ? declared.getExtendedTypes().getFirst().flatMap(types::kindOfType)
            .filter(SparkKind::isDistributed).orElse(null)
        : null;
  }

  private MethodSummary methodSummary(String file, String owner, MethodDeclaration method) {
    SparkKind returnKind = types.kindOfType(method.getType()).orElse(null);
    Flow returns = null;
    if (returnKind != null && returnKind.isDistributed() && method.getBody().isPresent()) {
      List<Flow> values = new ArrayList<>();
      for (ReturnStmt ret : MethodNodes.of(method).returns()) {
        if (ownedBy(ret, method) && ret.getExpression().isPresent()) {
          values.add(rows.flowOf(ret.getExpression().get()));
        }
      }
      returns = values.isEmpty() ? null : Flow.either(values);
    } else if (returnKind == null) {
      returns = returnedCollections.elements(method);
      returns = returns != null ? returns : queryText(method);
    }
    return new MethodSummary(owner, method.getNameAsString(), method.getParameters().size(), file,
        SourceLocations.line(method.getName()), returnKind, returns, collected.of(method),
        lambdaParams(method), handed(method), returnValues.collected(method),
        returnValues.stream(method, returnKind), confs.inertParameters(method),
        BroadcastParameters.of(method, types), chainedClass(method),
        FunctionBodies.of(method), CallArguments.isVarargs(method),
        ParameterCopies.copiedParameter(method), DrainedParameters.of(method, types.project()),
        MethodNodes.isStub(method));
  }

  /**
   * The simple name of the class {@code method} declares it returns, when a model of a method of
   * that name returns a library class ({@link MethodSummary#returnType}): a library's own source of
   * a modelled method ({@code javaFunctions(sc)} returning {@code SparkContextJavaFunctions}), so a
   * chain on its result finds that class's methods; null otherwise.
   */
  private String chainedClass(MethodDeclaration method) {
    return method.getType() instanceof ClassOrInterfaceType declared
        && types.project().modelReturnsClass(method.getNameAsString())
        ? declared.getNameAsString() : null;
  }

  /**
   * The summary of a getter the type has without declaring it (a record component's, Lombok's),
   * like that of {@code T getRows() { return rows; }}, when its field is of a Spark kind or holds
   * collected rows.
   */
  private Optional<MethodSummary> accessorSummary(String file, String owner,
      GeneratedAccessors.Accessor accessor) {
    if (types.kindOfType(accessor.type()).isEmpty()) {
      return collectedAccessor(file, owner, accessor);
    }
    return types.kindOfType(accessor.type()).map(kind -> new MethodSummary(owner, accessor.name(),
        0, file, SourceLocations.line(accessor.declaration()), kind,
        kind.isDistributed() ? Flow.field(List.of(owner), accessor.field(), Flow.UNKNOWN) : null,
        List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null,
        new FunctionBody(FanOut.INPUT, false, List.of(), List.of()), false, -1, List.of(),
        false));
  }

  /**
   * The summary of a generated getter of a field that holds collected rows ({@code @Getter
   * private Map<String, Row> byId;} assigned {@code rows.collectAsMap()}), as a written getter's
   * would say: {@code sc.broadcast(task.getById())} elsewhere is judged as if the collect were
   * inline. Empty for any other field.
   */
  private Optional<MethodSummary> collectedAccessor(String file, String owner,
      GeneratedAccessors.Accessor accessor) {
    Flow held = accessor.declaration().findAncestor(TypeDeclaration.class)
        .flatMap(type -> Declarations.field(type, accessor.field()))
        .map(returnValues::collectedIn).orElse(null);
    return held == null ? Optional.empty() : Optional.of(new MethodSummary(owner,
        accessor.name(), 0, file, SourceLocations.line(accessor.declaration()), null, null,
        List.of(), List.of(), List.of(), held, null, List.of(), List.of(), null,
        new FunctionBody(FanOut.INPUT, false, List.of(), List.of()), false, -1, List.of(),
        false));
  }

  /**
   * The SQL statement a {@code String} method returns ({@code return String.format("SELECT * FROM
   * %s", table);}), as a text flow with its parameters as placeholders; null for any other method,
   * or when its returns differ.
   */
  private static Flow queryText(MethodDeclaration method) {
    if (!SqlSkeleton.isText(method.getType()) || method.getBody().isEmpty()) {
      return null;
    }
    String text = null;
    Integer formats = null;
    for (ReturnStmt ret : MethodNodes.of(method).returns()) {
      if (!ownedBy(ret, method) || ret.getExpression().isEmpty()) {
        continue;
      }
      Expression value = ret.getExpression().get();
      Optional<String> skeleton = SqlSkeleton.of(value);
      if (skeleton.isPresent() && SqlRows.isStatement(skeleton.get()) && formats == null
          && (text == null || text.equals(skeleton.get()))) {
        text = skeleton.get();
        continue;
      }
      OptionalInt parameter = SqlSkeleton.formattedParameter(value, method);
      if (parameter.isEmpty() || text != null
          || formats != null && formats != parameter.getAsInt()) {
        return null;
      }
      formats = parameter.getAsInt();
    }
    return text != null ? Flow.text(text) : formats != null ? Flow.formattedText(formats) : null;
  }

  /** For each function-typed parameter, the Spark kinds its lambdas receive. */
  private List<List<SparkKind>> lambdaParams(MethodDeclaration method) {
    List<List<SparkKind>> all = new ArrayList<>();
    boolean any = false;
    for (Parameter parameter : method.getParameters()) {
      List<SparkKind> kinds = new ArrayList<>();
      for (com.github.javaparser.ast.type.Type type
          : FunctionTypes.lambdaParameters(parameter.getType())) {
        SparkKind kind = types.kindOfType(type).orElse(null);
        kinds.add(kind);
        any |= kind != null;
      }
      all.add(kinds);
    }
    return any ? all : List.of();
  }

  /** True when {@code node} belongs to {@code method} itself, not to a lambda or inner class. */
  static boolean ownedBy(Node node, MethodDeclaration method) {
    Optional<Node> owner = node.findAncestor(Node.class, n -> n instanceof MethodDeclaration
        || n instanceof LambdaExpr
        || n instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent());
    return owner.isPresent() && owner.get() == method;
  }
}
