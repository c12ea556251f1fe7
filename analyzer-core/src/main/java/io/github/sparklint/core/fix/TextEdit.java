package io.github.sparklint.core.fix;

import java.util.Objects;

/**
 * One replacement in a source file: the text from {@code start} (inclusive) to {@code end}
 * (exclusive) becomes {@code replacement}. Positions are 1-based lines and columns counted in
 * UTF-16 code units, a tab as one column (as JavaParser and {@link
 * io.github.sparklint.core.Finding} count them); a line ends at {@code \n}, {@code \r\n} or {@code
 * \r}, and the position after a line's terminator is column 1 of the next line.
 *
 * @param startLine 1-based line of the first replaced character
 * @param startColumn 1-based column of the first replaced character
 * @param endLine 1-based line of the position just after the replaced text
 * @param endColumn 1-based column of the position just after the replaced text
 * @param replacement the new text (empty to delete)
 */
public record TextEdit(int startLine, int startColumn, int endLine, int endColumn,
    String replacement) {

  public TextEdit {
    Objects.requireNonNull(replacement, "replacement");
    if (startLine < 1 || startColumn < 1 || endLine < startLine
        || endLine == startLine && endColumn < startColumn) {
      throw new IllegalArgumentException("not a text range: " + startLine + ":" + startColumn
          + "-" + endLine + ":" + endColumn);
    }
  }

  /** Whether the edit only inserts text. */
  public boolean isInsertion() {
    return startLine == endLine && startColumn == endColumn;
  }
}
