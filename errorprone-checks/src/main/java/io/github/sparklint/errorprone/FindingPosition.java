package io.github.sparklint.errorprone;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.tools.javac.tree.EndPosTable;
import com.sun.tools.javac.tree.JCTree;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticPosition;
import io.github.sparklint.core.Finding;

/**
 * The javac source position of a core finding: its 1-based line and column (JavaParser counts a
 * tab as one column) turned into a character offset, spanning the identifier found there.
 */
record FindingPosition(JCTree tree, int start, int end) implements DiagnosticPosition {

  /** The position of {@code finding} in {@code unit}, whose text is {@code source}. */
  static FindingPosition of(CompilationUnitTree unit, CharSequence source, Finding finding) {
    return at(unit, source, finding.line(), finding.column());
  }

  /** The position of 1-based {@code line} and {@code column} (0: the start of the file). */
  static FindingPosition at(CompilationUnitTree unit, CharSequence source, int line, int column) {
    int start = offset(unit.getLineMap(), source.length(), line, column);
    int end = start;
    while (end < source.length() && Character.isJavaIdentifierPart(source.charAt(end))) {
      end++;
    }
    return new FindingPosition((JCTree) unit, start, end);
  }

  private static int offset(LineMap lines, int length, int line, int column) {
    if (line < 1) {
      return 0;
    }
    long lineStart;
    try {
      lineStart = lines.getStartPosition(line);
    } catch (IndexOutOfBoundsException e) {
      return Math.max(0, length - 1);
    }
    return (int) Math.min(lineStart + Math.max(0, column - 1), Math.max(0, length - 1));
  }

  @Override
  public JCTree getTree() {
    return tree;
  }

  @Override
  public int getStartPosition() {
    return start;
  }

  @Override
  public int getPreferredPosition() {
    return start;
  }

  @Override
  public int getEndPosition(EndPosTable endPosTable) {
    return end;
  }
}
