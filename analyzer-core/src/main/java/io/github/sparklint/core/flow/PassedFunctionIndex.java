package io.github.sparklint.core.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functions every analyzed call of a project method passes it ({@link FunctionArguments}),
 * filed by callee ({@link CallRecords}). Part of the {@link ProjectIndex}; immutable once built.
 */
final class PassedFunctionIndex {
  private final CallRecords<FunctionArguments> records = new CallRecords<>();

  /** The records of one file, by call site key. */
  static Map<String, List<FunctionArguments>> bySite(FileSummary file) {
    return CallRecords.bySite(file.passed(), FunctionArguments::site);
  }

  /**
   * Files a call site of one file that reaches {@code callee}: with the file's records of that
   * site, or, when it has none, as a site passing no function in sight.
   */
  void add(String callee, List<FunctionArguments> found) {
    records.add(callee, found);
  }

  /**
   * The functions every call of the method with key {@code callee} passes at {@code position};
   * empty when some call passes none in sight there, or no call is recorded.
   */
  Optional<List<FunctionRef>> passedTo(String callee, int position) {
    List<FunctionArguments> calls = records.of(callee);
    if (calls.isEmpty() || records.passesOther(callee)) {
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
