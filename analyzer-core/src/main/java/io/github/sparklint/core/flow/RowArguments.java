package io.github.sparklint.core.flow;

import java.util.List;

/**
 * The Dataset and RDD arguments one call of a project method passes, as the caller's file sees
 * them ({@link PassedRows}): what a parameter of the callee holds for that call. A file records
 * such calls for each call site where one of its calls passes rows, and then every call of that
 * site, the others with nothing passed: a call site in the file's calls without a record passes
 * no rows in sight.
 *
 * @param site the call site
 * @param owner the key of the type whose code makes the call ({@link
 *     io.github.sparklint.core.java.TypeKeys#declared}): its unqualified calls reach an override
 *     of a subclass first
 * @param call the method making the call, with the file and line of the call, for messages
 * @param passed the arguments holding rows, by position
 */
public record RowArguments(CallSite site, String owner, Bound.Via call, List<Passed> passed) {
  public RowArguments {
    passed = passed == null ? List.of() : List.copyOf(passed);
  }

  /**
   * An argument holding a Dataset or RDD.
   *
   * @param position the argument's position
   * @param rows where its rows come from, in the caller's method
   */
  public record Passed(int position, Flow rows) {}

  /**
   * What the analyzed calls of one method pass it.
   *
   * @param recorded the calls that pass rows in sight, or whose site's other calls do
   * @param othersOutOfSight true when some call passes no rows in sight
   */
  public record Calls(List<RowArguments> recorded, boolean othersOutOfSight) {
    public Calls {
      recorded = recorded == null ? List.of() : List.copyOf(recorded);
    }
  }

  /** The rows passed at {@code position}, or null when no rows are in sight there. */
  Flow at(int position) {
    return passed.stream().filter(p -> p.position() == position).findFirst()
        .map(Passed::rows).orElse(null);
  }
}
