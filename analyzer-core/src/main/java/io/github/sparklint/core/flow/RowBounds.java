package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.github.sparklint.core.java.Assignments;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.java.ObjectClasses;
import io.github.sparklint.core.java.Walk;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import io.github.sparklint.core.spark.SparkState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How many rows a Dataset/RDD expression can hold, read from its upstream chain: a {@code limit},
 * a global aggregate, a lookup of one key its rows are unique on ({@link UniqueKeyLookups}), the
 * distinct input file names ({@link InputFileLists}), a bounded SQL text or {@code range}, data
 * parallelized from the driver, a union or join of bounded inputs, or nothing (unbounded). Local
 * variables are followed to their values (the initializer of a single-assignment local, every
 * value of a reassigned one); a
 * parameter of the enclosing method and the value of a project method are kept as symbols in a
 * {@link Flow}, which the {@link FlowEvaluator} resolves through the project index. Rows read back
 * out of fields, collections and arrays are {@link StoredRows}' to name. One instance serves one
 * file on one thread and remembers each expression's flow.
 */
public final class RowBounds {
  /** Stands for a reassigned local inside its own values ({@code ds = ds.filter(...)}). */
  private static final Flow SELF = Flow.known(Bound.driverData(null));

  private final SparkTypes types;
  private final FlowEvaluator evaluator;
  private final FunctionFanOuts functions;
  private final ConstantKeys keys;
  private final LookedUpValues lookups;
  private final UniqueKeyLookups keyLookups;
  private final InputFileLists inputFiles;
  private final ReducedGroups groups;
  private final TempViews views;
  private final StoredRows stored;
  private final Map<Expression, Flow> flows = new IdentityHashMap<>();

  public RowBounds(SparkTypes types) {
    this.types = types;
    this.evaluator = new FlowEvaluator(types.project());
    this.functions = new FunctionFanOuts(types.project());
    this.keys = new ConstantKeys(types);
    this.lookups = new LookedUpValues(types);
    this.keyLookups = new UniqueKeyLookups(types);
    this.inputFiles = new InputFileLists(types);
    this.groups = new ReducedGroups(types, keys);
    this.views = new TempViews(types);
    this.stored = new StoredRows(types, new StoredRows.Follow() {
      @Override
      public Flow rows(Expression value, Walk walk) {
        return of(value, walk);
      }

      @Override
      public Flow argument(Expression argument) {
        return argumentFlow(argument);
      }
    });
  }

  /**
   * These flows with expressions typed by {@code types} (see {@link SparkTypes#seeing}): the flows
   * already worked out are kept.
   */
  public RowBounds seeing(SparkTypes types) {
    RowBounds bounds = new RowBounds(types);
    bounds.flows.putAll(flows);
    return bounds;
  }

  /** The bound on the rows of {@code distributed}, a Dataset or RDD expression. */
  public Bound of(Expression distributed) {
    return evaluator.evaluate(flowOf(distributed));
  }

  /**
   * True when bringing the rows of {@code distributed} to the driver needs no finding at this
   * place: they are few ({@link Bound#isSmall} with {@link SparkApi#SMALL_ROW_COUNT}); the code
   * does not show where they come from ({@link Bound.Kind#UNKNOWN}: an unknown never raises an
   * alarm; a model in {@code sparklint.yaml} can tell); or they are a parameter of a method that
   * project code calls, where each caller's argument is checked instead (the risk sits with the
   * caller that passes a whole table), or of a private method, which only its file's calls fill.
   */
  public boolean fitsOnDriver(Expression distributed) {
    return fitsOnDriver(of(distributed), distributed);
  }

  /** {@link #fitsOnDriver(Expression)} for rows of {@code bound} brought to the driver at {@code at}. */
  public boolean fitsOnDriver(Bound bound, Node at) {
    return bound.isSmall(SparkApi.SMALL_ROW_COUNT) || bound.kind() == Bound.Kind.UNKNOWN
        || bound.kind() == Bound.Kind.PARAMETER && (hasProjectCallers(at) || isPrivate(at));
  }

  /**
   * True when {@code node} is in a private method: only its own file may call it, so with no
   * call in sight nothing fills its parameters (dead code, or a method reference whose caller
   * passes values out of sight).
   */
  private static boolean isPrivate(Node node) {
    return node.findAncestor(MethodDeclaration.class).filter(MethodDeclaration::isPrivate)
        .isPresent();
  }

  /** True when the method enclosing {@code node} is called somewhere in the analyzed sources. */
  public boolean hasProjectCallers(Node node) {
    Optional<MethodDeclaration> method = node.findAncestor(MethodDeclaration.class);
    Optional<TypeDeclaration> type = method.flatMap(m -> m.findAncestor(TypeDeclaration.class));
    return type.isPresent() && types.project().hasCallers(TypeKeys.declared(type.get()) + "#"
        + method.get().getNameAsString() + "/" + method.get().getParameters().size());
  }

  /** Where the rows of {@code distributed} come from, symbolically. */
  public Flow flowOf(Expression distributed) {
    Flow known = flows.get(distributed);
    if (known == null) {
      known = of(distributed, new Walk());
      flows.put(distributed, known);
    }
    return known;
  }

  /** The evaluator this file's flows are resolved with. */
  public FlowEvaluator evaluator() {
    return evaluator;
  }

  private Flow of(Expression e, Walk walk) {
    if (walk.exhausted()) {
      return Flow.UNKNOWN;
    }
    if (e.isEnclosedExpr()) {
      return of(e.asEnclosedExpr().getInner(), walk);
    }
    if (e.isCastExpr()) {
      return of(e.asCastExpr().getExpression(), walk);
    }
    if (e.isNameExpr()) {
      return ofName(e.asNameExpr(), walk);
    }
    if (e.isConditionalExpr()) {
      return Flow.either(List.of(of(e.asConditionalExpr().getThenExpr(), walk),
          of(e.asConditionalExpr().getElseExpr(), walk)));
    }
    if (e.isFieldAccessExpr()) {
      return stored.field(e.asFieldAccessExpr(), walk);
    }
    if (e.isArrayAccessExpr()) {
      return stored.element(e.asArrayAccessExpr(), walk);
    }
    if (!e.isMethodCallExpr()) {
      return Flow.UNKNOWN;
    }
    MethodCallExpr call = e.asMethodCallExpr();
    Optional<SparkKind> owner =
        call.getScope().isPresent() ? types.receiverKind(call) : Optional.empty();
    if (owner.isPresent() && !types.isSubclassMethod(call, owner.get())) {
      return ofCall(call, owner.get(), call.getScope().get(), walk);
    }
    // A receiver of a type the engine cannot see (a SparkSession subclass, a wrapper field):
    // the driver-data sources are still recognized by name.
    if (call.getScope().isPresent() && SparkApi.isDriverDataSourceName(call.getNameAsString())) {
      return driverSource(call, walk);
    }
    return stored.element(call, walk).orElseGet(() -> projectCall(call, walk));
  }

  /** The rows a method of the analyzed sources returns, given what the call passes it. */
  private Flow projectCall(MethodCallExpr call, Walk walk) {
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty() || !types.project().mayResolve(site.get())) {
      return Flow.UNKNOWN;
    }
    List<Flow> arguments = new ArrayList<>();
    // a count argument is read as rows only by a model of a library method (rows at-most N)
    boolean library = !call.getArguments().isEmpty()
        && types.project().methods(site.get()).stream().noneMatch(MethodSummary::inSources);
    for (Expression argument : call.getArguments()) {
      Optional<String> tested = types.project().testsClassOf(site.get(), arguments.size())
          ? ObjectClasses.of(argument) : Optional.empty();
      Flow value = (library ? CountArguments.of(argument, call) : Optional.<Flow>empty())
          .orElseGet(() -> argumentFlow(argument, walk));
      arguments.add(tested.isPresent() ? Flow.object(tested.get(), value) : value);
    }
    return Flow.call(site.get(), arguments);
  }

  /**
   * What a method receives in {@code argument}: rows for a Dataset/RDD, the text of a SQL string
   * (constant, or its {@link SqlSkeleton}), a String parameter of the enclosing method; anything
   * else is no rows and no text (unknown).
   */
  public Flow argumentFlow(Expression argument) {
    return argument.isLambdaExpr() ? Flow.UNKNOWN : argumentFlow(argument, new Walk());
  }

  private Flow argumentFlow(Expression argument, Walk walk) {
    if (types.kindOf(argument).filter(SparkKind::isDistributed).isPresent()) {
      return of(argument, walk);
    }
    if (argument.isNameExpr()) {
      Optional<Flow> collection = stored.collection(argument.asNameExpr(), walk);
      if (collection.isPresent()) {
        return collection.get();
      }
    }
    if (!isText(argument) && walk.enter(argument)) {
      try {
        Optional<Flow> object = stored.object(argument);
        if (object.isPresent()) {
          return object.get();
        }
      } finally {
        walk.leave(argument);
      }
    }
    if (isText(argument)) {
      Optional<Flow> parameter = parameterValue(argument.asNameExpr());
      if (parameter.isPresent()) {
        return parameter.get();
      }
    }
    return queryText(argument).map(Flow::text).orElse(Flow.UNKNOWN);
  }

  /**
   * The SQL text {@code e} holds: a constant or a {@link SqlSkeleton}, or the statement a project
   * method returns ({@code getSelectAllSql(table)}).
   */
  private Optional<String> queryText(Expression e) {
    Optional<String> skeleton = SqlSkeleton.of(e);
    if (skeleton.isPresent() || !e.isMethodCallExpr()) {
      return skeleton;
    }
    Optional<CallSite> site = CallSites.of(e.asMethodCallExpr());
    if (site.isEmpty()) {
      return Optional.empty();
    }
    MethodCallExpr call = e.asMethodCallExpr();
    List<String> texts = types.project().methods(site.get()).stream()
        .map(MethodSummary::returns)
        .map(flow -> flow == null || flow.op() != Flow.Op.TEXT ? null
            : flow.name() != null ? flow.name() : formattedArgument(call, flow.param()))
        .distinct().toList();
    return texts.size() == 1 ? Optional.ofNullable(texts.get(0)) : Optional.empty();
  }

  /** The text of argument {@code param} of {@code call} as the callee formats it, or null. */
  private String formattedArgument(MethodCallExpr call, int param) {
    return param < call.getArguments().size()
        ? queryText(call.getArgument(param)).map(SqlSkeleton::formatted).orElse(null) : null;
  }

  /** True when {@code e} names a variable declared as a {@code String}: it may carry SQL text. */
  private static boolean isText(Expression e) {
    return e.isNameExpr() && Declarations.find(e.asNameExpr())
        .map(d -> SqlSkeleton.isText(d.type())).orElse(false);
  }

  /**
   * A local followed to its values: the initializer of a single-assignment local, the value that
   * certainly reaches this use of a reassigned one, or else every value it is ever given; a
   * method's parameter is a symbol its callers fill in.
   */
  private Flow ofName(NameExpr name, Walk walk) {
    OptionalLong checked = CountGuards.rowsAt(name);
    if (checked.isPresent()) {
      return Flow.known(Bound.bounded(checked, "count()"));
    }
    if (isFilledBySpark(name)) {
      return Flow.UNBOUNDED;
    }
    Optional<Flow> parameter = parameterValue(name);
    if (parameter.isPresent()) {
      return parameter.get();
    }
    Optional<Expression> known =
        Declarations.singleValue(name).or(() -> Assignments.reachingValue(name));
    if (known.isPresent()) {
      return of(known.get(), walk);
    }
    Optional<Assignments.Values> values = Assignments.valuesOf(name);
    if (values.isEmpty()) {
      return stored.namedField(name, walk).or(() -> stored.iterated(name, walk))
          .orElseGet(() -> unassigned(name));
    }
    Node declaration = values.get().declaration();
    if (!walk.enter(declaration)) {
      return SELF;
    }
    try {
      List<Flow> options = new ArrayList<>();
      for (Expression value : values.get().values()) {
        if (value.isNullLiteralExpr()) {
          continue; // `x = null` until a branch gives it rows: no rows of its own
        }
        Flow flow = of(value, walk);
        if (flow.isKnown() && !flow.bound().isBounded()) {
          return flow;
        }
        if (flow != SELF) {
          options.add(flow);
        }
      }
      return options.isEmpty() ? Flow.UNKNOWN : Flow.either(options);
    } finally {
      walk.leave(declaration);
    }
  }

  /**
   * A name the file gives no value: a lambda parameter that Spark fills (the batch of {@code
   * foreachBatch}, the RDD of {@code foreachRDD}) holds unbounded rows; one that a project method
   * fills holds what that method's file hands to such functions; a field or a lambda parameter
   * filled by other code is out of sight.
   */
  private Flow unassigned(NameExpr name) {
    Optional<Expression> matched = Declarations.find(name)
        .filter(d -> d.node() instanceof com.github.javaparser.ast.expr.TypePatternExpr)
        .flatMap(d -> matchedBy(d.node()));
    if (matched.isPresent()) {
      return of(matched.get(), new Walk());
    }
    Optional<MethodCallExpr> receiving = Declarations.find(name)
        .filter(d -> d.kind() == Declarations.Kind.LAMBDA_PARAMETER)
        .flatMap(d -> d.node().getParentNode())
        .flatMap(Node::getParentNode)
        .filter(MethodCallExpr.class::isInstance)
        .map(MethodCallExpr.class::cast);
    if (receiving.isEmpty()) {
      return Flow.UNKNOWN;
    }
    MethodCallExpr call = receiving.get();
    if (call.getScope().isPresent() && types.receiverKind(call).isPresent()) {
      return Flow.UNBOUNDED;
    }
    return Flow.handed(CallSites.receivingLambda(call),
        call.getArguments().stream().map(this::argumentFlow).toList());
  }

  /**
   * True for a parameter of a method of an anonymous class handed to a Spark method ({@code
   * foreachRDD(new VoidFunction<JavaRDD<T>>() { public void call(JavaRDD<T> rdd) {..} })}): Spark
   * fills it, as it fills the same lambda's parameter ({@link #unassigned}).
   */
  private boolean isFilledBySpark(NameExpr name) {
    return Declarations.find(name)
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER)
        .flatMap(d -> d.node().getParentNode())
        .filter(com.github.javaparser.ast.body.MethodDeclaration.class::isInstance)
        .flatMap(Node::getParentNode)
        .filter(o -> o instanceof com.github.javaparser.ast.expr.ObjectCreationExpr created
            && created.getAnonymousClassBody().isPresent())
        .flatMap(Node::getParentNode)
        .filter(c -> c instanceof MethodCallExpr call && call.getScope().isPresent()
            && types.receiverKind(call).isPresent())
        .isPresent();
  }

  /**
   * What a pattern binding with no value of its own (a record component, a {@code case} label)
   * was taken out of: the tested expression or the switch selector, whose origin it shares.
   */
  private static Optional<Expression> matchedBy(Node pattern) {
    for (Node n = pattern.getParentNode().orElse(null); n != null;
        n = n.getParentNode().orElse(null)) {
      if (n instanceof com.github.javaparser.ast.expr.InstanceOfExpr test) {
        return Optional.of(test.getExpression());
      }
      if (n instanceof com.github.javaparser.ast.expr.SwitchExpr sw) {
        return Optional.of(sw.getSelector());
      }
      if (n instanceof com.github.javaparser.ast.stmt.SwitchStmt sw) {
        return Optional.of(sw.getSelector());
      }
      if (n instanceof com.github.javaparser.ast.stmt.Statement) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The value of the parameter {@code name} refers to: what its callers pass, or what JUnit gives a
   * parameterized test ({@link TestArguments}).
   */
  private static Optional<Flow> parameterValue(NameExpr name) {
    return parameter(name).map(param -> Declarations.find(name)
        .flatMap(d -> TestArguments.valueOf((Parameter) d.node())).orElse(param));
  }

  /** The parameter of a method or constructor (not of a lambda) that {@code name} refers to. */
  static Optional<Flow> parameter(NameExpr name) {
    return Declarations.find(name)
        .filter(d -> d.kind() == Declarations.Kind.PARAMETER)
        .flatMap(d -> d.node().getParentNode()
            .filter(CallableDeclaration.class::isInstance)
            .map(c -> Flow.param(((CallableDeclaration<?>) c).getParameters()
                .indexOf((Parameter) d.node()), d.name())));
  }

  private Flow ofCall(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    String method = call.getNameAsString();
    if (SparkApi.isRowLimit(owner, method) && call.getArguments().size() == 1) {
      return bounded(toOptional(Constants.longValue(call.getArgument(0))), method);
    }
    if (SparkApi.isGlobalAggregate(owner, method)) {
      return AggregateSelects.growsWithInput(call) ? Flow.UNBOUNDED
          : bounded(OptionalLong.of(1), method);
    }
    if (SparkApi.isFixedSizeResult(owner, method) || SparkApi.isMetadataListing(owner, method)) {
      return bounded(OptionalLong.empty(), method);
    }
    if (AggregateSelects.isAggregateOnlySelect(call, owner)) {
      return bounded(OptionalLong.of(1), method);
    }
    if (SparkApi.isSqlQuery(owner, method) && !call.getArguments().isEmpty()) {
      Expression text = call.getArgument(0);
      Expression template = SqlSkeleton.template(text);
      Optional<Flow> parameter =
          template.isNameExpr() ? parameterValue(template.asNameExpr()) : Optional.empty();
      if (parameter.isPresent()) {
        return Flow.sql(parameter.get());
      }
      Optional<String> skeleton = queryText(text);
      if (skeleton.isEmpty()) {
        return Flow.UNKNOWN;
      }
      SqlBound rows = SqlBound.of(skeleton.get(), method);
      return rows.readsTables() ? views.rowsOf(call, skeleton.get(),
          view -> viewRows(view, walk)).orElse(Flow.UNBOUNDED) : Flow.known(rows.bound());
    }
    if (SparkState.isTableRead(owner, method) && namesSmallMetadataTable(call)) {
      return bounded(OptionalLong.empty(), method);
    }
    OptionalLong keyed = SparkState.isTableRead(owner, method)
        ? KeyedReads.keyCount(call) : OptionalLong.empty();
    if (keyed.isPresent()) {
      return bounded(keyed, null); // no limit(n) call: no large-take message names one
    }
    if (SparkApi.isRange(owner, method)) {
      return rangeBound(call);
    }
    if (SparkApi.isDriverDataSource(owner, method)) {
      return driverSource(call, walk);
    }
    Optional<Expression> parsed = parsedArgument(call, owner);
    if (parsed.isPresent()) {
      return of(parsed.get(), walk);
    }
    Optional<Bound> reduced = groups.rows(call, owner);
    if (reduced.isPresent()) {
      return Flow.known(reduced.get());
    }
    if (keyLookups.atMostOneRow(call, owner)) {
      return bounded(OptionalLong.of(1), null); // no limit(n) call: no large-take message names one
    }
    if (inputFiles.listsInputFiles(call, owner)) {
      return bounded(OptionalLong.empty(), method);
    }
    if (SparkApi.isRowPreserving(owner, method)) {
      return of(scope, walk);
    }
    if (SparkApi.isPerKey(owner, method)) {
      // a few constant keys: one row each, unless an aggregate keeps every value (collect_list)
      OptionalInt keyCount = keys.keyCount(call);
      if (keyCount.isPresent() && !AggregateSelects.growsWithInput(call)) {
        return bounded(OptionalLong.of(keyCount.getAsInt()), method);
      }
      // elements looked up in a driver-side map: no more entries than that map
      return lookups.fromDriverMap(call) ? Flow.known(Bound.driverData(method)) : of(scope, walk);
    }
    if (SparkApi.isUnion(owner, method) || SparkApi.isJoin(owner, method)) {
      return combined(call, owner, scope, walk);
    }
    return ofFunctionStep(call, owner, scope, walk);
  }

  /** The rows of {@code view}, a Dataset registered as a view; unknown for a view defined by itself. */
  private Flow viewRows(Expression view, Walk walk) {
    if (!walk.enter(view)) {
      return Flow.UNKNOWN;
    }
    try {
      return of(view, walk);
    } finally {
      walk.leave(view);
    }
  }

  /**
   * The Dataset or RDD whose rows {@code call} returns as they are ({@code
   * spark.read().json(jsonLines)}: a reader parsing strings it is given reads no file).
   */
  private Optional<Expression> parsedArgument(MethodCallExpr call, SparkKind owner) {
    OptionalInt index = SparkApi.rowsOfArgument(owner, call.getNameAsString());
    return index.isPresent() && index.getAsInt() < call.getArguments().size()
        ? Optional.of(call.getArgument(index.getAsInt()))
            .filter(a -> types.kindOf(a).filter(SparkKind::isDistributed).isPresent())
        : Optional.empty();
  }

  /** A union (bounded by the sum of its inputs) or a join (by the product of its sides). */
  private Flow combined(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    List<Flow> inputs = new ArrayList<>();
    inputs.add(of(scope, walk));
    for (Expression argument : call.getArguments()) {
      if (types.kindOf(argument).filter(SparkKind::isDistributed).isPresent()) {
        inputs.add(of(argument, walk));
      }
    }
    if (inputs.size() < 2) {
      return Flow.UNBOUNDED;
    }
    String method = call.getNameAsString();
    boolean union = SparkApi.isUnion(owner, method);
    return Flow.combined(union ? Flow.Op.SUM : Flow.Op.PRODUCT, method, inputs);
  }

  /**
   * A step that calls its function once per row ({@code flatMap}) or per partition ({@code
   * mapPartitions}): as many rows as its input when the function makes its output from its input
   * ({@link FanOut#INPUT}; one row per input row, or per partition, when it emits at most one);
   * unbounded once the input is known when the function reads outside data, loops large or is
   * out of sight. Any other step of a Dataset/RDD grows the same way; a source (a reader, the
   * session) makes its rows from a table or file.
   */
  private Flow ofFunctionStep(
      MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    String method = call.getNameAsString();
    boolean perPartition = SparkApi.isPerPartitionTransform(owner, method);
    FanOut fanOut = (perPartition || SparkApi.isPerRowFlattening(owner, method))
        && !call.getArguments().isEmpty() ? functions.of(call.getArgument(0)) : FanOut.UNKNOWN;
    if (fanOut == FanOut.ONE && perPartition) {
      return bounded(OptionalLong.empty(), method);
    }
    if (fanOut.boundedByInput()) {
      return of(scope, walk);
    }
    boolean transformation = (owner.isDistributed() || owner == SparkKind.GROUPED
        || owner == SparkKind.KEY_VALUE_GROUPED) && !isTypeName(scope);
    return transformation ? Flow.grown(method, of(scope, walk)) : Flow.UNBOUNDED;
  }

  /**
   * True when {@code scope} names a class, not a variable: {@code Dataset.ofRows(spark, plan)} is
   * a static factory that makes new rows (from a table, a plan), not a step of an existing one.
   */
  private static boolean isTypeName(Expression scope) {
    return scope.isNameExpr() && Character.isUpperCase(scope.asNameExpr().getNameAsString().charAt(0))
        && Declarations.find(scope.asNameExpr()).isEmpty();
  }

  /**
   * {@code parallelize(list)} or {@code createDataFrame(rows, schema)} hold driver data, but
   * {@code createDataFrame(rdd, schema)} is as large as the RDD it wraps.
   */
  private Flow driverSource(MethodCallExpr call, Walk walk) {
    if (call.getArguments().isEmpty()) {
      return Flow.UNBOUNDED;
    }
    Expression source = call.getArgument(0);
    if (types.kindOf(source).filter(SparkKind::isDistributed).isPresent()) {
      return of(source, walk);
    }
    return Flow.known(Bound.driverData(call.getNameAsString()));
  }

  /** {@code spark.table("db.t.snapshots")}: a history table, small like its SQL read. */
  private static boolean namesSmallMetadataTable(MethodCallExpr call) {
    return call.getArguments().size() == 1 && Constants.stringValue(call.getArgument(0))
        .filter(SqlRows::isSmallMetadataTable).isPresent();
  }

  private static Flow rangeBound(MethodCallExpr call) {
    int n = call.getArguments().size();
    String method = call.getNameAsString();
    if (n == 1) {
      return bounded(toOptional(Constants.longValue(call.getArgument(0))), method);
    }
    if (n >= 2) {
      Optional<Long> start = Constants.longValue(call.getArgument(0));
      Optional<Long> end = Constants.longValue(call.getArgument(1));
      if (start.isPresent() && end.isPresent()) {
        return bounded(OptionalLong.of(Math.max(0, end.get() - start.get())), method);
      }
    }
    return bounded(OptionalLong.empty(), method);
  }

  private static Flow bounded(OptionalLong rows, String method) {
    return Flow.known(Bound.bounded(rows, method));
  }

  private static OptionalLong toOptional(Optional<Long> value) {
    return value.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
