package io.github.sparklint.lsp;

import io.github.sparklint.core.Finding;
import io.github.sparklint.core.run.FileAnalyzer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Sends diagnostics to the client and remembers the last ones of each document, with the findings
 * behind them (for hovers and code actions).
 */
final class Publisher {
  private final LanguageClient client;
  private final Diagnostics diagnostics;
  private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();
  private final Map<String, List<Finding>> findings = new ConcurrentHashMap<>();
  /** The files that are not open with errors published by {@link #publishErrors}. */
  private final Set<String> unopened = ConcurrentHashMap.newKeySet();

  Publisher(LanguageClient client, Diagnostics diagnostics) {
    this.client = client;
    this.diagnostics = diagnostics;
  }

  /** Publishes {@code result}, the analysis of {@code document}'s text. */
  void publish(OpenDocuments.Document document, FileAnalyzer.FileResult result) {
    boolean java = document.path().toString().endsWith(".java");
    publish(document.uri(), document.version(), diagnostics.of(result, document.text(), java));
    findings.put(document.uri(), result.findings());
  }

  /** Publishes {@code list} for {@code uri} ({@code version} null for a file that is not open). */
  void publish(String uri, Integer version, List<Diagnostic> list) {
    published.put(uri, List.copyOf(list));
    findings.remove(uri);
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, list, version));
  }

  /**
   * Publishes the errors of {@code file}, which is not open (it could not be read or analyzed),
   * or clears the errors published for it before when it has none now.
   */
  void publishErrors(Path file, FileAnalyzer.FileResult result) {
    String uri = file.toUri().toString();
    if (!result.errors().isEmpty()) {
      publish(uri, null, diagnostics.ofErrors(result.errors()));
      unopened.add(uri);
    } else if (unopened.remove(uri)) {
      clear(uri);
    }
  }

  /** Clears every error published by {@link #publishErrors} (the index is built again). */
  void clearErrorsOfUnopenedFiles() {
    for (String uri : List.copyOf(unopened)) {
      unopened.remove(uri);
      clear(uri);
    }
  }

  /** Clears the diagnostics of {@code uri} (a closed document). */
  void clear(String uri) {
    published.remove(uri);
    findings.remove(uri);
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
  }

  /** The finding last published for {@code uri} as {@code diagnostic} (its rule and position). */
  Optional<Finding> findingOf(String uri, Diagnostic diagnostic) {
    if (diagnostic.getCode() == null) {
      return Optional.empty();
    }
    Position at = diagnostic.getRange().getStart();
    return findings.getOrDefault(uri, List.of()).stream()
        .filter(f -> f.ruleId().equals(diagnostic.getCode().getLeft())
            && f.line() == at.getLine() + 1 && f.column() == at.getCharacter() + 1)
        .findFirst();
  }

  /** The diagnostics last published for {@code uri}. */
  List<Diagnostic> current(String uri) {
    return published.getOrDefault(uri, List.of());
  }
}
