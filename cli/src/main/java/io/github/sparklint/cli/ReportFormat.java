package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.CheckstyleReport;
import io.github.sparklint.core.report.HtmlReport;
import io.github.sparklint.core.report.JsonReport;
import io.github.sparklint.core.report.SarifReport;
import io.github.sparklint.core.report.TextReport;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code --format} values, each rendered by the core's report of the same name. */
enum ReportFormat {
  TEXT,
  SARIF,
  JSON,
  CHECKSTYLE,
  HTML;

  /** The lower-case name users type, also shown in picocli's messages. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The whole report; {@code baseDir} is the root reported paths are relative to. The text report
   * lists the new findings only (the baselined ones are counted in the summary); {@code docsUrl}
   * is where the rule pages are published, or {@code null}.
   */
  String render(GateResult gate, Path baseDir, String docsUrl) {
    return switch (this) {
      case TEXT -> TextReport.render(new AnalysisResult(gate.fresh(), gate.result().errors(),
          gate.result().filesAnalyzed(), gate.result().filesSkipped()));
      case SARIF -> SarifReport.render(gate, baseDir, docsUrl);
      case JSON -> JsonReport.render(gate);
      case CHECKSTYLE -> CheckstyleReport.render(gate);
      case HTML -> HtmlReport.render(gate, baseDir);
    };
  }
}
