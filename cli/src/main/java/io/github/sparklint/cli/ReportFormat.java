package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.report.JsonReport;
import io.github.sparklint.core.report.SarifReport;
import io.github.sparklint.core.report.TextReport;
import java.nio.file.Path;
import java.util.Locale;

/** The {@code --format} values, each rendered by the core's report of the same name. */
enum ReportFormat {
  TEXT,
  SARIF,
  JSON;

  /** The lower-case name users type, also shown in picocli's messages. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The whole report; {@code baseDir} is the root reported paths are relative to. */
  String render(AnalysisResult result, Path baseDir) {
    return switch (this) {
      case TEXT -> TextReport.render(result);
      case SARIF -> SarifReport.render(result, baseDir);
      case JSON -> JsonReport.render(result);
    };
  }
}
