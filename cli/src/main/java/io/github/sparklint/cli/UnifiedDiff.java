package io.github.sparklint.cli;

import io.github.sparklint.core.fix.TextEdit;
import io.github.sparklint.core.fix.TextOffsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unified diff ({@code diff -u}, three lines of context) of the edits made to one file, as
 * {@code git apply} and {@code patch -p1} read it. Built from the edits themselves: each changed
 * block is a run of adjacent lines the edits touch, its old lines removed, then its new lines
 * added; lines keep their own terminators, so a {@code \r\n} file's patch applies to it.
 */
final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** One run of changed lines: old lines {@code from..to} (1-based) become {@code after}. */
  private record Block(int from, int to, List<String> after) {}

  /** The diff of {@code edits} (not overlapping) on {@code text}, naming the file {@code path}. */
  static String of(String path, String text, List<TextEdit> edits) {
    List<String> before = lines(text);
    List<Block> blocks = blocks(text, before.size(), edits);
    StringBuilder diff = new StringBuilder();
    diff.append("--- a/").append(path).append('\n').append("+++ b/").append(path).append('\n');
    int shift = 0;
    for (int i = 0; i < blocks.size(); ) {
      int j = i;
      while (j + 1 < blocks.size() && blocks.get(j + 1).from() - blocks.get(j).to() - 1
          <= 2 * CONTEXT) {
        j++;
      }
      int start = Math.max(1, blocks.get(i).from() - CONTEXT);
      int end = Math.min(before.size(), blocks.get(j).to() + CONTEXT);
      StringBuilder hunk = new StringBuilder();
      int oldCount = 0;
      int newCount = 0;
      int line = start;
      for (int k = i; k <= j; k++) {
        Block block = blocks.get(k);
        for (; line < block.from(); line++, oldCount++, newCount++) {
          appendLine(hunk, ' ', before.get(line - 1));
        }
        for (; line <= block.to(); line++, oldCount++) {
          appendLine(hunk, '-', before.get(line - 1));
        }
        for (String added : block.after()) {
          appendLine(hunk, '+', added);
          newCount++;
        }
      }
      for (; line <= end; line++, oldCount++, newCount++) {
        appendLine(hunk, ' ', before.get(line - 1));
      }
      diff.append("@@ -").append(start).append(',').append(oldCount)
          .append(" +").append(newCount == 0 ? start + shift - 1 : start + shift).append(',')
          .append(newCount).append(" @@\n").append(hunk);
      shift += newCount - oldCount;
      i = j + 1;
    }
    return diff.toString();
  }

  private static List<Block> blocks(String text, int lineCount, List<TextEdit> edits) {
    List<TextEdit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(TextEdit::startLine).thenComparingInt(TextEdit::startColumn));
    List<List<TextEdit>> groups = new ArrayList<>();
    List<int[]> ranges = new ArrayList<>();
    for (TextEdit edit : sorted) {
      int from = edit.startLine();
      int to = Math.max(from, edit.endColumn() == 1 && edit.endLine() > from
          ? edit.endLine() - 1 : edit.endLine());
      if (!ranges.isEmpty() && from <= ranges.get(ranges.size() - 1)[1] + 1) {
        int[] last = ranges.get(ranges.size() - 1);
        last[1] = Math.max(last[1], to);
        groups.get(groups.size() - 1).add(edit);
      } else {
        ranges.add(new int[] {from, to});
        groups.add(new ArrayList<>(List.of(edit)));
      }
    }
    TextOffsets offsets = TextOffsets.of(text);
    List<Block> blocks = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      int from = ranges.get(g)[0];
      int to = Math.min(ranges.get(g)[1], lineCount);
      int blockStart = offsets.offset(from, 1);
      int blockEnd = to < lineCount ? offsets.offset(to + 1, 1) : text.length();
      StringBuilder after = new StringBuilder();
      int at = blockStart;
      for (TextEdit edit : groups.get(g)) {
        after.append(text, at, offsets.start(edit)).append(edit.replacement());
        at = offsets.end(edit);
      }
      after.append(text, at, Math.max(at, blockEnd));
      blocks.add(new Block(from, to, lines(after.toString())));
    }
    return blocks;
  }

  /** The lines of {@code text}, each with its terminator (the last may have none). */
  private static List<String> lines(String text) {
    TextOffsets offsets = TextOffsets.of(text);
    List<String> lines = new ArrayList<>();
    for (int line = 1; line <= offsets.lines(); line++) {
      int start = offsets.offset(line, 1);
      int end = line < offsets.lines() ? offsets.offset(line + 1, 1) : text.length();
      if (end > start) {
        lines.add(text.substring(start, end));
      }
    }
    return lines;
  }

  private static void appendLine(StringBuilder hunk, char mark, String line) {
    hunk.append(mark).append(line);
    if (!line.endsWith("\n") && !line.endsWith("\r")) {
      hunk.append("\n\\ No newline at end of file\n");
    }
  }
}
