package io.github.sparklint.triage;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.report.SarifReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * SARIF through the check command's writer: each cause becomes a result on the user's line (the
 * finding there when there is one), so a CI step that fails a job can annotate the culprit line.
 * A cause with no line is reported on the log's line; unreadable logs are tool notifications.
 */
public final class TriageSarif {
  /** The rule id of a cause no sparklint rule reports. */
  static final String TRIAGE_RULE = "sparklint-triage";

  private TriageSarif() {}

  public static String render(TriageResult result, Path baseDir) {
    List<Finding> findings = new ArrayList<>();
    for (TriageResult.LogResult log : result.logs()) {
      for (Culprit culprit : log.culprits()) {
        findings.add(finding(culprit));
      }
    }
    List<AnalysisError> errors = new ArrayList<>(result.sourceErrors());
    for (String error : result.readErrors()) {
      errors.add(new AnalysisError("", 0, 0, error));
    }
    return SarifReport.render(new AnalysisResult(findings, errors, 0, 0), baseDir);
  }

  /** The cause as a finding: where to annotate, what to say, how to fix it. */
  static Finding finding(Culprit culprit) {
    Diagnosis d = culprit.diagnosis();
    Cause cause = d.cause();
    Severity severity = cause.fatal() ? Severity.ERROR : Severity.WARNING;
    String message = "Triage: " + cause.title() + " [" + cause.id() + "], in " + d.fault()
        + "; the log says: " + d.headline();
    if (!culprit.atLine().isEmpty()) {
      Finding f = culprit.atLine().stream()
          .filter(finding -> cause.rule().map(finding.ruleId()::equals).orElse(false))
          .findFirst().orElse(culprit.atLine().get(0));
      return new Finding(f.ruleId(), severity, f.file(), f.line(), f.column(),
          message + "; sparklint: " + f.message(), f.fix(), f.enclosing(), f.code());
    }
    String rule = cause.rule().orElse(TRIAGE_RULE);
    String fix = cause.rule().map(r -> RuleFix.summary(r) + "; see " + RuleFix.page(r)).orElse("");
    if (d.site().isPresent()) {
      return new Finding(rule, severity, culprit.file().orElse(d.site().get().file()),
          d.site().get().line(), 0, message, fix, "", "");
    }
    return new Finding(rule, severity, d.evidence().log(), (int) Math.min(Integer.MAX_VALUE,
        d.evidence().line()), 0, message + "; the log names no line of the code", fix, "", "");
  }
}
