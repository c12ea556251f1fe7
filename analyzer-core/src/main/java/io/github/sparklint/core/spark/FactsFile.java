package io.github.sparklint.core.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a built-in facts table of whitespace-separated fields next to this class ({@code
 * data-sources.txt}, {@code read-options.txt}); {@code #} starts a comment line. A missing file or
 * a row of the wrong width is a broken sparklint jar.
 */
final class FactsFile {
  /**
   * One row.
   *
   * @param line its line number, from 1
   * @param fields its fields
   */
  record Row(int line, String[] fields) {}

  private FactsFile() {}

  /**
   * The rows of {@code resource}, each of {@code width} fields, named by {@code fieldNames} in the
   * error for a row of another width.
   */
  static List<Row> rows(String resource, int width, String fieldNames) {
    try (InputStream in = FactsFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the sparklint jar");
      }
      List<Row> rows = new ArrayList<>();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\\s+");
        if (fields.length != width) {
          throw new IllegalStateException(resource + ":" + (i + 1) + ": expected " + fieldNames
              + ", got '" + line + "'");
        }
        rows.add(new Row(i + 1, fields));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " cannot be read", e);
    }
  }
}
