package io.github.sparklint.core.flow;

import io.github.sparklint.core.java.TypeKeys;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * A file's recorded answers ({@link ProjectView#answers}) read once its analysis is done: the
 * types it looked for and did not find, and whether another project index gives it the same
 * answers again.
 */
public final class FileAnswers {
  /** The digest of an empty list of answers. */
  private static final String NOTHING_FOUND = RecordedAnswers.digest(List.of().toString());
  /** The digest of the answer "no enum of the sources has that name". */
  private static final String NO_ENUM = RecordedAnswers.digest(OptionalInt.empty().toString());
  /** The digest of the answer "no type of the sources has that name". */
  private static final String NOT_DECLARED = RecordedAnswers.digest(Boolean.toString(false));

  private FileAnswers() {}

  /**
   * The simple names of the types whose methods {@code answers} (a file's) looked for as, or in,
   * functions given to Spark, or as helpers copying a collection or draining an iterator, or that
   * it asked about as enums, and did not find: project code in files the first pass skipped (a
   * helper class or an enum that never mentions Spark) may declare them.
   */
  public static Set<String> unseenFunctionOwners(Map<String, String> answers) {
    Set<String> owners = new TreeSet<>();
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      String question = entry.getKey();
      String answer = RecordedAnswers.unmarked(entry.getValue());
      if (ProjectQuestion.ENUM.asks(question) && answer.equals(NO_ENUM)
          || ProjectQuestion.DECLARED.asks(question) && answer.equals(NOT_DECLARED)) {
        owners.add(TypeKeys.simpleName(question.substring(2)));
        continue;
      }
      int hash = question.lastIndexOf('#');
      boolean asked = ProjectQuestion.FUNCTION_BODIES.asks(question)
          || ProjectQuestion.COPIES.asks(question) || ProjectQuestion.DRAINING.asks(question);
      if (asked && answer.equals(NOTHING_FOUND) && hash > 2) {
        for (String owner : question.substring(2, hash).split("\\|")) {
          owners.add(ChainedOwner.isChained(owner) ? owner : TypeKeys.simpleName(owner));
        }
      }
    }
    owners.removeAll(CallSite.ANY_OWNER);
    return owners;
  }

  /** How a file's recorded answers fare in another index ({@link FileAnswers#staleness}). */
  public enum Staleness {
    /** Every answer is the same. */
    SAME,
    /** Only answers the rules asked for changed: the file's summary would come out the same. */
    RULES,
    /** An answer the file's summary depends on ({@link ProjectView#endSummary}) changed. */
    SUMMARY
  }

  /**
   * Whether {@code index} gives {@code answers} (a file's) the same answers again, in one pass:
   * once a rule's answer is found changed, only the summary's are asked further.
   */
  public static Staleness staleness(Map<String, String> answers, ProjectIndex index) {
    ProjectView view = new ProjectView(index);
    Staleness found = Staleness.SAME;
    for (Map.Entry<String, String> entry : answers.entrySet()) {
      boolean summary = RecordedAnswers.isSummary(entry.getValue());
      if ((summary || found == Staleness.SAME)
          && !RecordedAnswers.unmarked(entry.getValue()).equals(view.ask(entry.getKey()))) {
        if (summary) {
          return Staleness.SUMMARY;
        }
        found = Staleness.RULES;
      }
    }
    return found;
  }
}
