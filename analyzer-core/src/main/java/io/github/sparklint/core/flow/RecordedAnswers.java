package io.github.sparklint.core.flow;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The questions one file asked of the project index, each with a digest of its answer: answers are
 * compared, never trusted, so a digest is all a later run needs. An answer is marked once the
 * file's summary depends on it ({@link #endSummary}).
 *
 * <p>A run keeps every file's answers until the end, and most questions and nearly all digests
 * are the same text in many files (on the benchmark corpus 94,000 answers hold 32,000 distinct
 * questions and 4 distinct digests). They are kept as shared strings ({@link SharedText}), so
 * that the young-generation collections of a run copy one string per distinct text instead of one
 * per answer (docs/performance.md, speed7).
 */
final class RecordedAnswers {
  /** Marks the answer to a question the file's summary depends on. */
  private static final String SUMMARY = "*";

  private final Map<String, String> answers = new HashMap<>();

  /** Records {@code question} with the digest of {@code answer}, unless it was asked before. */
  void record(ProjectQuestion kind, String body, Supplier<String> answer) {
    String question = kind.about(body);
    if (!answers.containsKey(question)) {
      answers.put(SharedText.of(question), SharedText.of(digest(answer.get())));
    }
  }

  /** The digest recorded for {@code question}, or the empty string when it was not asked. */
  String get(String question) {
    return answers.getOrDefault(question, "");
  }

  /** Marks every answer recorded so far as one the file's summary depends on. */
  void endSummary() {
    answers.replaceAll(
        (question, answer) -> answer.startsWith(SUMMARY) ? answer : SharedText.of(SUMMARY + answer));
  }

  /** Every question recorded so far, with the digest of its answer. */
  Map<String, String> copy() {
    return Map.copyOf(answers);
  }

  /** True when {@code answer}, a recorded one, is marked as one a summary depends on. */
  static boolean isSummary(String answer) {
    return answer.startsWith(SUMMARY);
  }

  /** A recorded answer without the mark of a summary's question. */
  static String unmarked(String answer) {
    return isSummary(answer) ? answer.substring(SUMMARY.length()) : answer;
  }

  /**
   * A 64-bit FNV-1a hash of {@code answer}, in hex: answers are compared, never trusted, so a
   * fast hash is enough (a collision, about one in 2^64, would keep one file's earlier result).
   */
  static String digest(String answer) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < answer.length(); i++) {
      hash ^= answer.charAt(i);
      hash *= 0x100000001b3L;
    }
    return Long.toHexString(hash);
  }
}
