package io.github.sparklint.core.report;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping for console text: breaks at spaces, never inside a word. */
final class Wrap {
  private Wrap() {}

  /**
   * {@code text} in lines: the first at most {@code firstWidth} characters, the others at most
   * {@code width}. A word longer than its line stands alone on it, whole.
   */
  static List<String> lines(String text, int firstWidth, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int limit = firstWidth;
    for (String word : text.trim().split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > limit) {
        lines.add(line.toString());
        line.setLength(0);
        limit = width;
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
