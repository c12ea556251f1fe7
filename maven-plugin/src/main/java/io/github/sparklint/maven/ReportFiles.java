package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.JsonReport;
import io.github.sparklint.core.report.ReportFormat;
import io.github.sparklint.core.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the reports into the output directory, one file per {@link ReportFormat#files()}. */
public final class ReportFiles {
  /** The SARIF report's file name. */
  public static final String SARIF = ReportFormat.SARIF.fileName();
  /** The JSON report's file name. */
  public static final String JSON = ReportFormat.JSON.fileName();
  /** The HTML report's file name (the one the console points people to). */
  public static final String HTML = ReportFormat.HTML.fileName();

  private ReportFiles() {}

  /**
   * Writes both reports, creating {@code outputDirectory} when needed.
   *
   * @param baseDir the directory the result's file paths are relative to
   * @return the SARIF file written
   */
  public static Path write(AnalysisResult result, Path baseDir, Path outputDirectory)
      throws IOException {
    Files.createDirectories(outputDirectory);
    Path sarif = outputDirectory.resolve(SARIF);
    Files.writeString(sarif, SarifReport.render(result, baseDir), StandardCharsets.UTF_8);
    Files.writeString(
        outputDirectory.resolve(JSON), JsonReport.render(result), StandardCharsets.UTF_8);
    return sarif;
  }

  /**
   * Writes a gate's reports: SARIF and JSON (with baseline states when a baseline is in use),
   * Checkstyle XML, GitLab Code Quality JSON and HTML, creating {@code outputDirectory} when needed.
   *
   * @param docsUrl where the rule pages are published (SARIF {@code helpUri}), or {@code null}
   * @return the SARIF file written
   */
  public static Path write(GateResult gate, Path baseDir, Path outputDirectory, String docsUrl)
      throws IOException {
    Files.createDirectories(outputDirectory);
    for (ReportFormat format : ReportFormat.files()) {
      Files.writeString(outputDirectory.resolve(format.fileName()),
          format.render(gate, baseDir, docsUrl), StandardCharsets.UTF_8);
    }
    return outputDirectory.resolve(SARIF);
  }
}
