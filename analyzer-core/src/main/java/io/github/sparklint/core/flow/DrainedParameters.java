package io.github.sparklint.core.flow;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.github.sparklint.core.java.SourceLocations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The iterator parameters a method copies every element of into a driver collection ({@link
 * MethodSummary#drains}), and, at a call, where the iterator it is given ends up drained: {@code
 * writeJson(out, dataset.toLocalIterator(), schema)} where {@code writeJson} adds each row to a
 * list before writing the list out. A method that writes each element out as it comes, takes a
 * counted number of them or flushes its collection per batch drains nothing ({@link
 * IteratorDrains}). A method that passes the iterator on drains it when the method it is passed to
 * does, through as many calls as the flow layer's budget follows; a library method that copies it
 * ({@code Lists.newArrayList(it)}) is a {@code drains} row of the built-in models.
 */
public final class DrainedParameters {
  /** The parameter types whose values may be a {@code toLocalIterator()} (by simple name). */
  private static final Set<String> ITERATOR_TYPES = Set.of("Iterator", "ListIterator");

  /** How many project methods deep a drain is followed from a call. */
  private static final int MAX_DEPTH = 12;

  private DrainedParameters() {}

  /** The drains of {@code method}'s iterator parameters; {@code project} answers its calls. */
  static List<MethodSummary.Drain> of(MethodDeclaration method, ProjectView project) {
    if (method.getBody().isEmpty()) {
      return List.of();
    }
    List<MethodSummary.Drain> drains = new ArrayList<>();
    for (int p = 0; p < method.getParameters().size(); p++) {
      Parameter parameter = method.getParameter(p);
      if (!isIterator(parameter)) {
        continue;
      }
      Optional<IteratorDrains.Drain> own =
          IteratorDrains.ofVariable(method, parameter.getNameAsString(), project);
      if (own.isPresent()) {
        drains.add(new MethodSummary.Drain(p, own.get().line(), null, -1));
        continue;
      }
      passedOn(method, parameter.getNameAsString(), p, project).ifPresent(drains::add);
    }
    return drains;
  }

  /** A call in {@code method} that passes parameter {@code name} to a project method draining it. */
  private static Optional<MethodSummary.Drain> passedOn(
      MethodDeclaration method, String name, int param, ProjectView project) {
    for (NameExpr use : method.findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
      Optional<Argument> argument = argumentOf(use);
      if (argument.isEmpty()) {
        continue;
      }
      CallSite site = argument.get().site();
      boolean drains = project.drainingMethods(site).stream()
          .anyMatch(callee -> drainsParameter(callee, argument.get().position()));
      if (drains || argument.get().call().getScope().isEmpty()) {
        return Optional.of(new MethodSummary.Drain(param,
            SourceLocations.line(argument.get().call().getName()), site,
            argument.get().position()));
      }
    }
    return Optional.empty();
  }

  /** A call passing {@code value} as one of its arguments to a method that may be a project one. */
  public record Argument(MethodCallExpr call, CallSite site, int position) {}

  /** The call {@code value} is an argument of, when that call may reach a project method. */
  public static Optional<Argument> argumentOf(Expression value) {
    Optional<Node> parent = value.getParentNode();
    if (parent.isEmpty() || !(parent.get() instanceof MethodCallExpr call)
        || !CallSites.mayNameOwner(call)) {
      return Optional.empty();
    }
    int position = -1;
    for (int i = 0; i < call.getArguments().size(); i++) {
      if (call.getArgument(i) == value) {
        position = i;
      }
    }
    if (position < 0) {
      return Optional.empty();
    }
    int at = position;
    return CallSites.of(call).map(site -> new Argument(call, site, at));
  }

  /**
   * Where the project method that {@code argument} reaches drains the iterator it is given there,
   * itself or through further calls: the draining method and line, for the related location.
   */
  public static Optional<Bound.Via> drainOf(Argument argument, ProjectView project) {
    return drainOf(argument.site(), argument.position(), project, 0, new HashSet<>());
  }

  private static Optional<Bound.Via> drainOf(CallSite site, int position, ProjectView project,
      int depth, Set<String> seen) {
    if (depth >= MAX_DEPTH) {
      return Optional.empty();
    }
    for (MethodSummary callee : project.drainingMethods(site)) {
      if (!seen.add(callee.key() + ":" + position)) {
        continue;
      }
      for (MethodSummary.Drain drain : callee.drains()) {
        if (drain.param() != position) {
          continue;
        }
        Bound.Via here = new Bound.Via(callee.owner() + "." + callee.name(), callee.file(),
            drain.line());
        Optional<Bound.Via> found = drain.via() == null
            ? Optional.of(here)
            : drainOf(drain.via(), drain.viaArg(), project, depth + 1, seen);
        if (found.isPresent()) {
          // a project method copying the iterator with a library call (Lists.newArrayList(it))
          // is named with its own line, not the built-in model it calls
          return found.get().isBuiltIn() && !here.isBuiltIn() ? Optional.of(here) : found;
        }
      }
    }
    return Optional.empty();
  }

  private static boolean drainsParameter(MethodSummary callee, int position) {
    return callee.drains().stream().anyMatch(d -> d.param() == position);
  }

  private static boolean isIterator(Parameter parameter) {
    return parameter.getType() instanceof ClassOrInterfaceType type
        && ITERATOR_TYPES.contains(type.getNameAsString());
  }
}
