package io.github.sparklint.core.flow;

import com.github.javaparser.ast.expr.MethodCallExpr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What analyzed calls of project methods pass them, one record per call ({@link
 * FunctionArguments}, {@link RowArguments}), filed by callee, and the callees some call passes
 * nothing in sight: a file records every call of a call site where one of its calls passes
 * something, so a call site of its calls without records passes nothing in sight. Part of the
 * {@link ProjectIndex}; immutable once built.
 *
 * @param <T> the record of one call
 */
final class CallRecords<T> {
  private final Map<String, List<T>> byCallee = new HashMap<>();
  private final Set<String> passingOther = new HashSet<>();

  /**
   * The records of the {@code calls} of one file that may reach a project method ({@code reaches}
   * tells which): for each call site where some call passes something ({@code passes}), the
   * record of every call of that site, made by {@code record}.
   */
  static <T> List<T> ofFile(List<MethodCallExpr> calls, Predicate<MethodCallExpr> reaches,
      BiFunction<MethodCallExpr, CallSite, T> record, Predicate<T> passes) {
    Map<String, Set<T>> bySite = new LinkedHashMap<>();
    Set<String> passing = new LinkedHashSet<>();
    for (MethodCallExpr call : calls) {
      if (call.getArguments().isEmpty() || !reaches.test(call)) {
        continue;
      }
      Optional<CallSite> site = CallSites.of(call);
      if (site.isEmpty()) {
        continue;
      }
      T made = record.apply(call, site.get());
      String key = site.get().key();
      if (passes.test(made)) {
        passing.add(key);
      }
      bySite.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(made);
    }
    List<T> found = new ArrayList<>();
    passing.forEach(key -> found.addAll(bySite.get(key)));
    return found;
  }

  /** The {@code records} of one file by call site key ({@code site} tells a record's). */
  static <T> Map<String, List<T>> bySite(List<T> records, Function<T, CallSite> site) {
    Map<String, List<T>> found = new HashMap<>();
    for (T record : records) {
      found.computeIfAbsent(site.apply(record).key(), k -> new ArrayList<>()).add(record);
    }
    return found;
  }

  /**
   * Files a call site of one file that reaches {@code callee}: with the file's records of that
   * site, or, when it has none (null), as a site passing nothing in sight.
   */
  void add(String callee, List<T> records) {
    if (records == null) {
      passingOther.add(callee);
    } else {
      byCallee.computeIfAbsent(callee, k -> new ArrayList<>()).addAll(records);
    }
  }

  /** The records of the calls of the method with key {@code callee}; empty when none has one. */
  List<T> of(String callee) {
    return byCallee.getOrDefault(callee, List.of());
  }

  /** True when some call of the method with key {@code callee} passes nothing in sight. */
  boolean passesOther(String callee) {
    return passingOther.contains(callee);
  }
}
