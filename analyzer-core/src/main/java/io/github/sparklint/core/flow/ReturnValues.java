package io.github.sparklint.core.flow;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.Type;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.FieldValues;
import io.github.sparklint.core.java.MethodNodes;
import io.github.sparklint.core.java.OwnFields;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a method's return values are in driver terms, for its summary: where the rows come from
 * that it collected into the driver collection it returns ({@code List<Row> all() { return
 * table.collectAsList(); }}, also through a local holding them, either branch of a conditional,
 * or another project method whose result it returns), so that {@code sc.broadcast(all())}
 * elsewhere is judged as if the collect were inline; and whether the Dataset it returns is a
 * stream, and a watermarked one.
 */
final class ReturnValues {
  /** How many locals and conditionals one return value is followed through. */
  private static final int MAX_STEPS = 16;
  /** Values looked at for one method: a collection filled from several others fans out. */
  private static final int MAX_VISITS = 64;
  private static final Set<String> VIEWS = Set.of("entrySet", "keySet", "values");

  private final SparkTypes types;
  private final RowBounds rows;
  private final StreamLineage streams;

  /** Values looked at so far for the method being summarized (one file, one thread). */
  private int visits;

  ReturnValues(SparkTypes types, RowBounds rows) {
    this.types = types;
    this.rows = rows;
    this.streams = new StreamLineage(types);
  }

  /** The flow of the collected rows {@code method} returns, or null when it returns none. */
  Flow collected(MethodDeclaration method) {
    if (!mayHoldRows(method.getType()) || types.kindOfType(method.getType()).isPresent()) {
      return null;
    }
    List<Flow> values = new ArrayList<>();
    visits = 0;
    for (Expression value : returned(method)) {
      collected(value, values, MAX_STEPS);
    }
    return values.isEmpty() ? null : Flow.either(values);
  }

  /**
   * Whether the Dataset {@code method} (declared to return {@code returnKind}) returns is a
   * stream: when any of its return values is one, watermarked when every streaming one is.
   */
  StreamState stream(MethodDeclaration method, SparkKind returnKind) {
    if (returnKind != SparkKind.DATASET) {
      return StreamState.NOT_STREAMING;
    }
    StreamLineage.Lineage joined = StreamLineage.Lineage.NOT_STREAMING;
    for (Expression value : returned(method)) {
      joined = joined.combinedWith(streams.of(value));
    }
    return joined.state();
  }

  /**
   * True for the types collected rows come back as: an array ({@code Row[]}) or a generic type
   * ({@code List<Row>}, {@code Map<K, V>}); not {@code void}, primitives, {@code String} and the
   * other plain types most methods return, which are not worth following.
   */
  private static boolean mayHoldRows(Type type) {
    return type.isArrayType() || type.isClassOrInterfaceType()
        && type.asClassOrInterfaceType().getTypeArguments().isPresent();
  }

  /** The values {@code method} itself returns (not its lambdas or inner classes). */
  static List<Expression> returned(MethodDeclaration method) {
    if (method.getBody().isEmpty()) {
      return List.of();
    }
    List<Expression> values = new ArrayList<>();
    for (ReturnStmt ret : MethodNodes.of(method).returns()) {
      if (Summarizer.ownedBy(ret, method) && ret.getExpression().isPresent()) {
        values.add(ret.getExpression().get());
      }
    }
    return values;
  }

  /** Adds the flow of the rows {@code value} holds, when it holds collected rows. */
  private void collected(Expression value, List<Flow> into, int steps) {
    if (steps == 0 || ++visits > MAX_VISITS) {
      return;
    }
    if (value.isEnclosedExpr()) {
      collected(value.asEnclosedExpr().getInner(), into, steps - 1);
    } else if (value.isConditionalExpr()) {
      collected(value.asConditionalExpr().getThenExpr(), into, steps - 1);
      collected(value.asConditionalExpr().getElseExpr(), into, steps - 1);
    } else if (value.isNameExpr()) {
      Optional<Expression> single = Declarations.singleValue(value.asNameExpr());
      if (single.isPresent() && !single.get().isObjectCreationExpr()) {
        collected(single.get(), into, steps - 1);
        return;
      }
      Optional<Declarations.Declared> declared = Declarations.find(value.asNameExpr());
      // A collection made here and filled: from what is poured into it.
      declared.filter(d -> d.isLocal() && DriverCollections.isCollection(d))
          .ifPresent(d -> CollectionFills.sources(d)
              .forEach(source -> collected(source, into, steps - 1)));
      declared.filter(Declarations.Declared::isField)
          .ifPresent(field -> stored(field, into, steps - 1));
    } else if (value.isFieldAccessExpr()) {
      OwnFields.ofThis(value.asFieldAccessExpr())
          .ifPresent(field -> stored(field, into, steps - 1));
    } else if (value.isObjectCreationExpr()
        && value.asObjectCreationExpr().getArguments().size() == 1) {
      // A copy: new HashMap<>(collected).
      collected(value.asObjectCreationExpr().getArgument(0), into, steps - 1);
    } else if (isView(value)) {
      collected(value.asMethodCallExpr().getScope().get(), into, steps - 1);
    } else if (value.isMethodCallExpr()) {
      call(value.asMethodCallExpr()).ifPresent(into::add);
    }
  }

  /**
   * The flow of the collected rows the field {@code field} holds (what a getter of it returns),
   * or null when none of the values the file stores in it is collected rows.
   */
  Flow collectedIn(Declarations.Declared field) {
    List<Flow> values = new ArrayList<>();
    visits = 0;
    stored(field, values, MAX_STEPS);
    return values.isEmpty() ? null : Flow.either(values);
  }

  /** A field: the values the file stores in it ({@link FieldValues}). */
  private void stored(Declarations.Declared field, List<Flow> into, int steps) {
    if (!mayHoldRows(field.type()) || types.kindOfType(field.type()).isPresent()) {
      return;
    }
    for (Expression stored : FieldValues.of(field)) {
      collected(stored, into, steps);
    }
  }

  /** {@code m.entrySet()}, {@code m.keySet()}, {@code m.values()}: as many as {@code m}. */
  private static boolean isView(Expression value) {
    return value instanceof MethodCallExpr call && call.getArguments().isEmpty()
        && call.getScope().isPresent() && VIEWS.contains(call.getNameAsString());
  }

  /** A collecting action's receiver rows, or the collected rows a project method returns. */
  private Optional<Flow> call(MethodCallExpr call) {
    Optional<SparkKind> owner =
        call.getScope().isPresent() ? types.receiverKind(call) : Optional.empty();
    if (owner.isPresent()) {
      return SparkApi.isCollectingAction(owner.get(), call.getNameAsString())
          && call.getArguments().isEmpty()
          ? Optional.of(rows.flowOf(call.getScope().get())) : Optional.empty();
    }
    Flow flow = rows.flowOf(call);
    return flow.op() == Flow.Op.CALL
        ? Optional.of(Flow.collected(flow.site(), flow.inputs())) : Optional.empty();
  }
}
