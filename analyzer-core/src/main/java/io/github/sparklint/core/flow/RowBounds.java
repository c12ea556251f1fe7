package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.java.ObjectClasses;
import io.github.sparklint.core.java.Walk;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * How many rows a Dataset/RDD expression can hold, read from its upstream chain: what a call
 * states by itself ({@link StatedRows}: a {@code limit}, a global aggregate, a {@code range}), a
 * lookup of one key its rows are unique on ({@link UniqueKeyLookups}), the distinct input file
 * names ({@link InputFileLists}), a bounded SQL text ({@link QueryTexts}), data parallelized from
 * the driver, a union, join or function step of bounded inputs ({@link StepRows}), the Dataset
 * or RDD a call or constructor wraps as it is ({@link WrappedRows}), or nothing (unbounded).
 * Names are followed to their values ({@link NameRows}); a parameter of the enclosing method
 * ({@link ParameterFlows}) and the value of a project method are kept as symbols in a {@link
 * Flow}, which the {@link FlowEvaluator} resolves through the project index. Rows read back out
 * of fields, collections and arrays are {@link StoredRows}' to name. One instance serves one file
 * on one thread and remembers each expression's flow.
 */
public final class RowBounds {
  private final SparkTypes types;
  private final FlowEvaluator evaluator;
  private final ConstantKeys keys;
  private final LookedUpValues lookups;
  private final UniqueKeyLookups keyLookups;
  private final InputFileLists inputFiles;
  private final ReducedGroups groups;
  private final TempViews views;
  private final StoredRows stored;
  private final NameRows names;
  private final QueryTexts queries;
  private final StepRows steps;
  private final FrameworkParameters frameworks;
  private final Map<Expression, Flow> flows = new IdentityHashMap<>();

  public RowBounds(SparkTypes types) {
    this.types = types;
    this.evaluator = new FlowEvaluator(types.project());
    this.keys = new ConstantKeys(types);
    this.lookups = new LookedUpValues(types);
    this.keyLookups = new UniqueKeyLookups(types, this);
    this.inputFiles = new InputFileLists(types);
    this.groups = new ReducedGroups(types, keys);
    this.views = new TempViews(types);
    StoredRows.Follow follow = new StoredRows.Follow() {
      @Override
      public Flow rows(Expression value, Walk walk) {
        return of(value, walk);
      }

      @Override
      public Flow argument(Expression argument) {
        return argumentFlow(argument);
      }
    };
    this.stored = new StoredRows(types, follow);
    this.names = new NameRows(types, stored, follow);
    this.queries = new QueryTexts(types.project());
    this.steps = new StepRows(types, follow);
    this.frameworks = new FrameworkParameters(types.project());
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
    return handed(evaluator.evaluate(flowOf(distributed)), distributed);
  }

  /**
   * {@code bound}, found at {@code at}, or the rows a framework hands to its parameter when it is
   * the rows of a parameter no analyzed call fills ({@link FrameworkParameters}).
   */
  public Bound handed(Bound bound, Node at) {
    Optional<String> parameter = bound.uncalledParameter();
    return parameter.isEmpty() || hasProjectCallers(at) ? bound
        : frameworks.rows(at, parameter.get()).orElse(bound);
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
        || isJudgedAtCalls(bound, at);
  }

  /**
   * True when {@code bound} is the rows of a parameter of the method enclosing {@code at} that
   * calls in the analyzed sources fill (or only its own file's, for a private method): rules judge
   * each call's argument instead.
   */
  public boolean isJudgedAtCalls(Bound bound, Node at) {
    return bound.kind() == Bound.Kind.PARAMETER && (hasProjectCallers(at) || isPrivate(at));
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
      return names.of(e.asNameExpr(), walk);
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
    if (e.isObjectCreationExpr()) {
      return WrappedRows.ofConstructor(e.asObjectCreationExpr(), types)
          .map(wrapped -> of(wrapped, walk)).orElse(Flow.UNKNOWN);
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
    if (!QueryTexts.isText(argument) && walk.enter(argument)) {
      try {
        Optional<Flow> object = stored.object(argument);
        if (object.isPresent()) {
          return object.get();
        }
      } finally {
        walk.leave(argument);
      }
    }
    if (QueryTexts.isText(argument)) {
      Optional<Flow> parameter = ParameterFlows.valueOf(argument.asNameExpr());
      if (parameter.isPresent()) {
        return parameter.get();
      }
    }
    return queries.of(argument).map(Flow::text).orElse(Flow.UNKNOWN);
  }

  private Flow ofCall(MethodCallExpr call, SparkKind owner, Expression scope, Walk walk) {
    String method = call.getNameAsString();
    Optional<Flow> stated = StatedRows.of(call, owner);
    if (stated.isPresent()) {
      return stated.get();
    }
    if (SparkApi.isSqlQuery(owner, method) && !call.getArguments().isEmpty()) {
      Expression text = call.getArgument(0);
      Expression template = SqlSkeleton.template(text);
      Optional<Flow> parameter = template.isNameExpr()
          ? ParameterFlows.valueOf(template.asNameExpr()) : Optional.empty();
      if (parameter.isPresent()) {
        return Flow.sql(parameter.get());
      }
      Optional<String> skeleton = queries.of(text);
      if (skeleton.isEmpty()) {
        return Flow.UNKNOWN;
      }
      SqlBound rows = SqlBound.of(skeleton.get(), method);
      return rows.readsTables() ? rows.narrowed(views.rowsOf(call, skeleton.get(),
          view -> viewRows(view, walk)).orElse(Flow.UNBOUNDED)) : Flow.known(rows.bound());
    }
    Optional<Flow> read = StatedRows.ofRead(call, owner);
    if (read.isPresent()) {
      return read.get();
    }
    if (SparkApi.isDriverDataSource(owner, method)) {
      return driverSource(call, walk);
    }
    Optional<Expression> parsed = WrappedRows.ofCall(call, owner, types);
    if (parsed.isPresent()) {
      return of(parsed.get(), walk);
    }
    Optional<Bound> reduced = groups.rows(call, owner);
    if (reduced.isPresent()) {
      return Flow.known(reduced.get());
    }
    Optional<Flow> lookup = keyLookups.rows(call, owner, () -> of(scope, walk));
    if (lookup.isPresent()) {
      return lookup.get();
    }
    if (inputFiles.listsInputFiles(call, owner)) {
      return StatedRows.bounded(OptionalLong.empty(), method);
    }
    if (SparkApi.isRowPreserving(owner, method)) {
      return of(scope, walk);
    }
    if (SparkApi.isPerKey(owner, method)) {
      // a few constant keys: one row each, unless an aggregate keeps every value (collect_list)
      OptionalInt keyCount = keys.keyCount(call);
      if (keyCount.isPresent() && !AggregateSelects.growsWithInput(call)) {
        return StatedRows.bounded(OptionalLong.of(keyCount.getAsInt()), method);
      }
      // elements looked up in a driver-side map: no more entries than that map
      return lookups.fromDriverMap(call) ? Flow.known(Bound.driverData(method)) : of(scope, walk);
    }
    if (SparkApi.isUnion(owner, method) || SparkApi.isJoin(owner, method)) {
      return steps.combined(call, owner, scope, walk);
    }
    return steps.functionStep(call, owner, scope, walk);
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
}
