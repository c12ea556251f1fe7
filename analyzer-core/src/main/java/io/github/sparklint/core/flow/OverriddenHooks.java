package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.sparklint.core.Confidence;
import io.github.sparklint.core.java.Supertypes;
import io.github.sparklint.core.java.TypeKeys;
import io.github.sparklint.core.spark.SparkApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A method no analyzed code calls by its own class that overrides a project method which is
 * called: a hook the superclass runs on the rows it holds ({@code writeAll() { ...;
 * saveToHPS(documents); }}), replaced in a subclass or a test's fake by one that collects them
 * ({@code @Override void saveToHPS(JavaRDD<Doc> docs) { saved = docs.collect(); }}). The calls of
 * the overridden method are the override's calls too, so its parameter holds what they pass
 * ({@link PassedRows}), read as an object of the override's class runs them: the superclass's
 * calls on its own class reach the override's methods first.
 */
public final class OverriddenHooks {
  private final ProjectView view;

  public OverriddenHooks(ProjectView view) {
    this.view = view;
  }

  /** What the calls of an overridden hook pass the parameter an override collects. */
  public enum Passed {
    /** Every call passes rows few enough to hold on the driver: nothing to report. */
    SMALL,
    /** Some call passes rows nothing bounds (named by the {@link Hook#note()}). */
    UNBOUNDED,
    /** No call passes unbounded rows, and some passes rows the code does not show. */
    OUT_OF_SIGHT
  }

  /**
   * The rows of the parameter of an override that the calls of the hook it overrides fill.
   *
   * @param passed what those calls pass, joined
   * @param note for a finding: {@code "; the rows are those of the parameter `docs`, which
   *     `Writer.writeAll()` (Writer.java:84) fills ..."}
   * @param rows for {@link Passed#UNBOUNDED}, the rows of the call named, through it
   */
  public record Hook(Passed passed, String note, Bound rows) {
    /** How sure a finding about these rows is: high when a call passes unbounded rows. */
    public Confidence confidence() {
      return passed == Passed.UNBOUNDED ? Confidence.HIGH : Confidence.MEDIUM;
    }

    /** The rows to report: those of the call named, or else {@code parameter}'s own. */
    public Bound rowsOr(Bound parameter) {
      return passed == Passed.UNBOUNDED ? rows : parameter;
    }
  }

  /**
   * {@link #rows} of the parameter whose rows {@code bound} are, when it is one of a method no
   * analyzed call reaches by its own name ({@link Bound#uncalledParameter}); empty otherwise.
   */
  public Optional<Hook> rows(Node at, Bound bound, FlowEvaluator evaluator) {
    return bound.uncalledParameter().flatMap(parameter -> rows(at, parameter, evaluator));
  }

  /**
   * The rows of {@code parameter}, a parameter of the method enclosing {@code at}, when that
   * method overrides a called method of a project supertype: the join of what the calls of that
   * method pass there ({@link PassedRows}), their flows resolved by {@code evaluator}, the calls
   * made by the supertype's own code looked up first in the override's class; empty otherwise.
   */
  public Optional<Hook> rows(Node at, String parameter, FlowEvaluator evaluator) {
    Optional<MethodDeclaration> method = at.findAncestor(MethodDeclaration.class);
    if (method.isEmpty() || method.get().isStatic() || method.get().isPrivate()) {
      return Optional.empty();
    }
    String name = method.get().getNameAsString();
    int arity = method.get().getParameters().size();
    int position = IntStream.range(0, arity)
        .filter(i -> method.get().getParameter(i).getNameAsString().equals(parameter))
        .findFirst().orElse(-1);
    Optional<String> own = method.get().getParentNode()
        .filter(TypeDeclaration.class::isInstance).map(t -> TypeKeys.declared((TypeDeclaration<?>) t));
    for (String supertype : Supertypes.ofDeclaring(method.get())) {
      List<MethodSummary> called =
          view.calledMethods(new CallSite(List.of(supertype), name, arity));
      if (!called.isEmpty()) {
        return Optional.of(joined(called, parameter, position, own, evaluator));
      }
    }
    return Optional.empty();
  }

  private Hook joined(List<MethodSummary> called, String parameter, int position,
      Optional<String> own, FlowEvaluator evaluator) {
    boolean outOfSight = position < 0;
    for (MethodSummary hook : called) {
      RowArguments.Calls calls = PassedRows.passedTo(view, hook.key());
      outOfSight |= calls.othersOutOfSight() || calls.recorded().isEmpty();
      for (RowArguments call : calls.recorded()) {
        Flow flow = position < 0 ? null : call.at(position);
        Bound rows = flow == null ? Bound.UNKNOWN : evaluator.evaluate(
            own.map(type -> dispatched(flow, call.owner(), type, 0)).orElse(flow));
        if (rows.isSmall(SparkApi.SMALL_ROW_COUNT)) {
          continue;
        }
        if (rows.kind() == Bound.Kind.UNKNOWN || rows.kind() == Bound.Kind.PARAMETER
            || rows.confidence() != Confidence.HIGH) {
          outOfSight = true;
          continue;
        }
        return new Hook(Passed.UNBOUNDED, "; the rows are those of the parameter `" + parameter
            + "`, which " + call.call().describe() + " fills with rows nothing bounds, through "
            + hook.via().describe() + " it overrides" + rows.sourceNote(), rows.through(call.call()));
      }
    }
    return new Hook(outOfSight ? Passed.OUT_OF_SIGHT : Passed.SMALL, "; the rows are those of the"
        + " parameter `" + parameter + "`, which the calls of " + called.get(0).via().describe()
        + " it overrides fill", Bound.UNKNOWN);
  }

  /** How many inherited methods deep {@link #dispatched} follows the calls a flow makes. */
  private static final int DISPATCH_DEPTH = 3;

  /**
   * {@code flow}, made in the code of the class {@code caller}, as an object of its subclass
   * {@code own} runs it: the methods it calls on its own class are looked up in {@code own} first
   * ({@code writeAll() { saveToHPS(read()); }} in a fake that overrides {@code read()} too), and
   * so are those an inherited method it calls makes, a few methods deep ({@code join(read())}
   * calling an overridden {@code statistics()}).
   */
  private Flow dispatched(Flow flow, String caller, String own, int depth) {
    CallSite site = flow.site();
    boolean virtual = flow.op() == Flow.Op.CALL || flow.op() == Flow.Op.COLLECTED
        || flow.op() == Flow.Op.HANDED;
    if (virtual && site != null && !site.owners().isEmpty()
        && site.owners().get(0).equals(caller)) {
      List<String> owners = new ArrayList<>();
      owners.add(own);
      owners.addAll(site.owners());
      site = new CallSite(owners, site.name(), site.arity());
    }
    List<Flow> inputs = flow.inputs().stream()
        .map(input -> dispatched(input, caller, own, depth)).toList();
    Flow rewritten = inputs.equals(flow.inputs()) && site == flow.site() ? flow
        : new Flow(flow.op(), flow.bound(), flow.param(), flow.name(), site, inputs);
    return flow.op() == Flow.Op.CALL && site != flow.site() && depth < DISPATCH_DEPTH
        ? inherited(rewritten, own, depth).orElse(rewritten) : rewritten;
  }

  /**
   * The rows {@code call}, a call on the class {@code own} inherits from, returns when a method
   * that one calls on its own class is overridden in {@code own}: its return flow with the call's
   * arguments, read as {@code own} runs it; empty when nothing in it is overridden.
   */
  private Optional<Flow> inherited(Flow call, String own, int depth) {
    List<MethodSummary> callees = view.methods(call.site());
    if (callees.size() != 1 || callees.get(0).owner().equals(own)
        || callees.get(0).returns() == null) {
      return Optional.empty();
    }
    MethodSummary callee = callees.get(0);
    Flow returned = dispatched(callee.returns(), callee.owner(), own, depth + 1);
    return returned.equals(callee.returns()) ? Optional.empty()
        : Optional.of(Flow.substitute(returned, CallArguments.fill(callee, call.inputs())));
  }
}
