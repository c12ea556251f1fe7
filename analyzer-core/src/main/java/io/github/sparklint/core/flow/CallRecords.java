package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
