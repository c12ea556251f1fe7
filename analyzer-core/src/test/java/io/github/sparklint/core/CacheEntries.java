package io.github.sparklint.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** The results cache's entries as a test sees them: text files it can mark to show a reuse. */
final class CacheEntries {
  private CacheEntries() {}

  /**
   * Prefixes with {@code CACHED} every finding message of the one entry under {@code cache} whose
   * text holds each of {@code texts}, so that a later run reusing the entry shows it.
   */
  static void mark(Path cache, String... texts) throws IOException {
    try (Stream<Path> walk = Files.walk(cache)) {
      List<Path> entries = walk.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> Arrays.stream(texts).allMatch(read(p)::contains)).toList();
      assertThat(entries).hasSize(1);
      Files.writeString(entries.get(0), read(entries.get(0))
          .replaceAll("\"message\"\\s*:\\s*\"", "$0CACHED "));
    }
  }

  private static String read(Path entry) {
    try {
      return Files.readString(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
