package io.github.sparklint.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The documents the client has open: their URI as the client wrote it, version and text. */
final class OpenDocuments {
  /** One open document. */
  record Document(String uri, Path path, int version, String text) {}

  private final Map<Path, Document> byPath = new ConcurrentHashMap<>();

  /** The file a {@code file:} URI names, or empty for any other scheme. */
  static Optional<Path> pathOf(String uri) {
    try {
      URI parsed = URI.create(uri);
      return "file".equals(parsed.getScheme())
          ? Optional.of(Path.of(parsed).toAbsolutePath().normalize()) : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  void put(Document document) {
    byPath.put(document.path(), document);
  }

  void remove(Path path) {
    byPath.remove(path);
  }

  Optional<Document> get(Path path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The unsaved text of {@code path} when it is open, else null (read it from disk). */
  String textOf(Path path) {
    Document document = byPath.get(path);
    return document == null ? null : document.text();
  }

  List<Document> all() {
    return List.copyOf(byPath.values());
  }
}
