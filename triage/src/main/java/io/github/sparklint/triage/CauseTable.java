package io.github.sparklint.triage;

import io.github.sparklint.core.rules.RuleRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The causes table, {@code causes.txt}: one row per cause, the first row a piece of evidence
 * matches names its cause. Rows are checked when loaded: a rule must exist, a fault must be known.
 */
final class CauseTable {
  private static final String RESOURCE = "causes.txt";
  private static final Set<String> FAULTS = Set.of("driver", "task", "python", "thread");
  private static final Set<String> KEYS = Set.of("text", "frame", "source", "job");
  private static final List<Cause> ROWS = load();

  private CauseTable() {}

  /** Every cause, in the order they are tried. */
  static List<Cause> rows() {
    return ROWS;
  }

  /** The first cause {@code evidence} shows, seen while the job at {@code jobSite} ran. */
  static Optional<Cause> match(Evidence evidence, String jobSite) {
    for (Cause cause : ROWS) {
      if (cause.matches(evidence, jobSite)) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  private static List<Cause> load() {
    Set<String> rules = RuleRegistry.all().stream().map(r -> r.id()).collect(Collectors.toSet());
    List<Cause> rows = new ArrayList<>();
    try (InputStream in = CauseTable.class.getResourceAsStream(RESOURCE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(row(line, number, rules));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(rows);
  }

  private static Cause row(String line, int number, Set<String> rules) {
    String[] fields = line.split(" \\| ", 6);
    if (fields.length != 6) {
      throw bad(number, "needs 6 fields: id | effect | fault | rule | evidence | title");
    }
    String rule = fields[3].trim();
    if (!rule.equals("-") && !rules.contains(rule)) {
      throw bad(number, "unknown rule " + rule);
    }
    if (!FAULTS.contains(fields[2]) || !fields[1].matches("fatal|risk")) {
      throw bad(number, "effect must be fatal|risk, fault one of " + FAULTS);
    }
    List<Cause.Condition> conditions = new ArrayList<>();
    for (String condition : fields[4].split("\\s+&&\\s+")) {
      int tilde = condition.indexOf('~');
      if (tilde < 0 || !KEYS.contains(condition.substring(0, tilde))) {
        throw bad(number, "evidence '" + condition + "' must be KEY~REGEX, KEY one of " + KEYS);
      }
      conditions.add(new Cause.Condition(condition.substring(0, tilde),
          Pattern.compile(condition.substring(tilde + 1))));
    }
    return new Cause(fields[0].trim(), fields[1].equals("fatal"), fields[2],
        rule.equals("-") ? Optional.empty() : Optional.of(rule), conditions, fields[5].trim());
  }

  private static IllegalStateException bad(int number, String problem) {
    return new IllegalStateException(RESOURCE + ":" + number + ": " + problem);
  }
}
