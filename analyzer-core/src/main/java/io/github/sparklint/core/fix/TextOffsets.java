package io.github.sparklint.core.fix;

import java.util.Arrays;

/**
 * Turns the 1-based line and column of a {@link TextEdit} into character offsets of one text,
 * with the line terminators javac and JavaParser know ({@code \n}, {@code \r\n}, {@code \r}).
 */
public final class TextOffsets {
  private final int[] lineStarts;
  private final int length;

  private TextOffsets(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  /** The offsets of {@code text}. */
  public static TextOffsets of(CharSequence text) {
    int[] starts = new int[16];
    int lines = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      } else if (c != '\n' && c != '\r') {
        continue;
      }
      if (lines == starts.length) {
        starts = Arrays.copyOf(starts, lines * 2);
      }
      starts[lines++] = i + 1;
    }
    return new TextOffsets(Arrays.copyOf(starts, lines), text.length());
  }

  /**
   * The offset of a 1-based line and column.
   *
   * @throws IllegalArgumentException when the position lies outside the text or beyond its line
   */
  public int offset(int line, int column) {
    if (line < 1 || line > lineStarts.length || column < 1) {
      throw new IllegalArgumentException("no line " + line + " column " + column + " in the text");
    }
    int lineEnd = line < lineStarts.length ? lineStarts[line] : length;
    int offset = lineStarts[line - 1] + column - 1;
    if (offset > lineEnd) {
      throw new IllegalArgumentException("line " + line + " has no column " + column);
    }
    return offset;
  }

  /** How many lines the text has; text after the last line break (even none) is a line. */
  public int lines() {
    return lineStarts.length;
  }

  /** The offset where {@code edit} starts. */
  public int start(TextEdit edit) {
    return offset(edit.startLine(), edit.startColumn());
  }

  /** The offset just after the text {@code edit} replaces. */
  public int end(TextEdit edit) {
    return offset(edit.endLine(), edit.endColumn());
  }
}
