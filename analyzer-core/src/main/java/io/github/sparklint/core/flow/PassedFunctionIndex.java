package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The functions every analyzed call of a project method passes it ({@link FunctionArguments}),
 * filed by callee, and the callees some call passes no function in sight. Part of the {@link
 * ProjectIndex}; immutable once built.
 */
final class PassedFunctionIndex {
  private final Map<String, List<FunctionArguments>> byCallee = new HashMap<>();
  private final Set<String> passingOther = new HashSet<>();

  /** The records of one file, by call site key. */
  static Map<String, List<FunctionArguments>> bySite(FileSummary file) {
    Map<String, List<FunctionArguments>> found = new HashMap<>();
    for (FunctionArguments call : file.passed()) {
      found.computeIfAbsent(call.site().key(), k -> new ArrayList<>()).add(call);
    }
    return found;
  }

  /**
   * Files a call site of one file that reaches {@code callee}: with the file's records of that
   * site, or, when it has none, as a site passing no function in sight.
   */
  void add(String callee, List<FunctionArguments> records) {
    if (records == null) {
      passingOther.add(callee);
    } else {
      byCallee.computeIfAbsent(callee, k -> new ArrayList<>()).addAll(records);
    }
  }

  /**
   * The functions every call of the method with key {@code callee} passes at {@code position};
   * empty when some call passes none in sight there, or no call is recorded.
   */
  Optional<List<FunctionRef>> passedTo(String callee, int position) {
    List<FunctionArguments> calls = byCallee.get(callee);
    if (calls == null || passingOther.contains(callee)) {
      return Optional.empty();
    }
    List<FunctionRef> found = new ArrayList<>();
    for (FunctionArguments call : calls) {
      List<FunctionRef> passed = call.at(position);
      if (passed == null) {
        return Optional.empty();
      }
      passed.stream().filter(f -> !found.contains(f)).forEach(found::add);
    }
    return Optional.of(found);
  }
}
