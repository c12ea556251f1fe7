package io.github.sparklint.core.report;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.gate.GateResult;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The report formats, each rendered by the report of the same name: the CLI's {@code --format}
 * values and the files the Maven goal writes ({@link #fileName()}) are this one list.
 */
public enum ReportFormat {
  TEXT(null),
  SARIF("sparklint.sarif"),
  JSON("sparklint.json"),
  CHECKSTYLE("sparklint-checkstyle.xml"),
  HTML("sparklint.html"),
  CODEQUALITY("gl-code-quality-report.json");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The formats written as files into a report directory (all but the console text). */
  public static List<ReportFormat> files() {
    return Arrays.stream(values()).filter(f -> f.fileName != null).toList();
  }

  /** The report's file name in a report directory; {@code null} for {@link #TEXT}. */
  public String fileName() {
    return fileName;
  }

  /** The lower-case name users type, also shown in picocli's messages. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The whole report; {@code baseDir} is the root reported paths are relative to. The text report
   * lists the new findings only (the baselined ones are counted in the summary), as do the
   * Checkstyle and GitLab Code Quality ones; {@code docsUrl} is where the rule pages are
   * published, or {@code null}.
   */
  public String render(GateResult gate, Path baseDir, String docsUrl) {
    return switch (this) {
      case TEXT -> TextReport.render(gate.result().withFindings(gate.fresh()));
      case SARIF -> SarifReport.render(gate, baseDir, docsUrl);
      case JSON -> JsonReport.render(gate);
      case CHECKSTYLE -> CheckstyleReport.render(gate);
      case HTML -> HtmlReport.render(gate, baseDir);
      case CODEQUALITY -> CodeQualityReport.render(gate);
    };
  }
}
