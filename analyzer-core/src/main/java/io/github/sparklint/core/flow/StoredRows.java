package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FileNodes;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.java.Walk;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The rows an expression reads back out of where code stored them rather than makes by a chain of
 * calls: a field (of this type, inherited, or of another object: {@link FieldReads}, resolved
 * through the index by {@link FieldRows}), an element of a local {@code Map}/{@code List} or array
 * of Datasets ({@link DatasetCollections}: a {@code randomSplit} part), and the object an argument
 * carries (a parameter's, or one made in sight). It answers only for such reads; the values it
 * names (a field's initializer, what was put in a collection) are followed by {@link RowBounds},
 * through {@link Follow}. One instance serves one file on one thread, with its {@link RowBounds}.
 */
final class StoredRows {
  /** How {@link RowBounds} follows the values a stored-rows read names. */
  interface Follow {
    /** The flow of the rows of {@code value}, within {@code walk}. */
    Flow rows(Expression value, Walk walk);

    /** What a method receives in {@code argument} ({@link RowBounds#argumentFlow}). */
    Flow argument(Expression argument);
  }

  private final SparkTypes types;
  private final Follow follow;
  /** The fields of local holders whose stored values are being followed ({@link #held}). */
  private final Set<String> filling = new HashSet<>();

  StoredRows(SparkTypes types, Follow follow) {
    this.types = types;
    this.follow = follow;
  }

  /** The rows of a field read {@code this.rows}, {@code rdd.rawSpatialRDD}, {@code Holder.DATA}. */
  Flow field(FieldAccessExpr access, Walk walk) {
    return Declarations.ofReceiver(access).map(field -> declaredField(field, walk))
        .orElseGet(() -> fieldOf(access, walk));
  }

  /**
   * The rows of a name with no value in its method, when it is a field: one declared in sight,
   * or one of a Dataset/RDD type the file does not declare (inherited from a superclass in another
   * file); empty for any other name.
   */
  Optional<Flow> namedField(NameExpr name, Walk walk) {
    Optional<Declarations.Declared> declared = Declarations.find(name);
    if (declared.filter(Declarations.Declared::isField).isPresent()) {
      return Optional.of(declaredField(declared.get(), walk));
    }
    return declared.isEmpty() && types.kindOf(name).filter(SparkKind::isDistributed).isPresent()
        ? Optional.of(Flow.field(CallSites.enclosingTypes(name), name.getNameAsString(),
            Flow.UNKNOWN))
        : Optional.empty();
  }

  /** The rows of an element of an array of Datasets ({@code splits[0]} of a {@code randomSplit}). */
  Flow element(ArrayAccessExpr access, Walk walk) {
    return DatasetCollections.elementsUnassigned(access)
        ? follow.rows(access.getName(), walk) : Flow.UNKNOWN;
  }

  /**
   * The rows of an element {@code call} reads from a collection of Datasets, if it reads one: at
   * most the rows a count check above it allows ({@link CountGuards}); from the collection a
   * project method returns ({@code runner.go().get("signals")}), that method's.
   */
  Optional<Flow> element(MethodCallExpr call, Walk walk) {
    Optional<Flow> returned = DatasetCollections.returnedElementRead(call)
        .map(scope -> follow.rows(scope, walk)).filter(flow -> flow.op() == Flow.Op.CALL);
    if (returned.isPresent()) {
      return returned;
    }
    Optional<Flow> held = DatasetCollections.elementRead(call).flatMap(collection ->
        collection(collection, DatasetCollections.constantKey(call), walk));
    OptionalLong checked = held.isPresent() ? CountGuards.rowsAt(call) : OptionalLong.empty();
    return checked.isPresent()
        ? Optional.of(Flow.known(Bound.bounded(checked, "count()"))) : held;
  }

  /**
   * The rows of the variable of a for-each loop over a collection of Datasets or RDDs ({@code
   * for (Dataset<Row> part : parts)}): the rows that collection holds ({@link #collection});
   * empty for any other name.
   */
  Optional<Flow> iterated(NameExpr name, Walk walk) {
    return Declarations.find(name).map(Declarations.Declared::node)
        .flatMap(Node::getParentNode).flatMap(Node::getParentNode)
        .filter(ForEachStmt.class::isInstance).map(ForEachStmt.class::cast)
        .filter(loop -> loop.getVariable().getVariables().size() == 1
            && loop.getVariable().getVariable(0) == Declarations.find(name).get().node())
        .map(ForEachStmt::getIterable).filter(Expression::isNameExpr)
        .flatMap(iterable -> collection(iterable.asNameExpr(), walk));
  }

  /**
   * The rows in the Datasets or RDDs a collection named by {@code name} holds ({@link
   * DatasetCollections}): a parameter's come from the callers' collections; a local's are what
   * was stored in it, unknown when it may hold anything else; empty when {@code name} is no
   * collection of Datasets or RDDs.
   */
  Optional<Flow> collection(NameExpr name, Walk walk) {
    return collection(name, Optional.empty(), walk);
  }

  /** Like {@link #collection(NameExpr, Walk)}, for a read under the constant {@code key}. */
  private Optional<Flow> collection(NameExpr name, Optional<String> key, Walk walk) {
    Optional<Declarations.Declared> declared = Declarations.find(name)
        .filter(d -> DatasetCollections.elementKind(d, types).isPresent());
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    Optional<Flow> parameter = ParameterFlows.of(name);
    if (parameter.isPresent()) {
      return parameter;
    }
    Optional<List<Expression>> values = DatasetCollections.storedValues(declared.get(), key);
    if (values.isEmpty() || values.get().isEmpty() || !walk.enter(declared.get().node())) {
      return Optional.of(Flow.UNKNOWN);
    }
    try {
      return Optional.of(
          Flow.either(values.get().stream().map(v -> follow.rows(v, walk)).toList()));
    } finally {
      walk.leave(declared.get().node());
    }
  }

  /**
   * The object {@code e} holds when the file shows where it comes from: a parameter of the
   * enclosing method (its callers' objects), or an allocation ({@link FieldReads#allocation}).
   */
  Optional<Flow> object(Expression e) {
    Optional<Flow> parameter = e.isNameExpr() ? ParameterFlows.of(e.asNameExpr())
        : Optional.empty();
    return parameter.map(p -> Flow.objectParam(p.param(), p.name()))
        .or(() -> FieldReads.allocation(e).map(this::constructed));
  }

  /**
   * The call of a project method whose result {@code e} is ({@code partitioner.partition(graph)},
   * also through a local holding it), as a flow with the call's argument flows, for a read of a
   * field of that result ({@link FieldRows}); empty for anything else.
   */
  private Optional<Flow> returned(Expression e) {
    Optional<Expression> value = e.isNameExpr() ? Declarations.singleValue(e.asNameExpr())
        : Optional.of(e);
    return value.filter(Expression::isMethodCallExpr).map(Expression::asMethodCallExpr)
        .filter(call -> types.kindOf(call).isEmpty())
        .flatMap(this::callFlow);
  }

  /** The call of a project method {@code call} makes, with its argument flows. */
  private Optional<Flow> callFlow(MethodCallExpr call) {
    return CallSites.of(call).map(site -> Flow.call(site,
        call.getArguments().stream().map(follow::argument).toList()));
  }

  /**
   * The rows of a field of a type in this file: every value the type gives it (its initializer,
   * assignments in constructors, set-up methods and lambdas); unknown when it gives none.
   */
  private Flow declaredField(Declarations.Declared field, Walk walk) {
    Optional<TypeDeclaration> type = field.node().findAncestor(TypeDeclaration.class);
    if (type.isPresent() && field.node().getParentNode().flatMap(Node::getParentNode)
        .filter(declaring -> declaring == type.get()).isPresent()) {
      return Flow.field(List.of(TypeKeys.declared(type.get())), field.name(), Flow.UNKNOWN);
    }
    if (type.isEmpty() || !walk.enter(field.node())) {
      return Flow.UNKNOWN;
    }
    try {
      List<Flow> options = new ArrayList<>();
      field.initializer().ifPresent(value -> options.add(follow.rows(value, walk)));
      for (AssignExpr assign : FileNodes.assignmentsIn(type.get())) {
        Expression target = assign.getTarget();
        Optional<Declarations.Declared> assigned = target.isNameExpr()
            ? Declarations.find(target.asNameExpr()) : Declarations.ofReceiver(target);
        if (assigned.isPresent() && assigned.get().node() == field.node()) {
          options.add(follow.rows(assign.getValue(), walk));
        }
      }
      return options.isEmpty() ? Flow.UNKNOWN : Flow.either(options);
    } finally {
      walk.leave(field.node());
    }
  }

  /**
   * A field of an object of a named type ({@code rdd.rawSpatialRDD}, {@code this.rows} inherited
   * from a superclass in another file): what the analyzed sources store in it, read from the
   * constructor of the object when it is made in sight ({@link FieldRows}).
   */
  private Flow fieldOf(FieldAccessExpr access, Walk walk) {
    Expression scope = access.getScope();
    if (scope.isThisExpr()) {
      return Flow.field(CallSites.enclosingTypes(access), access.getNameAsString(), Flow.UNKNOWN);
    }
    if (scope.isMethodCallExpr()) {
      return returned(scope).map(call -> Flow.field(List.of(), access.getNameAsString(), call))
          .orElse(Flow.UNKNOWN);
    }
    Optional<String> type = FieldReads.typeOf(scope);
    if (type.isEmpty()) {
      return Flow.UNKNOWN;
    }
    Flow object = object(scope).or(() -> returned(scope)).orElse(Flow.UNKNOWN);
    return Flow.field(List.of(type.get()), access.getNameAsString(),
        object.op() == Flow.Op.NEW && object.site() != null
            ? LocalHolders.of(access).map(holder -> held(holder, access, object, walk))
                .orElse(object)
            : object);
  }

  /**
   * The object {@code made}, a local holder whose field {@code access} reads ({@link
   * LocalHolders}), with what its method stores in that field; inside one of those values, a
   * read of the same field of the same holder names the holder with no values, which {@link
   * FieldRows} reads as the field itself.
   */
  private Flow held(LocalHolders.Holder holder, FieldAccessExpr access, Flow made, Walk walk) {
    String filled = holder.identity() + "#" + access.getNameAsString();
    if (!filling.add(filled)) {
      return Flow.held(holder.identity(), made, List.of(), List.of(), List.of());
    }
    try {
      return Flow.held(holder.identity(), made,
          holder.stored().stream().map(value -> follow.rows(value, walk)).toList(),
          calls(holder.calledOn()), calls(holder.givenTo()));
    } finally {
      filling.remove(filled);
    }
  }

  /** The project calls among {@code calls}, with their argument flows. */
  private List<Flow> calls(List<MethodCallExpr> calls) {
    return calls.stream().flatMap(call -> callFlow(call).stream()).toList();
  }

  /** The object {@code new Owner(..)} makes, with its argument flows. */
  private Flow constructed(ObjectCreationExpr created) {
    return Flow.constructed(TypeKeys.written(created, created.getType().getNameWithScope()),
        created.getArguments().stream().map(follow::argument).toList());
  }
}
