package io.github.sparklint.triage;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One row of the causes table ({@code causes.txt}): what a piece of evidence must show for the
 * cause to be named, whether it kills the run, where the fault happened and the sparklint rule that
 * prevents it.
 *
 * @param id a stable name, e.g. {@code max-result-size}
 * @param fatal whether the run failed of it (a warning sign otherwise)
 * @param fault where it happened: {@code driver}, {@code task}, {@code python}, or {@code thread}
 *     when the evidence's thread decides between the driver and a task
 * @param rule the rule that reports the code behind it, empty when none does
 * @param conditions all must hold
 * @param title one sentence for people
 */
record Cause(String id, boolean fatal, String fault, Optional<String> rule,
    List<Condition> conditions, String title) {

  /** What the evidence must show; {@code key} is text, frame, source or job. */
  record Condition(String key, Pattern pattern) {}

  Cause {
    conditions = List.copyOf(conditions);
  }

  /** Whether {@code evidence}, seen while the job with call site {@code jobSite} ran, shows it. */
  boolean matches(Evidence evidence, String jobSite) {
    for (Condition condition : conditions) {
      boolean holds = switch (condition.key()) {
        case "text" -> condition.pattern().matcher(evidence.text()).find();
        case "source" -> condition.pattern().matcher(evidence.source()).find();
        case "job" -> jobSite != null && condition.pattern().matcher(jobSite).find();
        case "frame" -> evidence.frames().stream()
            .anyMatch(frame -> condition.pattern().matcher(frame).find());
        default -> throw new IllegalStateException("unknown evidence key " + condition.key());
      };
      if (!holds) {
        return false;
      }
    }
    return true;
  }
}
