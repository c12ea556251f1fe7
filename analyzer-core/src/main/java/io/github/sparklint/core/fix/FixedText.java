package io.github.sparklint.core.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies {@link SourceFix}es to the text they were computed on. */
public final class FixedText {
  private FixedText() {}

  /**
   * The fixes of {@code fixes} that can be applied together, in order: a fix whose edits overlap
   * an edit of an earlier one (or fall outside {@code text}) is left out.
   */
  public static List<SourceFix> compatible(String text, List<SourceFix> fixes) {
    TextOffsets offsets = TextOffsets.of(text);
    List<int[]> taken = new ArrayList<>();
    List<SourceFix> chosen = new ArrayList<>();
    for (SourceFix fix : fixes) {
      List<int[]> ranges = new ArrayList<>();
      try {
        for (TextEdit edit : fix.edits()) {
          ranges.add(new int[] {offsets.start(edit), offsets.end(edit)});
        }
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (!fix.isEmpty() && ranges.stream().noneMatch(r -> overlapsAny(r, taken))
          && ranges.stream().noneMatch(r -> overlapsAny(r, without(ranges, r)))) {
        taken.addAll(ranges);
        chosen.add(fix);
      }
    }
    return chosen;
  }

  /**
   * {@code text} with every edit of {@code fixes} applied.
   *
   * @throws IllegalArgumentException when edits overlap or lie outside the text
   */
  public static String apply(String text, List<SourceFix> fixes) {
    TextOffsets offsets = TextOffsets.of(text);
    List<int[]> ranges = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    for (SourceFix fix : fixes) {
      for (TextEdit edit : fix.edits()) {
        int[] range = {offsets.start(edit), offsets.end(edit), replacements.size()};
        if (range[1] < range[0] || overlapsAny(range, ranges)) {
          throw new IllegalArgumentException("overlapping or reversed edit " + edit);
        }
        ranges.add(range);
        replacements.add(edit.replacement());
      }
    }
    ranges.sort(Comparator.comparingInt((int[] r) -> r[0]).thenComparingInt(r -> r[1]));
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (int[] r : ranges) {
      out.append(text, at, r[0]).append(replacements.get(r[2]));
      at = r[1];
    }
    return out.append(text, at, text.length()).toString();
  }

  private static boolean overlapsAny(int[] range, List<int[]> others) {
    for (int[] o : others) {
      boolean bothInsertAtSamePlace = range[0] == range[1] && o[0] == o[1] && range[0] == o[0];
      if (bothInsertAtSamePlace || range[0] < o[1] && o[0] < range[1]) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> without(List<int[]> ranges, int[] range) {
    return ranges.stream().filter(r -> r != range).toList();
  }
}
