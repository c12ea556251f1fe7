package io.github.sparklint.maven;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.report.JsonReport;
import io.github.sparklint.core.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code sparklint.sarif} and {@code sparklint.json} into the output directory. */
public final class ReportFiles {
  /** The SARIF report's file name. */
  public static final String SARIF = "sparklint.sarif";
  /** The JSON report's file name. */
  public static final String JSON = "sparklint.json";

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
}
