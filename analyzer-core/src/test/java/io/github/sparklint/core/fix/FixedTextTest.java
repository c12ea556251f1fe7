package io.github.sparklint.core.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixedTextTest {
  private static final String TEXT = "ab\r\ncd\ref\ngh";

  @Test
  void countsLinesLikeJavacAndReplacesFromTheEnd() {
    SourceFix fix = new SourceFix("two edits", List.of(
        new TextEdit(3, 1, 3, 3, "EF"),
        new TextEdit(1, 2, 2, 2, "")));
    assertThat(FixedText.apply(TEXT, List.of(fix))).isEqualTo("ad\rEF\ngh");
  }

  @Test
  void leavesOutAFixThatOverlapsAnEarlierOneOrLeavesTheText() {
    SourceFix first = new SourceFix("first", List.of(new TextEdit(1, 1, 2, 2, "x")));
    SourceFix overlapping = new SourceFix("overlapping", List.of(new TextEdit(2, 1, 2, 3, "y")));
    SourceFix outside = new SourceFix("outside", List.of(new TextEdit(9, 1, 9, 2, "z")));
    SourceFix pastLineEnd = new SourceFix("past", List.of(new TextEdit(4, 1, 4, 9, "z")));
    SourceFix after = new SourceFix("after", List.of(new TextEdit(2, 2, 2, 3, "D")));
    assertThat(FixedText.compatible(TEXT, List.of(first, overlapping, outside, pastLineEnd, after)))
        .containsExactly(first, after);
    assertThatThrownBy(() -> FixedText.apply(TEXT, List.of(first, overlapping)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesARangeThatIsNoRange() {
    assertThatThrownBy(() -> new TextEdit(2, 5, 1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextEdit(0, 1, 1, 1, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
