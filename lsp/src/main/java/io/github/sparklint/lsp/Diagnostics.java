package io.github.sparklint.lsp;

import io.github.sparklint.core.AnalysisError;
import io.github.sparklint.core.Finding;
import io.github.sparklint.core.report.TextReport;
import io.github.sparklint.core.Severity;
import io.github.sparklint.core.run.FileAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * A file's findings and errors as LSP diagnostics: the rule id is the code, the range covers the
 * flagged method name (the name a finding's line and column point at), the link goes to the rule
 * page, and the places the data came from are related information.
 */
final class Diagnostics {
  /** The {@code source} of every sparklint diagnostic. */
  static final String SOURCE = "sparklint";

  private final RuleLinks links;
  private final Path root;

  /** @param root findings' file names are relative to it (null: they are absolute) */
  Diagnostics(RuleLinks links, Path root) {
    this.links = links;
    this.root = root;
  }

  /** The diagnostics of {@code result}, ranges measured on {@code text}, the analyzed text. */
  List<Diagnostic> of(FileAnalyzer.FileResult result, String text, boolean javaSource) {
    List<String> lines = text.lines().toList();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Finding finding : result.findings()) {
      Diagnostic d = new Diagnostic(nameAt(lines, finding.line(), finding.column(), javaSource),
          TextReport.confidenceNote(finding) + finding.fullMessage(), severity(finding.severity()),
          SOURCE, finding.ruleId());
      links.href(finding.ruleId())
          .ifPresent(href -> d.setCodeDescription(new DiagnosticCodeDescription(href)));
      List<DiagnosticRelatedInformation> related = new ArrayList<>();
      for (Finding.RelatedLocation place : finding.related()) {
        Position at = new Position(Math.max(place.line() - 1, 0), 0);
        related.add(new DiagnosticRelatedInformation(
            new Location(uriOf(place.file()), new Range(at, at)), place.message()));
      }
      if (!related.isEmpty()) {
        d.setRelatedInformation(related);
      }
      diagnostics.add(d);
    }
    for (AnalysisError error : result.errors()) {
      diagnostics.add(new Diagnostic(nameAt(lines, error.line(), error.column(), javaSource),
          error.message(), DiagnosticSeverity.Warning, SOURCE));
    }
    return diagnostics;
  }

  /**
   * The errors of a file that is not open, and whose text the server may not have (a file that
   * is not text in the sources' encoding): each at the start of the line it names.
   */
  List<Diagnostic> ofErrors(List<AnalysisError> errors) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (AnalysisError error : errors) {
      Position start = new Position(Math.max(error.line() - 1, 0), 0);
      diagnostics.add(new Diagnostic(new Range(start, start), error.message(),
          DiagnosticSeverity.Warning, SOURCE));
    }
    return diagnostics;
  }

  static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case NOTE -> DiagnosticSeverity.Information;
    };
  }

  /**
   * The range of the name at 1-based {@code line} and {@code column}: a Java identifier, or in a
   * configuration file a dotted key; one character when no name starts there, the start of the
   * file when the position is unknown (0).
   */
  static Range nameAt(List<String> lines, int line, int column, boolean javaSource) {
    if (line < 1 || line > lines.size()) {
      return new Range(new Position(0, 0), new Position(0, 0));
    }
    String text = lines.get(line - 1);
    int start = Math.min(Math.max(column - 1, 0), text.length());
    int end = start;
    while (end < text.length() && isNamePart(text.charAt(end), javaSource)) {
      end++;
    }
    if (end == start && end < text.length()) {
      end++;
    }
    return new Range(new Position(line - 1, start), new Position(line - 1, end));
  }

  private static boolean isNamePart(char c, boolean javaSource) {
    return Character.isJavaIdentifierPart(c) || !javaSource && (c == '.' || c == '-');
  }

  private String uriOf(String file) {
    Path path = root == null ? Path.of(file) : root.resolve(file);
    return path.toAbsolutePath().normalize().toUri().toString();
  }
}
