package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each part of a report goes. File errors always go to stderr. Without {@code --output} the
 * report in the chosen format goes to stdout; for SARIF and JSON stdout then holds only the
 * document and the summary goes to stderr. With {@code --output} the report is written to that
 * file and stdout gets the text view (finding lines and summary). Nothing else is written.
 */
final class ReportPrinter {
  private final PrintWriter out;
  private final PrintWriter err;

  ReportPrinter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  void print(AnalysisResult result, ReportFormat format, Path output, Path baseDir)
      throws IOException {
    result.errors().stream().map(AnalysisError::describe).forEach(err::println);
    if (output != null) {
      write(output, format.render(result, baseDir));
      printTextView(result);
      out.println("sparklint: " + format
          + " report written to " + output);
      return;
    }
    if (format == ReportFormat.TEXT) {
      printTextView(result);
      return;
    }
    out.print(format.render(result, baseDir));
    err.println(TextReport.summary(result));
  }

  private void printTextView(AnalysisResult result) {
    result.findings().forEach(f -> out.println(TextReport.line(f)));
    out.println(TextReport.summary(result));
  }

  private static void write(Path output, String report) throws IOException {
    Path file = output.toAbsolutePath().normalize();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, report, StandardCharsets.UTF_8);
  }
}
