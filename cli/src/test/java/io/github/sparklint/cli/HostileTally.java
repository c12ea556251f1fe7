package io.github.sparklint.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The hostile-input suite's counts, and the summary it writes for docs/reliability.md. */
final class HostileTally {
  final Map<String, Integer> triedByCategory = new TreeMap<>();
  final List<String> skipped = new ArrayList<>();
  final List<String> unexpected = new ArrayList<>();
  int cliRuns;
  int coreRuns;
  int crashes;
  int hangs;
  int filesLost;
  int writtenOutside;
  int canariesMissed;
  private String slowest = "none";
  private long slowestMillis = -1;

  int tried() {
    return triedByCategory.values().stream().mapToInt(Integer::intValue).sum();
  }

  void tried(HostileInput input, long millis) {
    triedByCategory.merge(input.category(), 1, Integer::sum);
    if (millis > slowestMillis) {
      slowestMillis = millis;
      slowest = input.name();
    }
  }

  void crash(HostileInput input, String how) {
    crashes++;
    unexpected(input, "crash: " + how);
  }

  void hang(HostileInput input, String where) {
    hangs++;
    unexpected(input, "no result within the time limit (" + where + ")");
  }

  void canaryMissed(HostileInput input, String where) {
    canariesMissed++;
    unexpected(input, "the canary's finding is missing (" + where + ")");
  }

  void unexpected(HostileInput input, String what) {
    unexpected.add(input.category() + " / " + input.name() + ": " + what);
  }

  /** Writes the summary to {@code file} and returns it. */
  String write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder("sparklint hostile-input suite (HostileInputSuiteTest)\n")
        .append("inputs tried: ").append(tried()).append(" (");
    List<String> parts = new ArrayList<>();
    triedByCategory.forEach((category, n) -> parts.add(category + " " + n));
    sb.append(String.join(", ", parts)).append(")\n")
        .append("inputs skipped (not possible on this system): ").append(skipped.size())
        .append(skipped.isEmpty() ? "" : " " + skipped).append('\n')
        .append("runs: ").append(cliRuns).append(" through the CLI, ").append(coreRuns)
        .append(" through the core Analyzer\n")
        .append("crashes: ").append(crashes).append('\n')
        .append("hangs: ").append(hangs).append('\n')
        .append("files lost: ").append(filesLost).append('\n')
        .append("files written outside the report/cache/baseline paths: ").append(writtenOutside)
        .append('\n')
        .append("canaries missed: ").append(canariesMissed).append('\n')
        .append("unexpected outcomes: ").append(unexpected.size()).append('\n')
        .append("slowest input: ").append(slowest).append(" (").append(slowestMillis)
        .append(" ms)\n");
    unexpected.forEach(u -> sb.append("  ").append(u.replace("\n", "\\n")).append('\n'));
    Files.createDirectories(file.getParent());
    Files.writeString(file, sb.toString());
    return sb.toString();
  }
}
