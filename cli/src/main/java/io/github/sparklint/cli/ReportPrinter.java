package io.github.sparklint.cli;

import io.github.sparklint.core.AnalysisResult;
import io.github.sparklint.core.gate.GateResult;
import io.github.sparklint.core.report.ConsoleReport;
import io.github.sparklint.core.report.ConsoleStyle;
import io.github.sparklint.core.report.ReportFormat;
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
  private final ConsoleStyle style;

  ReportPrinter(PrintWriter out, PrintWriter err, ConsoleStyle style) {
    this.out = out;
    this.err = err;
    this.style = style;
  }

  /**
   * Prints {@code gate}'s new findings and summary; with a baseline or changed-lines mode in use
   * the summary is followed by {@code N findings (M new, K baselined)} and any stale
   * baseline entries.
   */
  void print(GateResult gate, ReportFormat format, Path output, Path baseDir, String docsUrl)
      throws IOException {
    AnalysisResult result = gate.result();
    result.errors().stream().map(TextReport::error).forEach(err::println);
    if (output != null) {
      write(output, format.render(gate, baseDir, docsUrl));
      printTextView(gate, out, output.toString());
      out.println("sparklint: " + format
          + " report written to " + output);
      return;
    }
    if (format == ReportFormat.TEXT) {
      printTextView(gate, out, null);
      return;
    }
    out.print(format.render(gate, baseDir, docsUrl));
    err.println(TextReport.summary(result));
    printGateSummary(gate, err, null);
  }

  private void printTextView(GateResult gate, PrintWriter to, String report) {
    gate.fresh().forEach(f -> ConsoleReport.finding(f, style).forEach(to::println));
    to.println(TextReport.summary(gate.result()));
    ConsoleReport.ruleSummary(gate.fresh()).forEach(to::println);
    printGateSummary(gate, to, report);
  }

  private static void printGateSummary(GateResult gate, PrintWriter to, String report) {
    if (!gate.baselineUsed() && !gate.changedLinesOnly()) {
      return;
    }
    to.println(gate.summary(report));
    String stale = gate.staleSummary("drop them with --remove-stale");
    if (stale != null) {
      to.println(stale);
    }
  }

  private static void write(Path output, String report) throws IOException {
    Path file = output.toAbsolutePath().normalize();
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, report, StandardCharsets.UTF_8);
  }
}
