package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.github.sparklint.core.java.Constants;
import io.github.sparklint.core.java.Declarations;
import io.github.sparklint.core.java.LoopTrips;
import io.github.sparklint.core.java.SourceLocations;
import io.github.sparklint.core.spark.DataSources;
import io.github.sparklint.core.spark.SparkApi;
import io.github.sparklint.core.spark.SparkKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Judges from the code how big a driver-side collection is: large when it is filled from an
 * unbounded {@code collect()}, a file read, a long literal or a big constant-size array (directly
 * or through another such collection); small when it is a short literal or a new collection
 * filled from nothing large; unknown otherwise (a parameter, a field set elsewhere).
 */
public final class CollectionSizes {
  private static final int MAX_DEPTH = 3;
  private static final Set<String> LITERAL_FACTORIES =
      Set.of("of", "asList", "ofEntries", "newArrayList", "newHashSet", "newLinkedHashSet");

  /**
   * What the code says about a collection's size.
   *
   * @param kind large, small or unknown
   * @param evidence for a large one, where it is filled from, e.g. {@code `collectAsMap()` (line 9)}
   * @param collected for a large one filled from the rows of a collect that nothing bounds
   *     (directly or through another collection), the bound of those rows; else null
   */
  public record Size(Kind kind, String evidence, Bound collected) {
    static final Size SMALL = new Size(Kind.SMALL, "", null);
    static final Size UNKNOWN = new Size(Kind.UNKNOWN, "", null);

    public boolean isLarge() {
      return kind == Kind.LARGE;
    }

    public boolean isUnknown() {
      return kind == Kind.UNKNOWN;
    }
  }

  /** The size classes. */
  public enum Kind {
    LARGE,
    SMALL,
    UNKNOWN
  }

  private final SparkTypes types;
  private final RowBounds bounds;
  private final long minElements;

  /** @param minElements element count from which a literal or constant-size array is large */
  public CollectionSizes(RowBounds bounds, SparkTypes types, long minElements) {
    this.types = types;
    this.bounds = bounds;
    this.minElements = minElements;
  }

  /** The size of the collection {@code declared} holds. */
  public Size of(Declarations.Declared declared) {
    return of(declared, 0);
  }

  /** The size of {@code value}, a collecting call or a driver collection; else unknown. */
  public Size ofValue(Expression value) {
    return ofSource(value, 0);
  }

  /**
   * The size of a copy made in place ({@code new HashSet<>(names)}, {@code new
   * TreeSet<>(rdd.collect())}): its one argument's, when that is a driver collection or a
   * collecting call; unknown for anything else (a capacity, a comparator).
   */
  public Size ofCopy(ObjectCreationExpr copy) {
    return copy.getArguments().size() == 1 ? ofSource(copy.getArgument(0), 0) : Size.UNKNOWN;
  }

  /**
   * The size of what a project method returns when it copies one of its collection parameters
   * ({@code toHashMap(probes)}, {@link MethodSummary#copies}): the size of the argument given there,
   * when every method the call may reach copies that same position; unknown otherwise.
   */
  public Size ofHelperCopy(MethodCallExpr call) {
    return helperCopyEvidence(call, 0).orElse(Size.UNKNOWN);
  }

  /**
   * The size of {@code source}, a collecting call or a driver collection (also one whose type is
   * inferred, Lombok's {@code val probes = rdd.collectAsMap()}); else unknown.
   */
  private Size ofSource(Expression source, int depth) {
    if (source.isMethodCallExpr()) {
      return callEvidence(source.asMethodCallExpr(), depth).orElse(Size.UNKNOWN);
    }
    Optional<Declarations.Declared> declared = source.isNameExpr() && depth < MAX_DEPTH
        ? Declarations.find(source.asNameExpr()).filter(d -> DriverCollections.isCollection(d)
            || Declarations.isInferred(d.type()) && d.initializer().isPresent())
        : Optional.empty();
    Size size = declared.map(d -> of(d, depth + 1)).orElse(Size.UNKNOWN);
    return size.isLarge() ? new Size(Kind.LARGE,
        "`" + source + "`, itself filled from " + size.evidence(), size.collected()) : Size.UNKNOWN;
  }

  private Optional<Size> helperCopyEvidence(MethodCallExpr call, int depth) {
    Optional<CallSite> site = CallSites.of(call);
    if (site.isEmpty() || depth >= MAX_DEPTH) {
      return Optional.empty();
    }
    Set<Integer> copied = new HashSet<>(types.project().copiedParameters(site.get()));
    int param = copied.size() != 1 ? -1 : copied.iterator().next();
    if (param < 0 || param >= call.getArguments().size()) {
      return Optional.empty();
    }
    Size size = ofSource(call.getArgument(param), depth + 1);
    return size.isLarge() ? Optional.of(new Size(Kind.LARGE, "`" + call.getNameAsString()
        + "(...)`, a copy of " + size.evidence(), size.collected())) : Optional.empty();
  }

  private Size of(Declarations.Declared declared, int depth) {
    Optional<Size> looped = loopEvidence(declared);
    if (looped.isPresent()) {
      return looped.get();
    }
    List<Expression> sources = CollectionFills.sources(declared);
    for (Expression source : sources) {
      Optional<Size> large = largeEvidence(source, declared, depth);
      if (large.isPresent()) {
        return large.get();
      }
    }
    Optional<Expression> init = declared.initializer();
    boolean known = init.filter(i -> i.isObjectCreationExpr() || i.isArrayCreationExpr()
        || i.isArrayInitializerExpr() || isLiteralFactory(i)).isPresent();
    return known && sources.size() == 1 + CollectionFills.fills(declared).size() ? Size.SMALL : Size.UNKNOWN;
  }

  /**
   * A fill the counted loops around it run more often than a driver comfortably holds ({@link
   * SparkApi#SMALL_ROW_COUNT}, the line between a small bound and a merely finite one).
   */
  private static Optional<Size> loopEvidence(Declarations.Declared declared) {
    for (MethodCallExpr call : CollectionFills.fillCalls(declared)) {
      OptionalLong trips = LoopTrips.around(call);
      if (trips.isPresent() && trips.getAsLong() > SparkApi.SMALL_ROW_COUNT) {
        return Optional.of(large("a loop of " + String.format("%,d", trips.getAsLong())
            + " iterations (line " + SourceLocations.line(call) + ")"));
      }
    }
    return Optional.empty();
  }

  private Optional<Size> largeEvidence(Expression source, Declarations.Declared self,
      int depth) {
    for (MethodCallExpr call : source.findAll(MethodCallExpr.class)) {
      Optional<Size> evidence = callEvidence(call, depth);
      if (evidence.isPresent()) {
        return evidence;
      }
    }
    Optional<Size> array = arrayEvidence(source).map(CollectionSizes::large);
    if (array.isPresent() || depth >= MAX_DEPTH) {
      return array;
    }
    for (NameExpr name : source.findAll(NameExpr.class)) {
      Optional<Declarations.Declared> other = Declarations.find(name)
          .filter(d -> d.node() != self.node() && DriverCollections.isCollection(d));
      if (other.isPresent()) {
        Size size = of(other.get(), depth + 1);
        if (size.isLarge()) {
          return Optional.of(new Size(Kind.LARGE,
              "`" + name + "`, itself filled from " + size.evidence(), size.collected()));
        }
      }
    }
    return Optional.empty();
  }

  private static Size large(String evidence) {
    return new Size(Kind.LARGE, evidence, null);
  }

  private Optional<Size> callEvidence(MethodCallExpr call, int depth) {
    String method = call.getNameAsString();
    String where = " (line " + SourceLocations.line(call) + ")";
    if (SparkApi.isCollectingActionName(method) && call.getScope().isPresent()) {
      Optional<SparkKind> owner = types.receiverKind(call);
      Bound rows = owner.filter(k -> SparkApi.isCollectingAction(k, method)).isPresent()
          ? bounds.of(call.getScope().get()) : null;
      if (rows != null && !rows.isBounded()) {
        return Optional.of(new Size(Kind.LARGE, "`" + method + "()`" + where, rows));
      }
    }
    Optional<Bound> merged = MergedCollections.of(call, types, bounds)
        .filter(rows -> !rows.isBounded());
    if (merged.isPresent()) {
      return Optional.of(new Size(Kind.LARGE, "`" + method + "(...)`, merged from every element's"
          + " collection" + where, merged.get()));
    }
    if (call.getScope()
        .filter(s -> DataSources.readsAll(lastName(s.toString()), method)).isPresent()) {
      return Optional.of(large(
          "a file read `" + call.getScope().get() + "." + method + "(...)`" + where));
    }
    OptionalLong range = rangeSize(call);
    if (range.isPresent() && range.getAsLong() > SparkApi.SMALL_ROW_COUNT) {
      return Optional.of(large("a range of " + String.format("%,d", range.getAsLong())
          + " numbers" + where));
    }
    if (isLiteralFactory(call) && elements(call) >= minElements) {
      return Optional.of(large("a literal of " + elements(call) + " elements" + where));
    }
    Optional<Size> copy = helperCopyEvidence(call, depth);
    return copy.isPresent() ? copy : helperCollectEvidence(call);
  }

  /**
   * A project method that returns the rows it collects ({@code buildIndex(rdd)} returning {@code
   * rdd.collectAsMap()}, {@link FlowEvaluator#collectedBy}), when nothing bounds them. Rows of a
   * parameter of the enclosing method are left to its callers (quiet here, as the labeled samples'
   * pass-through convention has it).
   */
  private Optional<Size> helperCollectEvidence(MethodCallExpr call) {
    if (call.getScope().isPresent() && types.receiverKind(call).isPresent()) {
      return Optional.empty();
    }
    return bounds.evaluator().collectedBy(bounds.flowOf(call))
        .filter(rows -> rows.kind() == Bound.Kind.UNBOUNDED)
        .map(rows -> new Size(Kind.LARGE, "the rows `" + call.getNameAsString()
            + "(...)` collects (line " + SourceLocations.line(call) + ")", rows));
  }

  private Optional<String> arrayEvidence(Expression source) {
    for (ArrayInitializerExpr init : source.findAll(ArrayInitializerExpr.class)) {
      if (init.getValues().size() >= minElements) {
        return Optional.of("an array literal of " + init.getValues().size() + " elements (line "
            + SourceLocations.line(init) + ")");
      }
    }
    for (ArrayCreationExpr creation : source.findAll(ArrayCreationExpr.class)) {
      long cells = 1;
      for (var level : creation.getLevels()) {
        Optional<Long> dim = level.getDimension().flatMap(Constants::longValue);
        cells = dim.isPresent() ? cells * Math.max(dim.get(), 0) : 0;
      }
      if (cells >= minElements) {
        return Optional.of("an array of " + cells + " elements (line "
            + SourceLocations.line(creation) + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * The count of {@code IntStream.range(a, b)} and the other counting calls of the data-source
   * facts ({@link DataSources#counts}), when constants give it.
   */
  private static OptionalLong rangeSize(MethodCallExpr call) {
    String method = call.getNameAsString();
    if (call.getArguments().size() != 2 || call.getScope()
        .filter(s -> DataSources.counts(lastName(s.toString()), method)).isEmpty()) {
      return OptionalLong.empty();
    }
    Optional<Long> from = Constants.longValue(call.getArgument(0));
    Optional<Long> to = Constants.longValue(call.getArgument(1));
    if (from.isEmpty() || to.isEmpty()) {
      return OptionalLong.empty();
    }
    long size = to.get() - from.get() + (method.equals("rangeClosed") ? 1 : 0);
    return OptionalLong.of(Math.max(size, 0));
  }

  private static boolean isLiteralFactory(Expression e) {
    return e instanceof MethodCallExpr call && LITERAL_FACTORIES.contains(call.getNameAsString())
        && call.getScope().isPresent();
  }

  private static long elements(MethodCallExpr call) {
    boolean pairs = call.getNameAsString().equals("of")
        && call.getScope().filter(s -> lastName(s.toString()).endsWith("Map")).isPresent();
    return pairs ? call.getArguments().size() / 2 : call.getArguments().size();
  }

  private static String lastName(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }
}
