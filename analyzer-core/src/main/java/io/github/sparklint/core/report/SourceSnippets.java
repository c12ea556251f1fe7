package io.github.sparklint.core.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The code lines around a finding, read from the analyzed file (resolved against the base
 * directory). Files that cannot be read, or are larger than {@link #MAX_BYTES}, give no snippet;
 * undecodable bytes become U+FFFD. Each file is read once per report.
 */
final class SourceSnippets {
  /** Files above this size are not read for snippets. */
  static final long MAX_BYTES = 4L * 1024 * 1024;
  /** Lines shown before and after the finding's line. */
  static final int CONTEXT = 2;

  /**
   * One shown line.
   *
   * @param number 1-based line number
   * @param text the line
   * @param flagged whether it is the finding's line
   */
  record Line(int number, String text, boolean flagged) {}

  private final Path baseDir;
  private final Map<String, List<String>> files = new HashMap<>();

  SourceSnippets(Path baseDir) {
    this.baseDir = baseDir;
  }

  /** The lines around {@code line} of {@code file}; empty when the file cannot be read. */
  List<Line> around(String file, int line) {
    List<String> lines = files.computeIfAbsent(file, this::read);
    if (line < 1 || line > lines.size()) {
      return List.of();
    }
    int from = Math.max(1, line - CONTEXT);
    int to = Math.min(lines.size(), line + CONTEXT);
    return IntStream.rangeClosed(from, to)
        .mapToObj(n -> new Line(n, lines.get(n - 1), n == line))
        .toList();
  }

  private List<String> read(String file) {
    if (baseDir == null) {
      return List.of();
    }
    try {
      Path path = baseDir.resolve(file);
      if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
        return List.of();
      }
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
