package io.github.sparklint.triage;

import io.github.sparklint.core.AnalysisRequest;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Analyzer;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.SparklintConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the static analysis on the {@code --source} roots once, as the check command does, and
 * joins each diagnosis with it: the finding on the logged line, or the findings of the cause's
 * rule when the log names no line.
 */
final class SourceJoin {
  /** A job's call site names the line a chained call starts on; its method may be a few below. */
  static final int CHAIN_LINES = 5;

  private final Path baseDir;
  private final SourceFiles files;
  private final AnalysisResult analysis;

  SourceJoin(List<Path> roots, Path baseDir, SparklintConfig config) {
    this.baseDir = baseDir;
    this.files = new SourceFiles(roots);
    this.analysis = new Analyzer(config).analyze(
        AnalysisRequest.builder().inputs(roots).baseDir(baseDir).build());
  }

  /** The static analysis the joins use. */
  AnalysisResult analysis() {
    return analysis;
  }

  Culprit join(Diagnosis diagnosis) {
    Optional<CallSite> site = diagnosis.site();
    List<Path> found = site.map(files::candidates).orElse(List.of());
    if (found.size() > 1) {
      return new Culprit(diagnosis, Optional.empty(), found.stream().map(this::relative).toList(),
          List.of(), candidates(diagnosis), true);
    }
    if (found.isEmpty()) {
      return new Culprit(diagnosis, Optional.empty(), List.of(), List.of(), candidates(diagnosis),
          true);
    }
    String file = relative(found.get(0));
    List<Finding> atLine = atLine(file, site.get());
    return new Culprit(diagnosis, Optional.of(file), List.of(), atLine,
        atLine.isEmpty() ? inFile(file, diagnosis) : List.of(), true);
  }

  private List<Finding> atLine(String file, CallSite site) {
    List<Finding> exact = analysis.findings().stream()
        .filter(f -> f.file().equals(file) && f.line() == site.line()).toList();
    if (!exact.isEmpty()) {
      return exact;
    }
    return analysis.findings().stream()
        .filter(f -> f.file().equals(file) && f.line() > site.line()
            && f.line() <= site.line() + CHAIN_LINES && f.code().contains(site.action()))
        .toList();
  }

  /**
   * The cause rule's findings in the file of the logged line, when none is on the line; every
   * finding in the file for a cause no rule reports (memory ran out, nothing more specific).
   */
  private List<Finding> inFile(String file, Diagnosis diagnosis) {
    return analysis.findings().stream().filter(f -> f.file().equals(file)
        && diagnosis.cause().rule().map(f.ruleId()::equals).orElse(true)).toList();
  }

  private List<Finding> candidates(Diagnosis diagnosis) {
    return diagnosis.cause().rule()
        .map(rule -> analysis.findings().stream().filter(f -> f.ruleId().equals(rule)).toList())
        .orElse(List.of());
  }

  private String relative(Path file) {
    Path base = baseDir.toAbsolutePath().normalize();
    return file.startsWith(base) ? base.relativize(file).toString().replace('\\', '/')
        : file.toString();
  }
}
