package io.github.sparklint.lsp;

import io.github.sparklint.core.run.FileAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** Sends diagnostics to the client and remembers the last ones of each document (for hovers). */
final class Publisher {
  private final LanguageClient client;
  private final Diagnostics diagnostics;
  private final Map<String, List<Diagnostic>> published = new ConcurrentHashMap<>();

  Publisher(LanguageClient client, Diagnostics diagnostics) {
    this.client = client;
    this.diagnostics = diagnostics;
  }

  /** Publishes {@code result}, the analysis of {@code document}'s text. */
  void publish(OpenDocuments.Document document, FileAnalyzer.FileResult result) {
    boolean java = document.path().toString().endsWith(".java");
    publish(document.uri(), document.version(), diagnostics.of(result, document.text(), java));
  }

  /** Publishes {@code list} for {@code uri} ({@code version} null for a file that is not open). */
  void publish(String uri, Integer version, List<Diagnostic> list) {
    published.put(uri, List.copyOf(list));
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, list, version));
  }

  /** Clears the diagnostics of {@code uri} (a closed document). */
  void clear(String uri) {
    published.remove(uri);
    client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
  }

  /** The diagnostics last published for {@code uri}. */
  List<Diagnostic> current(String uri) {
    return published.getOrDefault(uri, List.of());
  }
}
